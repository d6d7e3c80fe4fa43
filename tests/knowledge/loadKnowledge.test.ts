import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_DATA_DIR, KnowledgeFileError, loadKnowledge } from '../../knowledge/loadKnowledge';
import { TOPIC_INTENTS } from '../../knowledge/intents';

function copyOfData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: any) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}

function loadError(dir: string): KnowledgeFileError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeFileError) return error;
    throw error;
  }
  throw new Error('expected the knowledge base to be refused');
}

describe('loadKnowledge', () => {
  it('loads every topic intent, the seven regions, tips and conversation intents', () => {
    const kb = loadKnowledge();
    expect([...kb.topics.keys()].sort()).toEqual([...TOPIC_INTENTS].sort());
    expect(kb.regions.size).toBe(7);
    expect(kb.tips.length).toBeGreaterThan(5);
    expect(kb.conversation.map((intent) => intent.id).sort()).toEqual(['goodbye', 'greeting', 'help', 'start-over', 'thanks']);
  });

  it('refuses a bad phone number with the file, the path inside it and the reason', () => {
    const dir = copyOfData();
    editJson(path.join(dir, 'regions.json'), (json) => {
      json.regions[2].phones[0] = '1-888-CALL-NOW';
    });
    const error = loadError(dir);
    expect(error.file).toBe(path.join(dir, 'regions.json'));
    expect(error.message).toContain('regions.2.phones.0: expected a phone number like 1-800-464-4000');
  });

  it('refuses a topic with an unknown related intent', () => {
    const dir = copyOfData();
    editJson(path.join(dir, 'topics.json'), (json) => {
      json.topics[4].related = ['parking'];
    });
    expect(loadError(dir).message).toMatch(/topics\.json[\s\S]*topics\.4\.related\.0: Invalid enum value/);
  });

  it('refuses a phone number typed into an answer', () => {
    const dir = copyOfData();
    editJson(path.join(dir, 'topics.json'), (json) => {
      json.topics[0].answer = 'Call us at 1-800-464-4000 for anything at all, day or night.';
    });
    expect(loadError(dir).message).toContain('topics.0.answer: phone numbers belong in regions.json only');
  });

  it('refuses a missing topic and invalid JSON', () => {
    const dir = copyOfData();
    editJson(path.join(dir, 'topics.json'), (json) => {
      json.topics = json.topics.filter((topic: { id: string }) => topic.id !== 'travel');
    });
    expect(loadError(dir).message).toContain('topics: missing topic "travel"');
    writeFileSync(path.join(dir, 'tips.json'), '{ "tips": [');
    expect(loadError(dir).message).toMatch(/tips\.json[\s\S]*not valid JSON/);
  });
});
