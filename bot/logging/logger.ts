import pino, { type Logger } from 'pino';
import type { Config } from '../config';

export type { Logger };

/**
 * Structured JSON logs. Message text is never a field of its own; where text must be logged it
 * goes through maskPersonalData first. Secrets are redacted by path in case a config is logged.
 */
export function createLogger(level: Config['LOG_LEVEL'], destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'member-care-bot' },
      redact: { paths: ['*.MicrosoftAppPassword', '*.DIRECTLINE_SECRET', '*.BLOB_CONNECTION_STRING', 'req.headers.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}
