import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logging/logger';
import { ConversationFullError, TOKEN_LIFETIME_SECONDS, type Conversation, type ConversationStore } from './conversationStore';
import { DeliveryError, deliverToBot } from './deliverToBot';
import { ClientActivitySchema, GenerateTokenBodySchema, WatermarkSchema } from './schema';

export const DIRECTLINE_PATH = '/v3/directline';
export const CHANNEL_ID = 'directline';
export const BOT_ACCOUNT = { id: 'member-care-bot', name: 'Member Care assistant', role: 'bot' } as const;

export interface LocalDirectLineOptions {
  store: ConversationStore;
  /** This server's own base URL: the bot's endpoint and the serviceUrl its replies go to. */
  selfUrl: () => string;
  logger: Logger;
}

/** Direct Line's error body: `{ error: { code, message } }`. */
function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

/** The conversation the request's token opens; a token never opens a conversation other than its own. */
function authorize(store: ConversationStore, req: Request, res: Response, conversationId?: string): Conversation | undefined {
  const token = bearerToken(req);
  const conversation = token ? store.conversationFor(token) : undefined;
  if (!conversation || (conversationId !== undefined && conversation.id !== conversationId)) {
    sendError(res, 403, 'TokenExpired', 'The token is missing, expired, or not valid for this conversation.');
    return undefined;
  }
  return conversation;
}

/** An activity as the Direct Line service delivers it to the bot: the reply address is this server. */
function toBot(selfUrl: string, conversation: Conversation, activity: Record<string, unknown>): Record<string, unknown> {
  return { ...activity, channelId: CHANNEL_ID, serviceUrl: selfUrl, conversation: { id: conversation.id }, recipient: BOT_ACCOUNT };
}

function conversationAnswer(req: Request, conversation: Conversation) {
  return { conversationId: conversation.id, token: bearerToken(req), expires_in: TOKEN_LIFETIME_SECONDS };
}

// The real service wants the secret here; locally there is none, as for the Emulator.
function generateToken(store: ConversationStore, req: Request, res: Response): void {
  const body = GenerateTokenBodySchema.safeParse(req.body ?? undefined);
  if (!body.success) return sendError(res, 400, 'BadArgument', body.error.issues[0]?.message ?? 'bad request');
  const { conversationId, token, expires_in } = store.create(body.data.userId);
  res.send(200, { conversationId, token, expires_in });
}

function startConversation({ store, selfUrl, logger }: LocalDirectLineOptions, req: Request, res: Response): void {
  const conversation = authorize(store, req, res);
  if (!conversation) return;
  const firstStart = !conversation.started;
  conversation.started = true;
  res.send(firstStart ? 201 : 200, conversationAnswer(req, conversation));
  if (!firstStart) return;
  // As the Direct Line service does: the bot learns the member joined and sends its welcome.
  const update = toBot(selfUrl(), conversation, {
    type: 'conversationUpdate',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    from: { id: conversation.userId, role: 'user' },
    membersAdded: [BOT_ACCOUNT, { id: conversation.userId }],
  });
  deliverToBot(`${selfUrl()}/api/messages`, update).catch((error: Error) =>
    logger.warn({ err: { message: error.message } }, 'local Direct Line: conversation start not delivered'),
  );
}

async function postActivity({ store, selfUrl, logger }: LocalDirectLineOptions, req: Request, res: Response): Promise<void> {
  const conversation = authorize(store, req, res, req.params.conversationId);
  if (!conversation) return;
  const parsed = ClientActivitySchema.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return sendError(res, 400, 'BadArgument', `${issue?.path.join('.') || 'activity'}: ${issue?.message}`);
  }
  const { from, ...activity } = parsed.data;
  try {
    // The user id comes from the token, never from the client: nobody can speak as someone else.
    const stored = store.append(conversation, { ...activity, from: { id: conversation.userId, name: from?.name, role: 'user' } });
    await deliverToBot(`${selfUrl()}/api/messages`, toBot(selfUrl(), conversation, stored));
    res.send(200, { id: stored.id });
  } catch (error) {
    if (error instanceof ConversationFullError) return sendError(res, 429, 'TooManyRequests', error.message);
    if (!(error instanceof DeliveryError)) throw error;
    if (error.status === 429) return sendError(res, 429, 'TooManyRequests', 'Too many messages. Please wait a moment and try again.');
    logger.warn({ err: { message: error.message } }, 'local Direct Line: activity not delivered to the bot');
    sendError(res, 502, 'BotError', 'The bot could not be reached. Please try again.');
  }
}

function getActivities(store: ConversationStore, req: Request, res: Response): void {
  const conversation = authorize(store, req, res, req.params.conversationId);
  if (!conversation) return;
  const watermark = WatermarkSchema.safeParse(new URLSearchParams(req.getQuery()).get('watermark') ?? undefined);
  if (!watermark.success) return sendError(res, 400, 'BadArgument', watermark.error.issues[0]?.message ?? 'bad watermark');
  res.send(200, store.page(conversation, watermark.data));
}

/**
 * The Direct Line 3.0 client API (the part Web Chat uses with polling) for local development:
 * tokens, starting a conversation, posting an activity, and reading activities by watermark.
 */
export function mountDirectLineRoutes(server: Server, options: LocalDirectLineOptions): void {
  const { store } = options;
  const conversationPath = `${DIRECTLINE_PATH}/conversations/:conversationId`;
  server.post(`${DIRECTLINE_PATH}/tokens/generate`, async (req, res) => generateToken(store, req, res));
  server.post(`${DIRECTLINE_PATH}/tokens/refresh`, async (req, res) => {
    const conversation = authorize(store, req, res);
    if (conversation) res.send(200, store.refresh(conversation));
  });
  server.post(`${DIRECTLINE_PATH}/conversations`, async (req, res) => startConversation(options, req, res));
  server.get(conversationPath, async (req, res) => {
    const conversation = authorize(store, req, res, req.params.conversationId);
    if (conversation) res.send(200, conversationAnswer(req, conversation));
  });
  server.post(`${conversationPath}/activities`, async (req, res) => postActivity(options, req, res));
  server.get(`${conversationPath}/activities`, async (req, res) => getActivities(store, req, res));
}
