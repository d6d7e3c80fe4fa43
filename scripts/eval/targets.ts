import { share, type Ratio } from './metrics';
import { fraction } from './tables';

export interface Measured {
  measure: string;
  value: Ratio | number;
  /** How to read `value` against `target`. */
  goal: 'at-least' | 'at-most';
  target: number;
  unit: 'share' | 'ms';
}

export const passes = (m: Measured): boolean => {
  const value = typeof m.value === 'number' ? m.value : share(m.value);
  return m.goal === 'at-least' ? value >= m.target : value <= m.target;
};

export function targetRow(m: Measured): string[] {
  const shown = typeof m.value === 'number' ? `${m.value.toFixed(3)} ms` : fraction(m.value);
  const target = m.unit === 'ms' ? `${m.target} ms` : `${(m.target * 100).toFixed(0)}%`;
  return [m.measure, shown, `${m.goal === 'at-least' ? '≥' : '≤'} ${target}`, passes(m) ? 'pass' : 'MISSED'];
}
