import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { DEFAULT_TUNING, scopeConfidence } from '../../knowledge/recognizer/recognize';
import { recognizerModels } from '../../knowledge/recognizer/modelFiles';
import { createScorer } from '../../knowledge/recognizer/scorer';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';
import { formatTable } from './tables';

/**
 * How close candidate negatives (one per line in a text file) come to being answered by the current
 * recognizer, before they are added to out-of-scope.json: its confidence (the geometric mix of the
 * intent and scope models that the thresholds compare) and our best intent, closest first.
 * Usage: npx tsx scripts/eval/closeness.ts candidates.txt
 */
const CLOSE_FROM = 0.1;

function main(file: string): void {
  const texts = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const kb = loadKnowledge();
  const data = loadRecognizerData();
  const score = createScorer(data.markers, recognizerModels(kb, data, DEFAULT_TUNING).models);
  const rows = texts.map((text) => {
    const { candidates, inScope } = score(text);
    const best = candidates.find((candidate) => candidate.intent !== 'emergency');
    const confidence = best ? scopeConfidence(inScope, best.score, DEFAULT_TUNING) : 0;
    return { text, confidence, intent: best?.intent ?? '' };
  });
  rows.sort((a, b) => b.confidence - a.confidence);
  const close = rows.filter((row) => row.confidence >= CLOSE_FROM);
  console.log(formatTable(`Candidates at confidence ${CLOSE_FROM} or more: ${close.length} of ${rows.length}`, ['confidence', 'our best intent', 'text'], close.map((row) => [row.confidence.toFixed(3), row.intent, row.text])));
}

main(process.argv[2] ?? '/dev/stdin');
