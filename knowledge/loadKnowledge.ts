import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './projectRoot';
import { TOPIC_INTENTS, type RegionId, type TopicIntent } from './intents';
import {
  ConversationFileSchema,
  RegionsFileSchema,
  TipsFileSchema,
  TopicsFileSchema,
  type ConversationIntentData,
  type Region,
  type Tip,
  type Topic,
} from './schema';

export interface KnowledgeBase {
  regions: ReadonlyMap<RegionId, Region>;
  topics: ReadonlyMap<TopicIntent, Topic>;
  tips: readonly Tip[];
  conversation: readonly ConversationIntentData[];
}

/** Raised for a data file that does not match its schema: names the file, the path inside it and the reason. */
export class KnowledgeFileError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`Invalid knowledge file ${file}:\n  ${issues.join('\n  ')}`);
    this.name = 'KnowledgeFileError';
  }
}

export const DEFAULT_DATA_DIR = path.join(projectRoot(), 'knowledge', 'data');

function formatIssue(issue: z.ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return `${where}: ${issue.message}`;
}

export function parseKnowledgeFile<T>(file: string, text: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeFileError(file, [`(root): not valid JSON (${(error as Error).message})`]);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new KnowledgeFileError(file, result.error.issues.map(formatIssue));
  return result.data;
}

function readKnowledgeFile<T>(dir: string, name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const file = path.join(dir, name);
  return parseKnowledgeFile(file, readFileSync(file, 'utf8'), schema);
}

/** Checks that cut across records: every topic present once, no dangling references. */
function checkConsistency(file: string, topics: readonly Topic[]): void {
  const issues: string[] = [];
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    if (seen.has(topic.id)) issues.push(`topics.${index}.id: duplicate topic "${topic.id}"`);
    seen.add(topic.id);
    if (topic.related.includes(topic.id)) issues.push(`topics.${index}.related: a topic cannot relate to itself`);
    if (/\d{3}-\d{4}/.test(topic.answer + topic.steps.join(' '))) {
      issues.push(`topics.${index}.answer: phone numbers belong in regions.json only`);
    }
  });
  for (const id of TOPIC_INTENTS) if (!seen.has(id)) issues.push(`topics: missing topic "${id}"`);
  if (issues.length > 0) throw new KnowledgeFileError(file, issues);
}

export function loadKnowledge(dir: string = DEFAULT_DATA_DIR): KnowledgeBase {
  const { regions } = readKnowledgeFile(dir, 'regions.json', RegionsFileSchema);
  const { topics } = readKnowledgeFile(dir, 'topics.json', TopicsFileSchema);
  const { tips } = readKnowledgeFile(dir, 'tips.json', TipsFileSchema);
  const { intents } = readKnowledgeFile(dir, 'conversation.json', ConversationFileSchema);
  checkConsistency(path.join(dir, 'topics.json'), topics);
  return {
    regions: new Map(regions.map((region) => [region.id, region])),
    topics: new Map(topics.map((topic) => [topic.id, topic])),
    tips,
    conversation: intents,
  };
}
