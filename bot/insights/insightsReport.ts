import type { Insights } from './insightsStore';

export interface IntentHelpfulness {
  intent: string;
  up: number;
  down: number;
  /** Share of thumbs-up, 0-1. */
  helpful: number;
}

/** Intents by how helpful members found them, least helpful first (more ratings first on a tie). */
export function leastHelpful(insights: Insights, limit: number): IntentHelpfulness[] {
  return Object.entries(insights.ratings)
    .map(([intent, { up, down }]) => ({ intent, up, down, helpful: up + down === 0 ? 1 : up / (up + down) }))
    .filter((row) => row.up + row.down > 0)
    .sort((a, b) => a.helpful - b.helpful || b.down - a.down || a.intent.localeCompare(b.intent))
    .slice(0, limit);
}

export function mostCommonUnmatched(insights: Insights, limit: number): Array<{ question: string; count: number }> {
  return Object.entries(insights.unmatched)
    .map(([question, { count }]) => ({ question, count }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question))
    .slice(0, limit);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The two tables `npm run insights` prints. */
export function formatInsightsReport(insights: Insights, limit = 10): string {
  const helpful = leastHelpful(insights, limit);
  const unmatched = mostCommonUnmatched(insights, limit);
  return [
    'Least helpful intents (thumbs down share, highest first)',
    helpful.length === 0
      ? '(no ratings yet)'
      : table(
          ['intent', 'up', 'down', 'helpful'],
          helpful.map((row) => [row.intent, String(row.up), String(row.down), `${Math.round(row.helpful * 100)}%`]),
        ),
    '',
    'Most common unmatched questions (masked)',
    unmatched.length === 0 ? '(none yet)' : table(['count', 'question'], unmatched.map((row) => [String(row.count), row.question])),
  ].join('\n');
}
