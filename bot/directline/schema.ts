import { z } from 'zod';

/** A user id the member's browser may not choose: Direct Line binds it to the token. */
export const UserIdSchema = z.string().trim().min(1).max(64).regex(/^[\w.:@-]+$/, 'letters, digits and . _ : @ - only');

/** Body of `POST /tokens/generate`: optionally the user the token is for, as on the real Direct Line. */
export const GenerateTokenBodySchema = z
  .object({ user: z.object({ id: UserIdSchema.optional() }).optional() })
  .optional()
  .transform((body) => ({ userId: body?.user?.id }));

/** What a client (Web Chat) may post; unknown fields are dropped, identity fields are set by the server. */
export const ClientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(10_000).optional(),
  textFormat: z.string().max(20).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  attachments: z.array(z.record(z.unknown())).max(10).optional(),
  entities: z.array(z.record(z.unknown())).max(20).optional(),
  // Web Chat matches the echo of a sent message by channelData.clientActivityID.
  channelData: z.record(z.unknown()).optional(),
  from: z.object({ name: z.string().max(100).optional() }).passthrough().optional(),
});
export type ClientActivity = z.infer<typeof ClientActivitySchema>;

/** What the bot posts to the connector routes: any Bot Framework activity with a type. */
export const BotActivitySchema = z.object({ type: z.string().min(1) }).passthrough();
export type BotActivity = z.infer<typeof BotActivitySchema>;

/** A Direct Line watermark: the count of activities the client has already seen. */
export const WatermarkSchema = z
  .union([z.literal(''), z.string().regex(/^\d{1,9}$/, 'watermark must be a whole number')])
  .optional()
  .transform((value) => (value ? Number(value) : 0));

/** The real Direct Line's answer to `POST /tokens/generate`, and the local one's. */
export const ConversationTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export type ConversationToken = z.infer<typeof ConversationTokenSchema>;
