import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Script } from './conversations';

export interface LoadOptions {
  url: string;
  /** Conversations in flight at once; each sends its next message only after the last reply. */
  concurrency: number;
  scripts: readonly Script[];
  /** Unique per run, so conversations never continue an earlier run's state. */
  runId: string;
  /** Stops after this many conversations... */
  conversations?: number;
  /** ...or this long, whichever comes first. */
  durationMs?: number;
}

export interface LoadResult {
  turns: number;
  conversations: number;
  failures: number;
  firstFailure?: string;
  seconds: number;
  latenciesMs: number[];
}

interface Reply {
  status: number;
  body: string;
}

function post(agent: http.Agent, url: URL, payload: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** A Web Chat message asking for the replies in the response body, as Direct Line ASE and tests do. */
function messageActivity(runId: string, conversation: number, turn: number, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: `${runId}-${conversation}-${turn}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: `${runId}-conversation-${conversation}` },
    from: { id: `${runId}-member-${conversation}`, name: 'Member' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'en-US',
    text,
  });
}

/** Why a reply is not an answer, or undefined when it is: 200 with at least one message activity. */
function problemWith(reply: Reply): string | undefined {
  if (reply.status !== 200) return `HTTP ${reply.status}: ${reply.body.slice(0, 200)}`;
  const activities = (JSON.parse(reply.body) as { activities?: { type?: string }[] }).activities ?? [];
  return activities.some((activity) => activity.type === 'message') ? undefined : 'no message in the reply';
}

/** Fixed-concurrency conversations over loopback with keep-alive connections; stops by itself. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const maxConversations = options.conversations ?? Infinity;
  const deadline = performance.now() + (options.durationMs ?? Infinity);
  if (maxConversations === Infinity && options.durationMs === undefined) throw new Error('runLoad needs conversations or durationMs');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL('/api/messages', options.url);
  const result: LoadResult = { turns: 0, conversations: 0, failures: 0, seconds: 0, latenciesMs: [] };
  let started = 0;

  const converse = async (conversation: number): Promise<void> => {
    const script = options.scripts[conversation % options.scripts.length];
    for (let turn = 0; turn < script.length && performance.now() < deadline; turn++) {
      const sent = performance.now();
      const problem = await post(agent, url, messageActivity(options.runId, conversation, turn, script[turn])).then(problemWith, (error: Error) => error.message);
      result.latenciesMs.push(performance.now() - sent);
      result.turns += 1;
      if (problem) {
        result.failures += 1;
        result.firstFailure ??= problem;
      }
    }
    result.conversations += 1;
  };
  const worker = async (): Promise<void> => {
    while (started < maxConversations && performance.now() < deadline) await converse(started++);
  };

  const begin = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.seconds = (performance.now() - begin) / 1000;
  agent.destroy();
  return result;
}
