import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../knowledge/projectRoot';

const UtteranceSchema = z.object({ text: z.string().min(1), intent: z.string() });
export type Utterance = z.infer<typeof UtteranceSchema>;

const EVAL_DATA = path.join(projectRoot(), 'tests', 'eval', 'data');
/** The held-out member questions: timed here, never trained on. */
export const MEMBER_QUESTIONS = path.join(EVAL_DATA, 'member-questions.jsonl');
/** Other held-out texts, only to warm the JIT up before the member questions are timed. */
export const WARM_UP_FILES = ['regions.jsonl', 'near-domain-oos.jsonl'].map((name) => path.join(EVAL_DATA, name));

function readRows<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function loadUtterances(file: string = MEMBER_QUESTIONS): Utterance[] {
  return readRows(file, UtteranceSchema);
}

export function loadWarmUpTexts(files: readonly string[] = WARM_UP_FILES): string[] {
  return files.flatMap((file) => readRows(file, z.object({ text: z.string() })).map((row) => row.text));
}
