import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createRecognizer, type Recognize, type RecognizerResult } from '../../knowledge/recognizer/recognize';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { loadEvalSets, type Split } from './datasets';
import {
  emergencyReport,
  intentReport,
  median,
  percentile,
  regionAccuracy,
  rejection,
  total,
} from './metrics';
import { printMisses, printReport } from './report';
import { passes, targetRow, type Measured } from './targets';
import { formatTable } from './tables';

export interface Run {
  results: RecognizerResult[];
  timesMs: number[];
}

/** Recognizes every text, timing each call, with a progress line on stderr. */
function runAll(recognize: Recognize, name: string, texts: readonly string[]): Run {
  const results: RecognizerResult[] = [];
  const timesMs: number[] = [];
  texts.forEach((text, index) => {
    const start = performance.now();
    results.push(recognize(text));
    timesMs.push(performance.now() - start);
    if (index % 250 === 0 || index === texts.length - 1) {
      process.stderr.write(`\r  ${name}: ${index + 1}/${texts.length}   `);
    }
  });
  process.stderr.write('\n');
  return { results, timesMs };
}

function parseSplit(args: readonly string[]): Split {
  const index = args.indexOf('--split');
  const value = index >= 0 ? args[index + 1] : 'test';
  if (value !== 'test' && value !== 'dev') throw new Error(`--split must be "test" or "dev", not "${value}"`);
  return value;
}

function main(args: readonly string[]): number {
  const split = parseSplit(args);
  process.stderr.write(`Loading the knowledge base and the ${split} split...\n`);
  const buildStart = performance.now();
  const kb = loadKnowledge();
  const recognize = createRecognizer(kb, createRegionResolver([...kb.regions.values()]));
  const buildMs = performance.now() - buildStart;
  const sets = loadEvalSets(split);

  const member = runAll(recognize, 'member questions', sets.member.map((row) => row.text));
  const nearDomain = runAll(recognize, 'near-domain out of scope', sets.nearDomain.map((row) => row.text));
  const clincOos = runAll(recognize, 'CLINC150 off-topic + out-of-scope', sets.clincOutOfScope.map((row) => row.text));
  const clincConversation = runAll(recognize, 'CLINC150 conversation', sets.clincConversation.map((row) => row.text));
  const emergency = runAll(recognize, 'emergency', sets.emergency.map((row) => row.text));
  const regions = runAll(recognize, 'regions', sets.regions.map((row) => row.text));

  const memberIntents = intentReport(sets.member, member.results);
  const memberEmergency = emergencyReport(
    sets.member.map((row) => ({ text: row.text, emergency: row.intent === 'emergency' })),
    member.results,
  );
  const emergencySet = emergencyReport(sets.emergency, emergency.results);
  const allTimes = [member, nearDomain, clincOos, clincConversation, emergency, regions].flatMap((run) => run.timesMs);
  const nearRejection = rejection(sets.nearDomain, nearDomain.results);

  const measured: Measured[] = [
    { measure: 'top-1 intent accuracy (member questions)', value: memberIntents.top1, goal: 'at-least', target: 0.95, unit: 'share' },
    { measure: 'top-3 intent accuracy (member questions)', value: memberIntents.top3, goal: 'at-least', target: 0.99, unit: 'share' },
    { measure: 'CLINC150 off-topic + out-of-scope rejected', value: total(rejection(sets.clincOutOfScope, clincOos.results).values()), goal: 'at-least', target: 0.99, unit: 'share' },
    { measure: 'near-domain out of scope rejected', value: total(nearRejection.values()), goal: 'at-least', target: 0.9, unit: 'share' },
    { measure: 'CLINC150 conversation accuracy', value: intentReport(sets.clincConversation, clincConversation.results).top1, goal: 'at-least', target: 0.9, unit: 'share' },
    { measure: 'emergency recall (emergency set)', value: emergencySet.recall, goal: 'at-least', target: 1, unit: 'share' },
    { measure: 'emergency false alarms (emergency set)', value: emergencySet.falseAlarms, goal: 'at-most', target: 0.03, unit: 'share' },
    { measure: 'emergency recall (member questions)', value: memberEmergency.recall, goal: 'at-least', target: 1, unit: 'share' },
    { measure: 'emergency false alarms (member questions)', value: memberEmergency.falseAlarms, goal: 'at-most', target: 0.03, unit: 'share' },
    { measure: 'region accuracy', value: regionAccuracy(sets.regions, regions.results), goal: 'at-least', target: 0.98, unit: 'share' },
    { measure: 'time per utterance, median', value: median(allTimes), goal: 'at-most', target: 0.2, unit: 'ms' },
  ];

  printReport({ sets, memberIntents, nearRejection, clincConversation: clincConversation.results });
  console.log(
    formatTable('Speed', ['measure', 'value'], [
      ['utterances timed', String(allTimes.length)],
      ['median per utterance', `${median(allTimes).toFixed(3)} ms`],
      ['95th percentile', `${percentile(allTimes, 95).toFixed(3)} ms`],
      ['slowest', `${Math.max(...allTimes).toFixed(3)} ms`],
      ['building the recognizer', `${buildMs.toFixed(0)} ms`],
    ]),
  );
  console.log(formatTable(`Targets (${split} split)`, ['measure', 'value', 'target', 'result'], measured.map(targetRow)));
  if (args.includes('--misses')) {
    // Misses are printed for the dev split only: reading test mistakes invites tuning on the test set.
    if (split === 'dev') printMisses(sets, { member, nearDomain, clincOos, clincConversation, emergency, regions });
    else console.log('\n(--misses is available with --split dev only)');
  }
  const missed = measured.filter((m) => !passes(m));
  console.log(missed.length === 0 ? '\nAll targets met.' : `\n${missed.length} target(s) missed.`);
  return missed.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
