import type { RecognizerResult } from '../../knowledge/recognizer/recognize';
import type { EmergencyRow, IntentRow, RegionRow } from './datasets';

export interface Ratio {
  hits: number;
  total: number;
}

export const ratio = (hits: number, total: number): Ratio => ({ hits, total });
export const share = ({ hits, total }: Ratio): number => (total === 0 ? 1 : hits / total);

export interface IntentReport {
  top1: Ratio;
  top3: Ratio;
  perIntent: Map<string, { top1: Ratio; top3: Ratio }>;
  /** expected → predicted, most frequent first. */
  confusions: Array<{ expected: string; predicted: string; count: number }>;
}

/** The recognizer's ranked guesses for a row: `none` counts as a guess, so out-of-scope rows can hit top-3. */
function guesses(result: RecognizerResult): string[] {
  const ranked = result.intents.map((candidate) => candidate.intent);
  if (result.intent === 'none') return ['none', ...ranked].slice(0, 3);
  return [result.intent, ...ranked.filter((intent) => intent !== result.intent)].slice(0, 3);
}

export function intentReport(rows: readonly IntentRow[], results: readonly RecognizerResult[]): IntentReport {
  const perIntent = new Map<string, { top1: Ratio; top3: Ratio }>();
  const confusionCounts = new Map<string, number>();
  let top1 = 0;
  let top3 = 0;
  rows.forEach((row, index) => {
    const ranked = guesses(results[index]);
    const hit1 = ranked[0] === row.intent;
    const hit3 = ranked.includes(row.intent);
    top1 += hit1 ? 1 : 0;
    top3 += hit3 ? 1 : 0;
    let entry = perIntent.get(row.intent);
    if (!entry) perIntent.set(row.intent, (entry = { top1: ratio(0, 0), top3: ratio(0, 0) }));
    entry.top1 = ratio(entry.top1.hits + (hit1 ? 1 : 0), entry.top1.total + 1);
    entry.top3 = ratio(entry.top3.hits + (hit3 ? 1 : 0), entry.top3.total + 1);
    if (!hit1) {
      const key = `${row.intent}\u0000${ranked[0]}`;
      confusionCounts.set(key, (confusionCounts.get(key) ?? 0) + 1);
    }
  });
  const confusions = [...confusionCounts]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\u0000');
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count);
  return { top1: ratio(top1, rows.length), top3: ratio(top3, rows.length), perIntent, confusions };
}

/** Share of rows answered `none`, by the row's kind when it has one. */
export function rejection(rows: readonly IntentRow[], results: readonly RecognizerResult[]): Map<string, Ratio> {
  const byKind = new Map<string, Ratio>();
  rows.forEach((row, index) => {
    const kind = row.kind ?? 'all';
    const before = byKind.get(kind) ?? ratio(0, 0);
    byKind.set(kind, ratio(before.hits + (results[index].intent === 'none' ? 1 : 0), before.total + 1));
  });
  return byKind;
}

export function total(ratios: Iterable<Ratio>): Ratio {
  let hits = 0;
  let count = 0;
  for (const value of ratios) {
    hits += value.hits;
    count += value.total;
  }
  return ratio(hits, count);
}

export interface EmergencyReport {
  recall: Ratio;
  falseAlarms: Ratio;
}

export function emergencyReport(rows: readonly EmergencyRow[], results: readonly RecognizerResult[]): EmergencyReport {
  let caught = 0;
  let alarms = 0;
  const positives = rows.filter((row) => row.emergency).length;
  rows.forEach((row, index) => {
    if (row.emergency && results[index].emergency) caught++;
    if (!row.emergency && results[index].emergency) alarms++;
  });
  return { recall: ratio(caught, positives), falseAlarms: ratio(alarms, rows.length - positives) };
}

export function regionAccuracy(rows: readonly RegionRow[], results: readonly RecognizerResult[]): Ratio {
  return ratio(rows.filter((row, index) => results[index].region === row.region).length, rows.length);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
