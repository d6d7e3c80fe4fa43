import { share, type Ratio } from './metrics';

export const percent = (value: Ratio | number): string =>
  `${(100 * (typeof value === 'number' ? value : share(value))).toFixed(1)}%`;

export const fraction = (value: Ratio): string => `${percent(value)} (${value.hits}/${value.total})`;

/** A Markdown table with padded columns: readable in a terminal and pasteable into the README. */
export function formatTable(title: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    `\n### ${title}\n`,
    line(headers),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
