/**
 * How the bot is launched everywhere it runs: `npm start`, the Dockerfile, App Service's start
 * command and `npm run bench` (a test checks that they agree).
 *
 * V8 lets the young generation grow to 32 MB under a steady stream of turns; 16 MB holds a
 * turn's short-lived objects as well (the bench measured no more collection time) and leaves
 * about 15 MB less resident. V8 reads this size only when the process starts, so it cannot be
 * set from code as heapTuning.ts does for old space.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
export const ENTRY_POINT = 'dist/bot/index.js';
export const LAUNCH_COMMAND: readonly string[] = ['node', ...NODE_FLAGS, ENTRY_POINT];
