import type { Next, Request, RequestHandler, Response } from 'restify';
import { checkEnvelope } from './incomingActivity';
import type { InFlightTurns } from './inFlightTurns';
import type { Logger } from './logging/logger';
import type { Admission, RateLimiter } from './rateLimit';

/**
 * Whose allowance a (validated) request uses: messages count, typing and other events do not. In a group
 * chat or a Teams channel each member has their own, so that a busy team does not use up one another's.
 */
export function rateLimitedConversation(body: unknown): string | undefined {
  const activity = body as { type: string; channelId: string; conversation: { id: string; isGroup?: unknown }; from: { id: string } };
  if (activity.type !== 'message') return undefined;
  const conversation = `${activity.channelId}:${activity.conversation.id}`;
  return activity.conversation.isGroup === true ? `${conversation}:${activity.from.id}` : conversation;
}

function refuse(res: Response, next: Next, status: number, code: string, message: string): void {
  res.send(status, { code, message });
  next(false);
}

function refuseTooMany(res: Response, next: Next, admission: Admission & { admitted: false }, message: string): void {
  res.header('Retry-After', String(admission.retryAfterSeconds));
  refuse(res, next, 429, 'TooManyRequests', message);
}

/** Paths never limited: a load balancer's health probe must not be turned away. */
const UNLIMITED_PATHS = new Set(['/healthz']);

/**
 * Every request from one address counts (the messaging endpoint, the Web Chat token endpoint, the page),
 * checked before the body is read.
 */
export function limitByAddress(rateLimiter: RateLimiter, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    if (UNLIMITED_PATHS.has(req.path())) return next();
    void rateLimiter.admitAddress(req.socket.remoteAddress ?? 'unknown').then((admission) => {
      if (admission.admitted) return next();
      logger.warn({ limit: 'address', retryAfterSeconds: admission.retryAfterSeconds }, 'rate limited');
      refuseTooMany(res, next, admission, 'Too many requests from this address. Please wait and try again.');
    }, next);
  };
}

/**
 * The checks in front of POST /api/messages, cheapest first: shutting down, a body that is not an
 * activity, too many messages in one conversation.
 */
export function messageGuards(rateLimiter: RateLimiter, turns: InFlightTurns, logger: Logger): RequestHandler[] {
  const refuseWhileDraining = (_req: Request, res: Response, next: Next) => {
    if (turns.accepting) return next();
    res.header('Connection', 'close');
    refuse(res, next, 503, 'ServiceUnavailable', 'The bot is restarting; please send the message again.');
  };

  const requireActivity = (req: Request, res: Response, next: Next) => {
    const check = checkEnvelope(req.body);
    if (check.ok) return next();
    refuse(res, next, 400, 'BadRequest', `Not a Bot Framework activity: ${check.problem}.`);
  };

  // Typing indicators and other events arrive often while a member types; the address limit covers them.
  const limitByConversation = (req: Request, res: Response, next: Next) => {
    const key = rateLimitedConversation(req.body);
    if (key === undefined) return next();
    void rateLimiter.admitConversation(key).then((admission) => {
      if (admission.admitted) return next();
      logger.warn({ limit: 'conversation', retryAfterSeconds: admission.retryAfterSeconds }, 'rate limited');
      refuseTooMany(res, next, admission, 'Too many messages in this conversation. Please wait a moment and try again.');
    }, next);
  };

  return [refuseWhileDraining, requireActivity, limitByConversation];
}
