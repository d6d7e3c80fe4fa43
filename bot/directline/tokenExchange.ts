import { ConversationTokenSchema, type ConversationToken } from './schema';

const EXCHANGE_TIMEOUT_MS = 10_000;

export class TokenExchangeError extends Error {
  constructor(reason: string) {
    super(`Direct Line token exchange failed: ${reason}`);
    this.name = 'TokenExchangeError';
  }
}

/**
 * Trades the Direct Line secret for a token bound to one conversation and one user, server-side,
 * so that the secret never reaches a browser. The token lets a page talk to the bot for 30 minutes
 * (Web Chat refreshes it) and nothing else.
 */
export async function exchangeSecretForToken(domain: string, secret: string, userId: string): Promise<ConversationToken> {
  let response: Response;
  try {
    response = await fetch(`${domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(EXCHANGE_TIMEOUT_MS),
    });
  } catch (error) {
    throw new TokenExchangeError((error as Error).name === 'TimeoutError' ? 'no answer in time' : 'service unreachable');
  }
  if (!response.ok) {
    await response.arrayBuffer();
    throw new TokenExchangeError(`the service answered ${response.status}`);
  }
  const parsed = ConversationTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new TokenExchangeError('the answer was not a Direct Line token');
  return parsed.data;
}
