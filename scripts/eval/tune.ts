import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createRecognizer, DEFAULT_TUNING, type RecognizerTuning } from '../../knowledge/recognizer/recognize';
import { loadEncoderInScope } from '../../knowledge/recognizer/secondOpinion/secondOpinion';
import { withSecondOpinion } from '../../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { loadEvalSets } from './datasets';
import { evaluate } from './measure';
import { rejection, share, total } from './metrics';
import { formatTable, percent } from './tables';

/**
 * Sweeps recognizer settings on the dev split only (our dev-*.jsonl, CLINC150 val lines) and prints
 * one row per setting. Usage: npm run tune -- '{"noneWeight":[0.01,0.03]}'
 */
type Grid = { [K in keyof RecognizerTuning]?: Array<RecognizerTuning[K]> };

function combinations(grid: Grid): Array<Partial<RecognizerTuning>> {
  let result: Array<Partial<RecognizerTuning>> = [{}];
  for (const [key, values] of Object.entries(grid)) {
    result = result.flatMap((partial) => (values as unknown[]).map((value) => ({ ...partial, [key]: value })));
  }
  return result;
}

async function main(gridJson: string): Promise<void> {
  const kb = loadKnowledge();
  const resolveRegion = createRegionResolver([...kb.regions.values()]);
  const data = loadRecognizerData();
  const sets = loadEvalSets('dev');
  // The encoder's head learns from the examples only: the same one serves every setting swept.
  const encoderInScope = await loadEncoderInScope(kb, data);
  const rows: string[][] = [];
  for (const change of combinations(JSON.parse(gridJson) as Grid)) {
    const tuning: RecognizerTuning = { ...DEFAULT_TUNING, ...change, training: { ...DEFAULT_TUNING.training, ...change.training } };
    const recognize = withSecondOpinion(createRecognizer(kb, resolveRegion, tuning, data), encoderInScope, tuning);
    const { measured, runs } = await evaluate(recognize, sets, true);
    const value = (index: number): string => {
      const entry = measured[index].value;
      return typeof entry === 'number' ? entry.toFixed(3) : percent(share(entry));
    };
    // CLINC's own out-of-scope queries (oos-val) apart: the part of CLINC rejection still missed.
    const own = sets.clincOutOfScope.map((row, index) => ({ row, result: runs.clincOos.results[index] }));
    const oos = own.filter((entry) => entry.row.clincIntent === 'oos');
    const ownRejected = percent(share(total(rejection(oos.map((entry) => entry.row), oos.map((entry) => entry.result)).values())));
    rows.push([JSON.stringify(change), ...[0, 1, 2].map(value), ownRejected, ...[3, 4, 5, 6].map(value)]);
    process.stderr.write('.');
  }
  console.log(
    formatTable('Dev split sweep', ['change', 'top-1', 'top-3', 'CLINC rej', 'CLINC oos rej', 'near rej', 'conversation', 'emerg recall', 'emerg FA'], rows),
  );
}

main(process.argv[2] ?? '{}').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
