import { randomBytes } from 'node:crypto';
import type { ConversationToken } from './schema';

/** Direct Line tokens last 30 minutes; Web Chat refreshes them every 15. */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;
/** Bounds that keep a long-running development server's memory flat. */
export const MAX_CONVERSATIONS = 1000;
export const MAX_ACTIVITIES = 2000;
/** Web Chat gets at most this many activities per poll; the watermark pages through the rest. */
export const PAGE_SIZE = 50;

export type StoredActivity = Record<string, unknown> & { id: string };

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  started: boolean;
  readonly activities: StoredActivity[];
  readonly tokens: Set<string>;
}

export interface ActivityPage {
  activities: StoredActivity[];
  watermark: string;
}

export class ConversationFullError extends Error {
  constructor() {
    super(`This conversation has reached ${MAX_ACTIVITIES} activities. Start a new one.`);
    this.name = 'ConversationFullError';
  }
}

/** 192 bits or more from the OS generator, URL-safe: neither ids nor tokens can be guessed. */
function unguessable(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * The local Direct Line's memory: conversations, their transcripts and the tokens that open them.
 * A token opens exactly one conversation; the least recently used conversation goes first when full.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new conversation for one user, with its first token. */
  create(userId: string = `dl_${unguessable(12)}`): ConversationToken & { userId: string } {
    if (this.conversations.size >= MAX_CONVERSATIONS) this.evict(this.conversations.keys().next().value as string);
    const conversation: Conversation = { id: unguessable(24), userId, started: false, activities: [], tokens: new Set() };
    this.conversations.set(conversation.id, conversation);
    return { ...this.issueToken(conversation), userId };
  }

  /** The conversation a live token opens, or undefined for an unknown or expired token. */
  conversationFor(token: string): Conversation | undefined {
    const grant = this.tokens.get(token);
    if (!grant) return undefined;
    if (grant.expiresAt <= this.now()) {
      this.tokens.delete(token);
      return undefined;
    }
    const conversation = this.conversations.get(grant.conversationId);
    if (conversation) this.touch(conversation);
    return conversation;
  }

  /** The conversation by id, for the bot's replies (the connector routes carry no user token). */
  get(conversationId: string): Conversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** A fresh token for the same conversation; the old one stays valid until it expires. */
  refresh(conversation: Conversation): ConversationToken {
    return this.issueToken(conversation);
  }

  /** Appends an activity with the next id and returns it as stored. */
  append(conversation: Conversation, activity: Record<string, unknown>): StoredActivity {
    if (conversation.activities.length >= MAX_ACTIVITIES) throw new ConversationFullError();
    const sequence = String(conversation.activities.length).padStart(7, '0');
    const stored: StoredActivity = {
      ...activity,
      id: `${conversation.id}|${sequence}`,
      timestamp: new Date(this.now()).toISOString(),
      conversation: { id: conversation.id },
    };
    conversation.activities.push(stored);
    return stored;
  }

  /** The activities after a watermark, at most one page of them, and the watermark to ask with next. */
  page(conversation: Conversation, watermark: number): ActivityPage {
    const start = Math.min(watermark, conversation.activities.length);
    const activities = conversation.activities.slice(start, start + PAGE_SIZE);
    return { activities, watermark: String(start + activities.length) };
  }

  private issueToken(conversation: Conversation): ConversationToken {
    const token = unguessable(32);
    this.tokens.set(token, { conversationId: conversation.id, expiresAt: this.now() + TOKEN_LIFETIME_SECONDS * 1000 });
    conversation.tokens.add(token);
    return { conversationId: conversation.id, token, expires_in: TOKEN_LIFETIME_SECONDS };
  }

  /** Map order is insertion order: re-inserting keeps the least recently used first. */
  private touch(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private evict(conversationId: string): void {
    const conversation = this.conversations.get(conversationId);
    conversation?.tokens.forEach((token) => this.tokens.delete(token));
    this.conversations.delete(conversationId);
  }
}
