import { z } from 'zod';

/** Topic intents: answered from the knowledge base. Ids are a contract (see intents.md). */
export const TOPIC_INTENTS = [
  'emergency',
  'nurse-advice',
  'contact-member-services',
  'service-area',
  'billing',
  'claims',
  'benefits',
  'id-card',
  'appointments',
  'pharmacy',
  'prior-authorization',
  'medication-denied',
  'pcp-change',
  'grievance',
  'appeal',
  'external-review',
  'medicare-appeal',
  'travel',
  'interpreter',
  'tty-relay',
  'accommodations',
  'proxy-access',
  'accessibility-feedback',
  'digital-account',
  'call-prep',
  'escalation',
  'best-time-to-call',
  'headquarters',
  'about-kp',
] as const;

/** Conversation intents: small talk and navigation, handled by the dialogs. */
export const CONVERSATION_INTENTS = ['greeting', 'help', 'thanks', 'goodbye', 'start-over'] as const;

export const TopicIntentSchema = z.enum(TOPIC_INTENTS);
export const ConversationIntentSchema = z.enum(CONVERSATION_INTENTS);
export const IntentSchema = z.enum([...TOPIC_INTENTS, ...CONVERSATION_INTENTS, 'none']);

export type TopicIntent = z.infer<typeof TopicIntentSchema>;
export type ConversationIntent = z.infer<typeof ConversationIntentSchema>;
export type Intent = z.infer<typeof IntentSchema>;

export const REGION_IDS = [
  'california',
  'colorado',
  'georgia',
  'hawaii',
  'mid-atlantic',
  'northwest',
  'washington',
] as const;
export const RegionIdSchema = z.enum(REGION_IDS);
export type RegionId = z.infer<typeof RegionIdSchema>;

export function isTopicIntent(intent: string): intent is TopicIntent {
  return (TOPIC_INTENTS as readonly string[]).includes(intent);
}
