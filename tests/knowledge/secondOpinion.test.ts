import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { createRecognizer, isDoubtful, type Recognize } from '../../knowledge/recognizer/recognize';
import { loadScopeHead, saveScopeHead } from '../../knowledge/recognizer/secondOpinion/headFiles';
import { loadEncoderInScope, type EncoderInScope } from '../../knowledge/recognizer/secondOpinion/secondOpinion';
import { withSecondOpinion, type RecognizeMessage } from '../../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { EMBEDDING_SIZE, loadSentenceEncoder, type SentenceEncoder } from '../../knowledge/recognizer/secondOpinion/sentenceEncoder';
import { embedWithCache } from '../../knowledge/recognizer/secondOpinion/vectorCache';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';

/** The word models decide alone when sure; the real sentence encoder settles what they are unsure of. */
describe('second opinion from the sentence encoder', () => {
  let wordModels: Recognize;
  let encoderInScope: EncoderInScope;
  let recognize: RecognizeMessage;
  const asked: string[] = [];

  beforeAll(async () => {
    const kb = loadKnowledge();
    const data = loadRecognizerData();
    wordModels = createRecognizer(kb, createRegionResolver([...kb.regions.values()]), undefined, data);
    // Trained ahead by jest's global setup: here it is loaded.
    encoderInScope = await loadEncoderInScope(kb, data);
    recognize = withSecondOpinion(wordModels, async (text) => {
      asked.push(text);
      return encoderInScope(text);
    });
  }, 60_000);

  beforeEach(() => {
    asked.length = 0;
  });

  it.each([
    ['which band is this', 'help'],
    ['can you help me out with my homework', 'help'],
  ])('stays quiet on "%s", which the word models alone answer as %s', async (text, wordModelsIntent) => {
    expect(wordModels(text).intent).toBe(wordModelsIntent);
    const result = await recognize(text);
    expect(asked).toEqual([text]);
    expect(result.intent).toBe('none');
    expect(result.outcome).toBe('none');
  });

  it.each([
    ['i need help with something', 'help'],
    ['i want to check my balance please', 'billing'],
    ['where can i get a flu shot', 'appointments'],
  ])('still answers the doubtful member question "%s" (%s)', async (text, intent) => {
    const result = await recognize(text);
    expect(asked).toEqual([text]);
    expect(result.intent).toBe(intent);
    expect(result.outcome).toBe('answer');
  });

  it('does not ask the encoder when the word models are sure, nor for an emergency or a button', async () => {
    for (const text of ['how do i change my primary care doctor', 'what is the weather in paris tomorrow', "my husband collapsed and he isn't breathing", 'Start over']) {
      expect(isDoubtful(wordModels(text))).toBe(false);
      await recognize(text);
    }
    expect(asked).toEqual([]);
    expect((await recognize("my husband collapsed and he isn't breathing")).emergency).toBe(true);
  });

  it('keeps the word models decision when the encoder cannot load', async () => {
    const withoutEncoder = withSecondOpinion(wordModels, () => Promise.reject(new Error('model files missing')));
    const result = await withoutEncoder('which band is this');
    expect(result.intent).toBe(wordModels('which band is this').intent);
  });

  it('reads the encoder the same way for every message: a longer story is cut where the word models stop reading', async () => {
    const story = `i want to check my balance please ${'and so on '.repeat(300)}`;
    await recognize(story);
    expect(asked[0]?.length).toBe(1000);
  });
});

describe('scope head files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scope-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const head = {
    labels: ['billing', 'none:translate'],
    weights: Float32Array.from({ length: 2 * EMBEDDING_SIZE }, (_, index) => index / 1000),
    bias: Float32Array.from([0.5, -0.5]),
  };
  const key = 'a'.repeat(64);

  it('loads what was saved under the same key, and nothing under another', () => {
    saveScopeHead(dir, key, head);
    expect(loadScopeHead(dir, key)).toEqual(head);
    expect(loadScopeHead(dir, 'b'.repeat(64))).toBeUndefined();
    expect(loadScopeHead(path.join(dir, 'missing'), key)).toBeUndefined();
  });
});

describe('sentence vector cache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sentence-vectors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds only the texts it has not embedded before, and gives the same vectors for the rest', async () => {
    const real = await loadSentenceEncoder();
    const embedded: string[] = [];
    const counting: SentenceEncoder = {
      embed: (texts) => {
        embedded.push(...texts);
        return real.embed(texts);
      },
    };
    const first = await embedWithCache(counting, ['lost my id card', 'refill please'], dir);
    const second = await embedWithCache(counting, ['refill please', 'pay my bill', 'refill please'], dir);
    expect(embedded).toEqual(['lost my id card', 'refill please', 'pay my bill']);
    expect(second[0]).toEqual(first[1]);
    expect(second[2]).toEqual(first[1]);
    expect(second[1]).toHaveLength(EMBEDDING_SIZE);
  }, 60_000);
});
