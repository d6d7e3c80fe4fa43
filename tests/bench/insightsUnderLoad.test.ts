import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JsonFileInsightsStore, type Insights } from '../../bot/insights/insightsStore';

const onDisk = (file: string): Insights => JSON.parse(readFileSync(file, 'utf8')) as Insights;

// Writes are shared between recordings made at the same time; none may be lost, and none may resolve before it is on disk.
describe('insights recorded by many turns at once', () => {
  it('keeps every unmatched question and rating', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'insights-load-')), 'insights.json');
    const store = new JsonFileInsightsStore(file);
    await Promise.all([
      ...Array.from({ length: 200 }, (_, index) => store.recordUnmatched(`where do I park at clinic ${index}`)),
      ...Array.from({ length: 30 }, () => store.recordRating('billing', 'up')),
    ]);
    const insights = onDisk(file);
    expect(Object.keys(insights.unmatched)).toHaveLength(200);
    expect(insights.ratings.billing).toEqual({ up: 30, down: 0 });
  });

  it('resolves each recording only once a write holding it is done', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'insights-order-')), 'insights.json');
    const store = new JsonFileInsightsStore(file);
    const first = store.recordUnmatched('first question about parking');
    const later = Array.from({ length: 20 }, (_, index) => store.recordUnmatched(`later question ${index}`));
    await first;
    expect(onDisk(file).unmatched['first question about parking']?.count).toBe(1);
    await later[19];
    expect(onDisk(file).unmatched['later question 19']?.count).toBe(1);
    await Promise.all(later);
  });
});
