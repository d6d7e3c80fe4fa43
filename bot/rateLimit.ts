import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from './config';

export interface RateLimits {
  /** Messages a minute in one conversation. */
  perConversation: number;
  /** Requests a minute from one client address. */
  perAddress: number;
}

export function rateLimitsOf(config: Config): RateLimits {
  return { perConversation: config.RATE_LIMIT_PER_CONVERSATION, perAddress: config.RATE_LIMIT_PER_ADDRESS };
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export interface RateLimiter {
  admitAddress(address: string): Promise<Admission>;
  admitConversation(conversationKey: string): Promise<Admission>;
  /** Gives a conversation its point back (a request that failed authentication must not use up a member's allowance). */
  refundConversation(conversationKey: string): Promise<void>;
}

const WINDOW_SECONDS = 60;

async function admit(limiter: RateLimiterMemory, key: string): Promise<Admission> {
  try {
    await limiter.consume(key);
    return { admitted: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/** Fixed one-minute windows per key, in memory; a key's counter is dropped when its window ends. */
export function createRateLimiter(limits: RateLimits): RateLimiter {
  const byConversation = new RateLimiterMemory({ keyPrefix: 'conversation', points: limits.perConversation, duration: WINDOW_SECONDS });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress, duration: WINDOW_SECONDS });
  return {
    admitAddress: (address) => admit(byAddress, address),
    admitConversation: (conversationKey) => admit(byConversation, conversationKey),
    refundConversation: async (conversationKey) => {
      await byConversation.reward(conversationKey);
    },
  };
}
