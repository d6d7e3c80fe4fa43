import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createRecognizer, DEFAULT_TUNING } from '../../knowledge/recognizer/recognize';
import { countAsked, loadEncoderInScope } from '../../knowledge/recognizer/secondOpinion/secondOpinion';
import { withSecondOpinion } from '../../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { loadEvalSets, type Split } from './datasets';
import { evaluate } from './measure';
import { intentReport, median, percentile } from './metrics';
import { overlapWithTraining } from './overlap';
import { printMisses, printReport, printSymptoms } from './report';
import { passes, targetRow } from './targets';
import { formatTable, fraction } from './tables';

export function parseSplit(args: readonly string[]): Split {
  const index = args.indexOf('--split');
  const value = index >= 0 ? args[index + 1] : 'test';
  if (value !== 'test' && value !== 'dev') throw new Error(`--split must be "test" or "dev", not "${value}"`);
  return value;
}

async function main(args: readonly string[]): Promise<number> {
  const split = parseSplit(args);
  process.stderr.write(`Loading the knowledge base and the ${split} split...\n`);
  const buildStart = performance.now();
  const kb = loadKnowledge();
  const data = loadRecognizerData();
  const firstOpinion = createRecognizer(kb, createRegionResolver([...kb.regions.values()]), DEFAULT_TUNING, data);
  const firstOpinionMs = performance.now() - buildStart;
  const onTrained = (): void => void process.stderr.write('Trained the sentence encoder\'s scope head (no head saved for these examples).\n');
  const encoder = countAsked(await loadEncoderInScope(kb, data, { onTrained }));
  const recognize = withSecondOpinion(firstOpinion, encoder.inScope);
  const buildMs = performance.now() - buildStart;
  const sets = loadEvalSets(split);
  const overlap = overlapWithTraining(kb, data, sets);
  const { runs, memberIntents, nearRejection, allTimes, measured } = await evaluate(recognize, sets);
  const seen = new Set(overlap);
  const unseenRows = sets.member.filter((row) => !seen.has(row.text));
  const unseen = intentReport(
    unseenRows,
    unseenRows.map((row) => runs.member.results[sets.member.indexOf(row)]),
  );

  printReport({ sets, memberIntents, nearRejection, clincConversation: runs.clincConversation.results });
  printSymptoms(sets.symptoms, runs.symptoms.results);
  console.log(
    formatTable('Speed', ['measure', 'value'], [
      ['utterances timed', String(allTimes.length)],
      ['of which the sentence encoder was asked about (the word models unsure)', `${encoder.asked()} (${((100 * encoder.asked()) / allTimes.length).toFixed(1)}%)`],
      ['median per utterance', `${median(allTimes).toFixed(3)} ms`],
      ['95th percentile', `${percentile(allTimes, 95).toFixed(3)} ms`],
      ['slowest', `${Math.max(...allTimes).toFixed(3)} ms`],
      ['building the word models (from the cache, or trained)', `${firstOpinionMs.toFixed(0)} ms`],
      ['building the recognizer with the sentence encoder loaded', `${buildMs.toFixed(0)} ms`],
    ]),
  );
  console.log(
    formatTable('Member questions never seen in training (no identical training example)', ['measure', 'value'], [
      ['evaluation texts identical to a training example', String(overlap.length)],
      ['top-1 on the member questions not identical to one', fraction(unseen.top1)],
      ['top-3 on the member questions not identical to one', fraction(unseen.top3)],
    ]),
  );
  console.log(formatTable(`Targets (${split} split)`, ['measure', 'value', 'target', 'result'], measured.map(targetRow)));
  if (args.includes('--misses')) {
    // Misses are printed for the dev split only: reading test mistakes invites tuning on the test set.
    if (split === 'dev') printMisses(sets, runs);
    else console.log('\n(--misses is available with --split dev only)');
  }
  const missed = measured.filter((m) => !passes(m));
  console.log(missed.length === 0 ? '\nAll targets met.' : `\n${missed.length} target(s) missed.`);
  return missed.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
