import type { RecognizerResult } from '../../knowledge/recognizer/recognize';
import type { EvalSets, IntentRow } from './datasets';
import { intentReport, ratio, type IntentReport, type Ratio } from './metrics';
import type { Runs } from './measure';
import { formatTable, fraction } from './tables';

interface ReportInput {
  sets: EvalSets;
  memberIntents: IntentReport;
  nearRejection: Map<string, Ratio>;
  clincConversation: RecognizerResult[];
}

const CONFUSIONS_SHOWN = 15;

export function printReport({ sets, memberIntents, nearRejection, clincConversation }: ReportInput): void {
  console.log(`\n## Recognizer evaluation: ${sets.split} split`);
  console.log(
    formatTable(
      'Member questions: accuracy per intent',
      ['intent', 'top-1', 'top-3'],
      [
        ...[...memberIntents.perIntent].map(([intent, entry]) => [intent, fraction(entry.top1), fraction(entry.top3)]),
        ['**overall**', fraction(memberIntents.top1), fraction(memberIntents.top3)],
      ],
    ),
  );
  console.log(
    formatTable(
      'Most common confusions (member questions)',
      ['expected', 'answered', 'count'],
      memberIntents.confusions
        .slice(0, CONFUSIONS_SHOWN)
        .map((confusion) => [confusion.expected, confusion.predicted, String(confusion.count)]),
    ),
  );
  console.log(
    formatTable(
      'Near-domain out of scope: rejected (answered none), by kind',
      ['kind', 'rejected'],
      [...nearRejection].map(([kind, value]) => [kind, fraction(value)]),
    ),
  );
  const conversation = intentReport(sets.clincConversation, clincConversation);
  console.log(
    formatTable(
      'CLINC150 conversation: accuracy per intent',
      ['intent', 'top-1'],
      [
        ...[...conversation.perIntent].map(([intent, entry]) => [intent, fraction(entry.top1)]),
        ['**overall**', fraction(conversation.top1)],
      ],
    ),
  );
}

/** Where health problems told to the bot go (the nurse line, 911, nowhere), and whether medical trivia stays out. */
export function printSymptoms(rows: readonly IntentRow[], results: readonly RecognizerResult[]): void {
  const told = results.filter((_, i) => rows[i]?.intent === 'nurse-advice');
  const trivia = results.filter((_, i) => rows[i]?.intent === 'none');
  const count = (of: readonly RecognizerResult[], test: (result: RecognizerResult) => boolean): Ratio => ratio(of.filter(test).length, of.length);
  console.log(
    formatTable('Health problems told, and medical trivia (reported beside the targets)', ['measure', 'value'], [
      ['health problem told: the nurse line (nurse-advice)', fraction(count(told, (r) => r.intent === 'nurse-advice'))],
      ['health problem told: 911 shown (a false alarm)', fraction(count(told, (r) => r.emergency))],
      ['health problem told: out of scope (none)', fraction(count(told, (r) => r.intent === 'none'))],
      ['medical trivia (and, on dev, other assistant questions) rejected (none)', fraction(count(trivia, (r) => r.intent === 'none'))],
    ]),
  );
}

/** Every wrong answer on the dev split, to see what to improve. */
export function printMisses(sets: EvalSets, runs: Runs): void {
  const show = (label: string, expected: string, result: RecognizerResult): void => {
    const top = result.intents.map((c) => `${c.intent}:${c.score}`).join(' ');
    console.log(`  [${label}] want ${expected}, got ${result.intent} (${result.score}) ${top} | ${result.text}`);
  };
  console.log('\n### Misses (dev split)');
  const intentSets = [
    ['member', sets.member, runs.member],
    ['near', sets.nearDomain, runs.nearDomain],
    ['clinc-oos', sets.clincOutOfScope, runs.clincOos],
    ['conversation', sets.clincConversation, runs.clincConversation],
    ['symptoms', sets.symptoms, runs.symptoms],
  ] as const;
  for (const [label, rows, run] of intentSets) {
    rows.forEach((row, i) => {
      if (run.results[i].intent !== row.intent) show(label, row.intent, run.results[i]);
    });
  }
  sets.emergency.forEach((row, i) => {
    if (runs.emergency.results[i].emergency !== row.emergency) show('emergency', String(row.emergency), runs.emergency.results[i]);
  });
  sets.regions.forEach((row, i) => {
    const got = runs.regions.results[i].region;
    if (got !== row.region) console.log(`  [region] want ${row.region}, got ${got} | ${row.text}`);
  });
}
