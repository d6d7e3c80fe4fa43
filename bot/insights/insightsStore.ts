import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { maskPersonalData } from '../logging/maskPersonalData';

export type Rating = 'up' | 'down';

export const InsightsSchema = z.object({
  /** Thumbs per intent. */
  ratings: z.record(z.string(), z.object({ up: z.number().int().nonnegative(), down: z.number().int().nonnegative() })),
  /** Masked, normalised unmatched questions with how often they came and when last. */
  unmatched: z.record(z.string(), z.object({ count: z.number().int().positive(), lastSeen: z.string() })),
});
export type Insights = z.infer<typeof InsightsSchema>;

/** Where feedback and unmatched questions go; the dialogs see only this. */
export interface InsightsStore {
  recordRating(intent: string, rating: Rating): Promise<void>;
  /** Masks personal data itself, so no caller can store a member ID by mistake. */
  recordUnmatched(text: string): Promise<void>;
  read(): Promise<Insights>;
}

/** Longest unmatched question kept, after masking. */
export const MAX_QUESTION_CHARS = 200;
/** Distinct unmatched questions kept; the rarest, oldest go first. */
export const MAX_UNMATCHED = 1000;

export function maskQuestion(text: string): string {
  return maskPersonalData(text).replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_QUESTION_CHARS);
}

const empty = (): Insights => ({ ratings: {}, unmatched: {} });

function prune(unmatched: Insights['unmatched']): void {
  const entries = Object.entries(unmatched);
  if (entries.length <= MAX_UNMATCHED) return;
  entries.sort(([, a], [, b]) => a.count - b.count || a.lastSeen.localeCompare(b.lastSeen));
  for (const [question] of entries.slice(0, entries.length - MAX_UNMATCHED)) delete unmatched[question];
}

/** How long changes wait in memory before insights.json is rewritten; the default of INSIGHTS_WRITE_SECONDS. */
export const DEFAULT_WRITE_DELAY_MS = 1000;

/**
 * Insights in one JSON file (one bot instance), or in memory only when no file is given. Changes
 * are applied in order, in memory; the file is rewritten whole, to a temporary file first so a crash
 * cannot leave half a file, at most once per `writeDelayMs` (rewriting it for every unmatched
 * question was the bot's largest CPU cost per turn under load, and turns waited for it). No turn
 * waits for the disk: `flush()` writes what is pending, and the bot calls it when it shuts down.
 * Recording never throws into a conversation: failures go to `onError`, and a file that cannot be
 * read is left untouched rather than overwritten.
 */
export class JsonFileInsightsStore implements InsightsStore {
  private data: Insights | undefined;
  private queue: Promise<void> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();
  private unwritten = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly file: string | undefined,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: Error) => void = () => undefined,
    private readonly writeDelayMs = DEFAULT_WRITE_DELAY_MS,
  ) {}

  recordRating(intent: string, rating: Rating): Promise<void> {
    return this.update((data) => {
      const counts = (data.ratings[intent] ??= { up: 0, down: 0 });
      counts[rating] += 1;
    });
  }

  recordUnmatched(text: string): Promise<void> {
    const question = maskQuestion(text);
    if (!question) return Promise.resolve();
    return this.update((data) => {
      const entry = data.unmatched[question];
      data.unmatched[question] = { count: (entry?.count ?? 0) + 1, lastSeen: this.now().toISOString() };
      prune(data.unmatched);
    });
  }

  async read(): Promise<Insights> {
    await this.queue;
    return structuredClone(await this.load());
  }

  /** Writes every change recorded so far that is not on disk yet; resolves once it is (or the write failed and was reported). */
  async flush(): Promise<void> {
    await this.queue;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.writeUnwritten());
    return this.writing;
  }

  /** Resolves once the change is applied in memory; the file follows within `writeDelayMs`. */
  private update(change: (data: Insights) => void): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        change(await this.load());
        this.scheduleWrite();
      } catch (error) {
        this.onError(error as Error);
      }
    });
    return this.queue;
  }

  private scheduleWrite(): void {
    if (!this.file) return;
    this.unwritten = true;
    // Unref'd: a pending write never keeps the process alive; shutting down flushes instead.
    this.timer ??= setTimeout(() => void this.flush(), this.writeDelayMs).unref();
  }

  private async writeUnwritten(): Promise<void> {
    if (!this.unwritten || !this.file) return;
    this.unwritten = false;
    if (!(await this.write(this.file, JSON.stringify(this.data, null, 2)))) this.unwritten = true;
  }

  /** True once the text is the file's; false (reported) when it could not be written. */
  private async write(file: string, text: string): Promise<boolean> {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, file);
      return true;
    } catch (error) {
      this.onError(error as Error);
      return false;
    }
  }

  private async load(): Promise<Insights> {
    if (this.data) return this.data;
    this.data = this.file ? await readInsightsFile(this.file) : empty();
    return this.data;
  }
}

/** The file's insights; none yet when it does not exist. A file that is not valid throws, naming it. */
export async function readInsightsFile(file: string): Promise<Insights> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty();
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = InsightsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not an insights file: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
