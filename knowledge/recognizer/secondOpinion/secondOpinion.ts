import type { KnowledgeBase } from '../../loadKnowledge';
import { scorerLabel } from '../scorer';
import { trainingExamples, type RecognizerData } from '../trainingData';
import { defaultHeadDir, headKey, loadScopeHead, saveScopeHead } from './headFiles';
import { createInScope, HEAD_TRAINING, trainScopeHead } from './scopeHead';
import { loadSentenceEncoder } from './sentenceEncoder';
import { embedWithCache } from './vectorCache';

/** The sentence encoder's view of whether a message is one the bot covers (0..1). */
export type EncoderInScope = (text: string) => Promise<number>;

export interface SecondOpinionSource {
  /** Where the head is kept; by default the build's folder or the source cache (headFiles.ts). */
  dir?: string;
  /** Called once the head had to be trained (minutes), with why. */
  onTrained?: (reason: string) => void;
}

/** The head's rows: every training example with its class, as the word models learn them. */
function headRows(kb: KnowledgeBase, data: RecognizerData): Array<{ label: string; text: string }> {
  return trainingExamples(kb, data).map((example) => ({ label: scorerLabel(example), text: example.text }));
}

/**
 * Loads the encoder and the head saved for these examples, training and saving the head first if none
 * matches (embedding the examples not embedded before: minutes on a fresh clone, seconds after an edit;
 * then half a minute of training. `npm run build` and jest's global setup do it ahead).
 */
export async function loadEncoderInScope(kb: KnowledgeBase, data: RecognizerData, source: SecondOpinionSource = {}): Promise<EncoderInScope> {
  const encoder = await loadSentenceEncoder();
  const rows = headRows(kb, data);
  const key = headKey(rows, HEAD_TRAINING);
  const dir = source.dir ?? defaultHeadDir(key);
  let head = loadScopeHead(dir, key);
  if (!head) {
    const vectors = await embedWithCache(encoder, rows.map((row) => row.text));
    head = trainScopeHead(rows.map((row, index) => ({ label: row.label, vector: vectors[index] })));
    try {
      saveScopeHead(dir, key, head);
    } catch {
      // Not writable: the next start trains again.
    }
    source.onTrained?.('no head saved for these examples');
  }
  const inScope = createInScope(head);
  return async (text) => inScope((await encoder.embed([text]))[0]);
}

/**
 * The encoder, loaded on first use (about half a second, 150 MB): a suite or a process that never meets a
 * doubtful message never loads it. `ready()` loads it ahead, as the server does once it listens.
 */
/** The encoder, counting how often it is asked: the eval and the bench report the share of messages the word models were unsure of. */
export interface CountedEncoder {
  inScope: EncoderInScope;
  asked(): number;
  reset(): void;
}

export function countAsked(encoderInScope: EncoderInScope): CountedEncoder {
  let asked = 0;
  return {
    inScope: (text) => {
      asked++;
      return encoderInScope(text);
    },
    asked: () => asked,
    reset: () => {
      asked = 0;
    },
  };
}

export interface SecondOpinion {
  inScope: EncoderInScope;
  ready(): Promise<void>;
}

export function lazySecondOpinion(kb: KnowledgeBase, data: RecognizerData, source: SecondOpinionSource = {}): SecondOpinion {
  let loading: Promise<EncoderInScope> | undefined;
  const load = (): Promise<EncoderInScope> => {
    loading ??= loadEncoderInScope(kb, data, source);
    return loading;
  };
  return {
    inScope: async (text) => (await load())(text),
    ready: async () => {
      await load();
    },
  };
}
