import path from 'node:path';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConversationIntentSchema, type Intent } from '../intents';
import { DEFAULT_DATA_DIR, parseKnowledgeFile, type KnowledgeBase } from '../loadKnowledge';

/** CLINC150's train split, relabelled: what is out of scope, and how people greet, thank and leave. */
const ClincTrainSchema = z
  .object({
    source: z.string().min(1),
    /** By CLINC150's own intent ("translate", "pay_bill", ..., "oos"). */
    outOfScope: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    conversation: z.record(ConversationIntentSchema, z.array(z.string().min(1))),
  })
  .strict();

/** Our own near-domain negatives: other insurers, other bills, medical trivia, by kind. */
const OutOfScopeSchema = z
  .object({
    /**
     * Phrases that each stand for one kind of "not ours", learnt as one feature per kind so that what
     * is learnt from one name carries to all: other insurers and companies, other kinds of bill.
     */
    markers: z.record(z.string().regex(/^[a-z-]+$/), z.array(z.string().min(2)).min(1)),
    examples: z.record(z.string(), z.array(z.string().min(2)).min(1)),
  })
  .strict();

/** Medicine names, learnt as one feature so that a refill of any medicine reads like a refill of a known one. */
const MedicationsSchema = z.object({ source: z.string().min(1), medications: z.array(z.string().min(2)).min(1) }).strict();

export interface RecognizerData {
  /** Messages the bot must not answer from the knowledge base, each with its kind ("translate", "other-insurers", ...). */
  outOfScope: ReadonlyArray<{ kind: string; text: string }>;
  /** Extra conversation examples from CLINC150's train split. */
  conversation: ReadonlyArray<{ intent: Intent; text: string }>;
  markers: Readonly<Record<string, readonly string[]>>;
}

export interface LabelledText {
  label: Intent;
  text: string;
  /** True for the knowledge base's own examples; false for borrowed ones (CLINC150, negatives). */
  inDomain: boolean;
  /** For a `none` example, what kind of "not ours" it is: learnt as its own class, so each is learnt for what it is. */
  kind?: string;
}

function read<T>(dir: string, name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const file = path.join(dir, name);
  return parseKnowledgeFile(file, readFileSync(file, 'utf8'), schema);
}

export function loadRecognizerData(dir: string = DEFAULT_DATA_DIR): RecognizerData {
  const clinc = read(dir, 'clinc150-train.json', ClincTrainSchema);
  const own = read(dir, 'out-of-scope.json', OutOfScopeSchema);
  const { medications } = read(dir, 'medications.json', MedicationsSchema);
  const byKind = (groups: Record<string, string[]>): RecognizerData['outOfScope'] =>
    Object.entries(groups).flatMap(([kind, texts]) => texts.map((text) => ({ kind, text })));
  const conversation = Object.entries(clinc.conversation).flatMap(([intent, texts]) =>
    (texts ?? []).map((text) => ({ intent: ConversationIntentSchema.parse(intent), text })),
  );
  return {
    outOfScope: [...byKind(clinc.outOfScope), ...byKind(own.examples)],
    conversation,
    markers: { ...own.markers, medication: medications },
  };
}

/** Everything the recognizer learns from: topic titles, examples and keywords, conversation examples, negatives. */
/**
 * Members wrap questions in small talk ("hi, ...", "... thanks"). Every AUGMENT_EVERY-th topic example
 * is also learnt with such a wrapper, so a greeting word does not outvote the question.
 */
const WRAPPERS: ReadonlyArray<(text: string) => string> = [
  (text) => `hi ${text}`,
  (text) => `${text} thanks`,
  (text) => `hello, ${text} please`,
  (text) => `good morning ${text} thank you`,
];
const AUGMENT_EVERY = 3;

export function trainingExamples(kb: KnowledgeBase, data: RecognizerData): LabelledText[] {
  const examples: LabelledText[] = [];
  let count = 0;
  for (const topic of kb.topics.values()) {
    for (const text of [topic.title, ...topic.examples, ...topic.keywords]) {
      examples.push({ label: topic.id, text, inDomain: true });
      if (count++ % AUGMENT_EVERY === 0) {
        examples.push({ label: topic.id, text: WRAPPERS[count % WRAPPERS.length](text), inDomain: false });
      }
    }
  }
  for (const intent of kb.conversation) {
    for (const text of intent.examples) examples.push({ label: intent.id, text, inDomain: true });
  }
  for (const { intent, text } of data.conversation) examples.push({ label: intent, text, inDomain: false });
  for (const { kind, text } of data.outOfScope) examples.push({ label: 'none', text, inDomain: false, kind });
  return examples;
}
