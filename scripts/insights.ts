import 'dotenv/config';
import { insightsFile } from '../bot/insights/insightsFile';
import { formatInsightsReport } from '../bot/insights/insightsReport';
import { readInsightsFile } from '../bot/insights/insightsStore';
import { loadConfig } from '../bot/config';

/** `npm run insights`: the least helpful intents and the most common unmatched questions. */
async function main(): Promise<void> {
  const file = insightsFile(loadConfig());
  console.log(`Insights from ${file}\n`);
  console.log(formatInsightsReport(await readInsightsFile(file)));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
