import { z } from 'zod';

const Account = z.object({ id: z.string({ required_error: 'is required', invalid_type_error: 'must be a string' }).min(1, 'is required') }, { required_error: 'is required', invalid_type_error: 'must be an object' });

/**
 * The envelope every activity must have before the adapter sees it. Without it botbuilder throws
 * (500) or cannot key state; the content (text, attachments, value) stays free-form for the bot.
 */
export const IncomingActivitySchema = z
  .object({
    type: z.string({ required_error: 'is required', invalid_type_error: 'must be a string' }).min(1, 'is required'),
    channelId: z.string({ required_error: 'is required', invalid_type_error: 'must be a string' }).min(1, 'is required'),
    serviceUrl: z.string({ required_error: 'is required', invalid_type_error: 'must be a string' }).url('must be a URL'),
    conversation: Account,
    from: Account,
    text: z.string({ invalid_type_error: 'must be a string' }).optional(),
  })
  .passthrough();

export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

export type EnvelopeCheck = { ok: true; activity: IncomingActivity } | { ok: false; problem: string };

/** Says what is wrong with a request body, in words a developer can act on ("activity.from.id is required"). */
export function checkEnvelope(body: unknown): EnvelopeCheck {
  const result = IncomingActivitySchema.safeParse(body);
  if (result.success) return { ok: true, activity: result.data };
  const issue = result.error.issues[0];
  if (issue.path.length === 0) return { ok: false, problem: 'the request body must be an activity (a JSON object)' };
  const path = ['activity', ...issue.path].join('.');
  return { ok: false, problem: `${path} ${issue.message}` };
}
