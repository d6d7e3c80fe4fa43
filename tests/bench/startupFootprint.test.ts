import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Package files a fresh process has loaded after requiring what bot/index.ts needs to serve. */
function filesLoadedToServe(env: Record<string, string> = {}): string[] {
  const script = `
    const { loadConfig } = require('./bot/config');
    const { createStorage } = require('./bot/storage');
    require('./bot/assembleBot'); require('./bot/adapter'); require('./bot/server');
    createStorage(loadConfig(), require('./bot/logging/logger').createLogger('silent'));
    console.log(JSON.stringify(Object.keys(require.cache)));`;
  const output = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    cwd: root,
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as string[];
}

// Start-up time and memory are measured by `npm run bench`; this keeps the two big savings from slipping back.
describe('what the bot loads to serve', () => {
  it("leaves out botbuilder-dialogs' index (every prompt, the date and choice recognizers)", () => {
    const files = filesLoadedToServe();
    expect(files.some((file) => file.includes(`${path.sep}botbuilder-dialogs${path.sep}lib${path.sep}componentDialog.js`))).toBe(true);
    expect(files.filter((file) => file.endsWith(path.join('botbuilder-dialogs', 'lib', 'index.js')))).toEqual([]);
  });

  it("leaves out botbuilder-dialogs' prompt base class, which loads the choice helpers and the number recognizer", () => {
    expect(filesLoadedToServe().filter((file) => file.includes(`${path.sep}@microsoft${path.sep}recognizers-text`))).toEqual([]);
  });

  it('loads the date reader (chrono-node) only for the first date question', () => {
    expect(filesLoadedToServe().some((file) => file.includes(`${path.sep}chrono-node${path.sep}`))).toBe(false);
  });

  it('loads the Azure Storage SDK only when state is kept in blobs', () => {
    const azure = (files: string[]) => files.some((file) => file.includes(`${path.sep}@azure${path.sep}storage-blob${path.sep}`));
    expect(azure(filesLoadedToServe({ STORAGE: 'memory' }))).toBe(false);
    expect(azure(filesLoadedToServe({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'state' }))).toBe(true);
  });
});
