import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JsonFileInsightsStore, type Insights } from '../../bot/insights/insightsStore';

const onDisk = (file: string): Insights => JSON.parse(readFileSync(file, 'utf8')) as Insights;
const freshFile = (prefix: string) => path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'insights.json');

// Turns record insights in memory and never wait for the disk; the file follows in one write, and none may be lost.
describe('insights recorded by many turns at once', () => {
  it('keeps every unmatched question and rating', async () => {
    const file = freshFile('insights-load-');
    const store = new JsonFileInsightsStore(file);
    await Promise.all([
      ...Array.from({ length: 200 }, (_, index) => store.recordUnmatched(`where do I park at clinic ${index}`)),
      ...Array.from({ length: 30 }, () => store.recordRating('billing', 'up')),
    ]);
    await store.flush();
    const insights = onDisk(file);
    expect(Object.keys(insights.unmatched)).toHaveLength(200);
    expect(insights.ratings.billing).toEqual({ up: 30, down: 0 });
  });

  it('writes nothing while recordings come in, then all of them at once', async () => {
    const file = freshFile('insights-batch-');
    const store = new JsonFileInsightsStore(file, undefined, undefined, 60_000);
    for (let index = 0; index < 50; index++) await store.recordUnmatched(`question ${index} about parking`);
    expect(existsSync(file)).toBe(false);
    await store.flush();
    expect(Object.keys(onDisk(file).unmatched)).toHaveLength(50);
  });

  it('writes the file by itself shortly after a recording', async () => {
    const file = freshFile('insights-later-');
    const store = new JsonFileInsightsStore(file, undefined, undefined, 20);
    await store.recordUnmatched('first question about parking');
    for (let poll = 0; poll < 500 && !existsSync(file); poll++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onDisk(file).unmatched['first question about parking']?.count).toBe(1);
    await store.recordUnmatched('second question about parking');
    for (let poll = 0; poll < 500 && !onDisk(file).unmatched['second question about parking']; poll++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onDisk(file).unmatched['second question about parking']?.count).toBe(1);
  });
});
