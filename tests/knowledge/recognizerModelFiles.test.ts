import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { MemoryStorage } from 'botbuilder';
import { createLogger } from '../../bot/logging/logger';
import { createFeaturizer } from '../../knowledge/recognizer/features';
import { loadScorerModels, recognizerModels, saveScorerModels } from '../../knowledge/recognizer/modelFiles';
import { tokenize } from '../../knowledge/recognizer/normalize';
import { createRecognizer, DEFAULT_TUNING, type RecognizerTuning } from '../../knowledge/recognizer/recognize';
import { trainScorerModels, type ScorerModels } from '../../knowledge/recognizer/scorer';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';
import { AFTER_SCORING_MODULES, trainingKey } from '../../knowledge/recognizer/trainingKey';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { kb, memberConversation, phoneNumbersIn, textOf } from '../support/memberConversation';

const data = loadRecognizerData();
const resolveRegion = createRegionResolver([...kb.regions.values()]);
const key = trainingKey(kb, data, DEFAULT_TUNING);
/** Trains in a fraction of the time: for the cases that end in training, where the weights do not matter. */
const QUICK: RecognizerTuning = { ...DEFAULT_TUNING, training: { ...DEFAULT_TUNING.training, epochs: 1 } };

/** Every text of the dev split (never the test files). */
function devTexts(): string[] {
  const dir = path.join(__dirname, '..', 'eval', 'data');
  return readdirSync(dir)
    .filter((name) => name.startsWith('dev-') && name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Structured log lines written while `run` runs. */
function logLines(run: (logger: ReturnType<typeof createLogger>) => void): Array<Record<string, unknown>> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(String(chunk))) });
  run(createLogger('info', sink));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The member asks for a new ID card and, once the region is known, gets that answer with the region's number. */
async function expectAnIdCardAnswer(conversation: ReturnType<typeof memberConversation>): Promise<void> {
  await conversation.say('how do I get a new ID card');
  const answer = textOf(await conversation.say('Hawaii'));
  expect(answer).toMatch(/ID card/);
  expect(phoneNumbersIn(answer)).toEqual(['808-432-5955', '1-800-966-5955']);
}

describe('the recognizer trained at build time', () => {
  let trained: ScorerModels;
  let dir: string;

  beforeAll(() => {
    trained = trainScorerModels(kb, data, DEFAULT_TUNING);
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'recognizer-model-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('once saved and loaded, scores every dev text exactly as the model just trained', () => {
    saveScorerModels(dir, key, trained);
    const loaded = loadScorerModels(dir, key);
    if (!('models' in loaded)) throw new Error(`not loaded: ${loaded.reason}`);
    const features = createFeaturizer(data.markers);
    const texts = devTexts();
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) {
      const list = features(tokenize(text));
      expect(loaded.models.features.encode(list)).toEqual(trained.features.encode(list));
      const encoded = trained.features.encode(list);
      expect(loaded.models.intent.probabilities(encoded)).toEqual(trained.intent.probabilities(encoded));
      expect(loaded.models.scope.probabilities(encoded)).toEqual(trained.scope.probabilities(encoded));
    }
    expect(loaded.models.spelling).toEqual(trained.spelling);
    const fromTrained = createRecognizer(kb, resolveRegion, DEFAULT_TUNING, data, trained);
    const fromLoaded = createRecognizer(kb, resolveRegion, DEFAULT_TUNING, data, loaded.models);
    expect(texts.map(fromLoaded)).toEqual(texts.map(fromTrained));
  });

  it('is loaded by the bot at start-up, which says so and answers a member', async () => {
    saveScorerModels(dir, key, trained);
    let conversation!: ReturnType<typeof memberConversation>;
    const logs = logLines((logger) => {
      conversation = memberConversation('test', new MemoryStorage(), { logger, recognizerModelDir: dir });
    });
    expect(logs.map((line) => line.msg)).toEqual(['recognizer models loaded']);
    await expectAnIdCardAnswer(conversation);
  });

  it('is not used for other data or options: the key of what training depends on differs', () => {
    const topic = [...kb.topics.values()][0];
    const oneMoreExample = { ...kb, topics: new Map([...kb.topics, [topic.id, { ...topic, examples: [...topic.examples, 'one more way to ask'] }]]) };
    const otherMarkers = { ...data, markers: { ...data.markers, 'other-organisation': ['acme health'] } };
    const keys = [
      trainingKey(oneMoreExample, data, DEFAULT_TUNING),
      trainingKey(kb, otherMarkers, DEFAULT_TUNING),
      trainingKey(kb, { ...data, outOfScope: data.outOfScope.slice(1) }, DEFAULT_TUNING),
      trainingKey(kb, data, QUICK),
      trainingKey(kb, data, { ...DEFAULT_TUNING, outOfScopeWeight: 2 }),
    ];
    expect(new Set([key, ...keys]).size).toBe(keys.length + 1);
    // Thresholds are applied after scoring: the same models serve them.
    const stricter: RecognizerTuning = { ...DEFAULT_TUNING, answerThreshold: 0.9 };
    expect(trainingKey(kb, data, stricter)).toBe(key);
  });

  it('changes with the training code, not with the emergency patterns or thresholds, which nothing that trains imports', () => {
    const sources = path.join(__dirname, '..', '..', 'knowledge', 'recognizer');
    const code = mkdtempSync(path.join(os.tmpdir(), 'recognizer-code-'));
    try {
      cpSync(sources, code, { recursive: true });
      const keyOf = (): string => trainingKey(kb, data, DEFAULT_TUNING, code);
      expect(keyOf()).toBe(key);
      appendFileSync(path.join(code, 'danger', 'breathing.ts'), '\n// a new danger pattern\n');
      appendFileSync(path.join(code, 'recognize.ts'), '\n// another threshold\n');
      expect(keyOf()).toBe(key);
      appendFileSync(path.join(code, 'features.ts'), '\n// another feature\n');
      expect(keyOf()).not.toBe(key);
    } finally {
      rmSync(code, { recursive: true, force: true });
    }
    const importsOf = (file: string): string[] => [...readFileSync(path.join(sources, file), 'utf8').matchAll(/from '\.\/(\w+)'/g)].map((match) => match[1]);
    const trainingModules = readdirSync(sources).filter((file) => !AFTER_SCORING_MODULES.includes(path.basename(file, '.ts')));
    expect(trainingModules.length).toBeGreaterThan(5);
    for (const file of trainingModules) expect(importsOf(file).filter((name) => AFTER_SCORING_MODULES.includes(name))).toEqual([]);
  });

  it('run from sources, keeps models trained on different data side by side (switching branches does not retrain)', () => {
    const otherSeed: RecognizerTuning = { ...QUICK, training: { ...QUICK.training, seed: QUICK.training.seed + 1 } };
    recognizerModels(kb, data, QUICK);
    recognizerModels(kb, data, otherSeed);
    expect(recognizerModels(kb, data, QUICK).source).toBe('loaded');
    expect(recognizerModels(kb, data, otherSeed).source).toBe('loaded');
  });

  it('saved under another key is not used: the recognizer trains instead, and says why', () => {
    saveScorerModels(dir, key, trained);
    const models = recognizerModels(kb, data, QUICK, dir);
    expect(models).toMatchObject({ source: 'trained', reason: 'saved model trained on other data, options or code' });
    expect(models.models.intent.toWeights().weights).not.toEqual(trained.intent.toWeights().weights);
  });

  it.each([
    ['missing', () => rmSync(dir, { recursive: true }), 'no saved model'],
    ['not JSON', () => writeFileSync(path.join(dir, 'model.json'), '{"format":1,'), /^saved model unreadable: /],
    ['not a saved model', () => writeFileSync(path.join(dir, 'model.json'), '{"format":1,"key":"x"}'), 'saved model unreadable: not a saved model'],
    ['weights missing', () => rmSync(path.join(dir, 'weights.bin')), /^saved model unreadable: .*ENOENT/],
    ['weights cut short', () => truncateSync(path.join(dir, 'weights.bin'), 1000), 'weights.bin does not match model.json'],
  ])('%s: reports why, never throws', (_case, damage, reason) => {
    saveScorerModels(dir, key, trained);
    damage();
    const loaded = loadScorerModels(dir, key);
    expect('models' in loaded).toBe(false);
    expect((loaded as { reason: string }).reason).toEqual(typeof reason === 'string' ? reason : expect.stringMatching(reason));
  });

  it('damaged: the bot trains at start-up, logs the reason and still answers a member', async () => {
    saveScorerModels(dir, key, trained);
    writeFileSync(path.join(dir, 'weights.bin'), 'not weights');
    let conversation!: ReturnType<typeof memberConversation>;
    const logs = logLines((logger) => {
      conversation = memberConversation('test', new MemoryStorage(), { logger, recognizerModelDir: dir });
    });
    expect(logs).toEqual([expect.objectContaining({ msg: 'recognizer models trained at start-up', reason: 'weights.bin does not match model.json' })]);
    await expectAnIdCardAnswer(conversation);
  });
});
