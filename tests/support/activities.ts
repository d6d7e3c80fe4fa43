import { randomUUID } from 'node:crypto';

export type Json = Record<string, unknown>;

export interface Reply {
  type: string;
  text?: string;
  replyToId?: string;
  conversation?: { id: string };
}

/** A Web Chat message with its replies returned in the response body (no connector needed). */
export function webChatActivity(conversationId: string, extra: Json = {}): Json {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: `member-${conversationId}`, name: 'Member' },
    recipient: { id: 'bot', name: 'Bot' },
    ...extra,
  };
}

export async function postActivity(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Posts an expectReplies activity and returns the status and the replies (none when the body is not JSON). */
export async function exchange(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; replies: Reply[]; body: string }> {
  const response = await postActivity(baseUrl, body, headers);
  const text = await response.text();
  let replies: Reply[] = [];
  try {
    replies = (JSON.parse(text) as { activities?: Reply[] }).activities ?? [];
  } catch {
    replies = [];
  }
  return { status: response.status, replies, body: text };
}

export function messageTexts(replies: Reply[]): string[] {
  return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
}
