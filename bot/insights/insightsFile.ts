import path from 'node:path';
import { projectRoot } from '../../knowledge/projectRoot';
import type { Config } from '../config';

export const INSIGHTS_FILE_NAME = 'insights.json';

/** INSIGHTS_DIR (relative to the project folder unless absolute) joined with insights.json. */
export function insightsFile(config: Pick<Config, 'INSIGHTS_DIR'>): string {
  return path.resolve(projectRoot(), config.INSIGHTS_DIR, INSIGHTS_FILE_NAME);
}
