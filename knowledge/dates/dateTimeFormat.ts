import { LRUCache } from 'lru-cache';

/**
 * Intl.DateTimeFormat, built once per locale and options and then reused: building one takes tens
 * of microseconds, and the bot needs the same few (one per time zone and style) on most turns.
 * Bounded, since a member's device names the time zone (in any letter case).
 */
const formats = new LRUCache<string, Intl.DateTimeFormat>({ max: 500 });

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
