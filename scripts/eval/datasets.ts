import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IntentSchema, RegionIdSchema } from '../../knowledge/intents';
import { projectRoot } from '../../knowledge/projectRoot';

export const IntentRowSchema = z
  .object({ text: z.string(), intent: IntentSchema, kind: z.string().optional(), clinc_intent: z.string().optional() })
  .transform(({ clinc_intent, ...row }) => ({ ...row, clincIntent: clinc_intent }));
export const EmergencyRowSchema = z.object({ text: z.string(), emergency: z.boolean() });
export const RegionRowSchema = z.object({
  text: z.string(),
  region: z.union([RegionIdSchema, z.literal('ambiguous'), z.null()]),
});

export type IntentRow = z.output<typeof IntentRowSchema>;
export type EmergencyRow = z.infer<typeof EmergencyRowSchema>;
export type RegionRow = z.infer<typeof RegionRowSchema>;

export const EVAL_DATA_DIR = path.join(projectRoot(), 'tests', 'eval', 'data');
export const CLINC_DIR = path.join(projectRoot(), '..', 'shared', 'data', 'clinc150');

/** Reads a JSON-lines file, validating every line; a bad line names the file and line number. */
export function readJsonl<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T[] {
  const rows: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      rows.push(parsed.data);
    });
  return rows;
}

/**
 * CLINC150 train files are split once, by line number: every VAL_EVERY-th line is kept out of the
 * recognizer's data and used as validation for tuning; the rest is what the recognizer learns from.
 */
export const VAL_EVERY = 10;
export const isClincValLine = (index: number): boolean => index % VAL_EVERY === VAL_EVERY - 1;

export function readClinc(name: string): IntentRow[] {
  return readJsonl(path.join(CLINC_DIR, `${name}.jsonl`), IntentRowSchema);
}

export type Split = 'test' | 'dev';

export interface EvalSets {
  split: Split;
  member: IntentRow[];
  nearDomain: IntentRow[];
  emergency: EmergencyRow[];
  /** Health problems told (nurse-advice) and medical trivia (none): the nurse line's reach, reported beside the targets. */
  symptoms: IntentRow[];
  regions: RegionRow[];
  clincOutOfScope: IntentRow[];
  clincConversation: IntentRow[];
}

const evalFile = (split: Split, name: string): string =>
  path.join(EVAL_DATA_DIR, split === 'test' ? `${name}.jsonl` : `dev-${name}.jsonl`);

/**
 * The held-out test split (tests/eval/data/*.jsonl and CLINC's test files) is for the report only.
 * The dev split (our own dev-*.jsonl, CLINC's val file and the held-back train lines) is for tuning.
 */
export function loadEvalSets(split: Split): EvalSets {
  const clincVal = (name: string): IntentRow[] => readClinc(name).filter((_, index) => isClincValLine(index));
  return {
    split,
    member: readJsonl(evalFile(split, 'member-questions'), IntentRowSchema),
    nearDomain: readJsonl(evalFile(split, 'near-domain-oos'), IntentRowSchema),
    emergency: readJsonl(evalFile(split, 'emergency'), EmergencyRowSchema),
    symptoms: readJsonl(evalFile(split, 'symptoms'), IntentRowSchema),
    regions: readJsonl(evalFile(split, 'regions'), RegionRowSchema),
    clincOutOfScope:
      split === 'test'
        ? [...readClinc('offtopic-test'), ...readClinc('oos-test')]
        : [...clincVal('offtopic-train'), ...readClinc('oos-val')],
    clincConversation: split === 'test' ? readClinc('conversation-test') : clincVal('conversation-train'),
  };
}
