import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { conversationScript, phoneNumbersIn, REGIONS, type Region, type Turn } from './conversationScript';
import { freePort } from './freePort';

/**
 * `npm run loadtest [-- --conversations 200 --turns 20 --concurrency 200]`: starts the bot (`bot/index.ts`, as `npm start`
 * does) on 127.0.0.1, runs the conversations concurrently over HTTP with deliveryMode expectReplies, and
 * checks every reply turn by turn: status 200, addressed to this conversation and this message, and no
 * other region's number (cross-talk). Reports errors, latency percentiles and the bot's memory.
 */
const args = new Map(process.argv.slice(2).flatMap((arg, index, all) => (arg.startsWith('--') ? [[arg.slice(2), all[index + 1]]] : [])));
const CONVERSATIONS = Number(args.get('conversations') ?? 200);
const TURNS = Number(args.get('turns') ?? 20);
const CONCURRENCY = Math.min(CONVERSATIONS, Number(args.get('concurrency') ?? CONVERSATIONS));
const REQUEST_TIMEOUT_MS = 30_000;
const DEADLINE_MS = 10 * 60_000;

interface Reply {
  type: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
}

const latencies: number[] = [];
const problems: string[] = [];
let crossTalk = 0;


/** Resident memory of the bot's process, in MiB (Linux). */
function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function startBot(port: number, insightsDir: string): Promise<ChildProcess> {
  const root = path.join(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/index.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Every request comes from 127.0.0.1 here, as from the Bot Framework's few addresses in production.
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', MicrosoftAppId: '', MicrosoftAppPassword: '', RATE_LIMIT_PER_ADDRESS: '1000000', INSIGHTS_DIR: insightsDir },
  });
  for (let attempt = 0; attempt < 300; attempt++) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the bot did not start within 30 seconds');
}

function checkReplies(conversationId: string, activityId: string, region: Region, turn: Turn, replies: Reply[]): string | undefined {
  const messages = replies.filter((reply) => reply.type === 'message');
  if (messages.length === 0) return 'no reply';
  if (replies.some((reply) => reply.conversation?.id !== conversationId || reply.replyToId !== activityId)) return 'a reply addressed to another conversation or message';
  const phones = phoneNumbersIn(messages.map((reply) => reply.text ?? '').join('\n'));
  if (phones.some((phone) => !region.phones.includes(phone))) {
    crossTalk++;
    return `another region's number (${region.id}: ${phones.join(', ')})`;
  }
  if (turn.expectsOwnNumber && !phones.some((phone) => region.phones.includes(phone))) return `no ${region.id} number`;
  return undefined;
}

async function runConversation(baseUrl: string, index: number, deadline: number): Promise<void> {
  const region = REGIONS[index % REGIONS.length];
  const conversationId = `load-${index}-${randomUUID()}`;
  for (const turn of conversationScript(region, TURNS)) {
    if (Date.now() > deadline) {
      problems.push('deadline passed');
      return;
    }
    const activityId = randomUUID();
    const activity = {
      type: 'message',
      id: activityId,
      channelId: 'webchat',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: `member-${conversationId}` },
      recipient: { id: 'bot' },
      text: turn.text,
    };
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await response.text();
      latencies.push(performance.now() - started);
      if (response.status !== 200) {
        problems.push(`HTTP ${response.status}`);
        continue;
      }
      const problem = checkReplies(conversationId, activityId, region, turn, (JSON.parse(body) as { activities: Reply[] }).activities);
      if (problem) problems.push(problem);
    } catch (error) {
      problems.push(`request failed: ${(error as Error).name}`);
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const port = await freePort();
  const insightsDir = mkdtempSync(path.join(os.tmpdir(), 'loadtest-insights-'));
  const bot = await startBot(port, insightsDir);
  const pid = bot.pid!;
  const rssBefore = rssMiB(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(pid))), 100);
  const started = performance.now();
  // The bot's memory after each quarter of the conversations: with bounded state it levels off.
  const rssByQuarter: number[] = [];
  let next = 0;
  let finished = 0;
  const worker = async (deadline: number) => {
    while (next < CONVERSATIONS) {
      await runConversation(`http://127.0.0.1:${port}`, next++, deadline);
      if (++finished % Math.max(1, Math.floor(CONVERSATIONS / 4)) === 0) rssByQuarter.push(rssMiB(pid));
    }
  };
  try {
    const deadline = Date.now() + DEADLINE_MS;
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(deadline)));
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = rssMiB(pid);
  bot.kill('SIGTERM');
  await new Promise((resolve) => bot.once('exit', resolve));
  rmSync(insightsDir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const kinds = [...new Set(problems)].map((problem) => `${problem} ×${problems.filter((p) => p === problem).length}`);
  console.log(`Load test: ${CONVERSATIONS} conversations × ${TURNS} turns, ${CONCURRENCY} at a time, over HTTP (127.0.0.1), ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`| turns | errors | cross-talk | p50 | p95 | p99 | max | throughput | bot RSS before / peak / after |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  console.log(
    `| ${latencies.length} | ${problems.length} | ${crossTalk} | ${percentile(sorted, 50).toFixed(0)} ms | ${percentile(sorted, 95).toFixed(0)} ms | ` +
      `${percentile(sorted, 99).toFixed(0)} ms | ${sorted[sorted.length - 1].toFixed(0)} ms | ${(latencies.length / seconds).toFixed(0)} turns/s | ` +
      `${rssBefore.toFixed(0)} / ${rssPeak.toFixed(0)} / ${rssAfter.toFixed(0)} MiB |`,
  );
  console.log(`Bot RSS after each quarter of the conversations: ${rssByQuarter.map((mib) => `${mib.toFixed(0)} MiB`).join(', ')}`);
  if (kinds.length > 0) console.log(`Problems: ${kinds.join('; ')}`);
  process.exitCode = problems.length === 0 && latencies.length === CONVERSATIONS * TURNS ? 0 : 1;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
