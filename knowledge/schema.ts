import { z } from 'zod';
import { ConversationIntentSchema, RegionIdSchema, TopicIntentSchema } from './intents';

/** A US phone number as the source prints it, e.g. 1-800-464-4000 or 303-338-3800. */
const PhoneSchema = z.string().regex(/^(1-)?\d{3}-\d{3}-\d{4}$/, 'expected a phone number like 1-800-464-4000');

export const RegionSchema = z
  .object({
    id: RegionIdSchema,
    name: z.string().min(1),
    /** How the source labels the line, e.g. "Mid-Atlantic States (MD/VA/DC)". */
    sourceLabel: z.string().min(1),
    phones: z.array(PhoneSchema).min(1),
    tty: z.literal('711'),
    /** IANA time zone of the region's members, for "best time to call". */
    timeZone: z.string().min(1),
    /** Two-letter postal codes of the states (and DC) the region covers. */
    states: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
    /** Full state names that identify this region on their own. */
    stateNames: z.array(z.string().min(2)),
    /** Region names and nicknames members use ("SoCal", "Mid-Atlantic"). */
    aliases: z.array(z.string().min(2)),
    cities: z.array(z.string().min(2)).min(3),
    /** Three-digit ZIP prefixes. */
    zipPrefixes: z.array(z.string().regex(/^\d{3}$/)).min(1),
    /** Any notes the source gives for this line (e.g. hours). */
    notes: z.string().optional(),
  })
  .strict();

export const HandoffSchema = z.enum(['none', 'member-services', 'nurse-advice', '911']);

export const TopicSchema = z
  .object({
    id: TopicIntentSchema,
    title: z.string().min(3).max(40),
    /** Section heading(s) of knowledge-source.txt this answer is written from. */
    source: z.string().min(3),
    /** The answer first: one or two short sentences a member reads on a phone. */
    answer: z.string().min(20).max(600),
    /** At most a few concrete steps. */
    steps: z.array(z.string().min(5)).max(5).default([]),
    handoff: HandoffSchema,
    related: z.array(TopicIntentSchema).max(4).default([]),
    /** Example member utterances the recognizer matches against. */
    examples: z.array(z.string().min(2)).min(15),
    /** Words and phrases that point strongly at this topic (synonyms, jargon). */
    keywords: z.array(z.string().min(2)).default([]),
  })
  .strict();

export const TipSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(10),
    topics: z.array(TopicIntentSchema).min(1),
  })
  .strict();

export const ConversationIntentDataSchema = z
  .object({
    id: ConversationIntentSchema,
    examples: z.array(z.string().min(1)).min(10),
  })
  .strict();

export const RegionsFileSchema = z.object({ regions: z.array(RegionSchema).length(7) }).strict();
export const TopicsFileSchema = z.object({ topics: z.array(TopicSchema).min(1) }).strict();
export const TipsFileSchema = z.object({ tips: z.array(TipSchema).min(1) }).strict();
export const ConversationFileSchema = z.object({ intents: z.array(ConversationIntentDataSchema) }).strict();

export type Region = z.infer<typeof RegionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Tip = z.infer<typeof TipSchema>;
export type Handoff = z.infer<typeof HandoffSchema>;
export type ConversationIntentData = z.infer<typeof ConversationIntentDataSchema>;
