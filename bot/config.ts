import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The environment the bot reads; the single source for both validation and the Config type. */
export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int('PORT must be a whole number').min(1, 'PORT must be 1-65535').max(65535, 'PORT must be 1-65535').default(3978),
    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: z.string().default(''),
    STORAGE: z.enum(['memory', 'blob']).default('memory'),
    BLOB_CONNECTION_STRING: z.string().default(''),
    BLOB_CONTAINER: z.string().default(''),
    DIRECTLINE_SECRET: z.string().default(''),
    DIRECTLINE_DOMAIN: z
      .string()
      .url('DIRECTLINE_DOMAIN must be a URL')
      .transform((url) => url.replace(/\/+$/, ''))
      .default('https://directline.botframework.com/v3/directline'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    // Off by default: when on, unmatched questions are logged with personal data masked (to improve the knowledge base).
    LOG_UNMATCHED_TEXT: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
    // The Bot Framework's own setting; a mirror of its OpenID metadata (tests point it at a loopback server).
    BotOpenIdMetadata: z.string().url('BotOpenIdMetadata must be a URL').optional(),
    // A member typing normally sends a few messages a minute; a script or a stuck client sends many more.
    RATE_LIMIT_PER_CONVERSATION: z.coerce.number().int().min(1, 'RATE_LIMIT_PER_CONVERSATION must be at least 1').default(30),
    // Every request from a channel comes from the Bot Framework's few addresses: set this to the expected peak.
    RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1, 'RATE_LIMIT_PER_ADDRESS must be at least 1').default(3000),
    // In-memory state (STORAGE=memory): at most this many entries (two per member), each kept this long after last use.
    STATE_MAX_ENTRIES: z.coerce.number().int().min(100, 'STATE_MAX_ENTRIES must be at least 100').default(20000),
    STATE_TTL_MINUTES: z.coerce.number().int().min(1, 'STATE_TTL_MINUTES must be at least 1').default(60),
    /** Folder for insights.json (feedback ratings, masked unmatched questions). */
    INSIGHTS_DIR: z.string().default('.data'),
    // Changes wait in memory this long before insights.json is rewritten (and are written on shutdown): no turn waits for the disk.
    INSIGHTS_WRITE_SECONDS: z.coerce.number().positive('INSIGHTS_WRITE_SECONDS must be more than 0').default(1),
  })
  .superRefine((config, ctx) => {
    if (config.STORAGE === 'blob') {
      if (!config.BLOB_CONNECTION_STRING) ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'required when STORAGE=blob' });
      if (!config.BLOB_CONTAINER) ctx.addIssue({ code: 'custom', path: ['BLOB_CONTAINER'], message: 'required when STORAGE=blob' });
    }
    if (config.MicrosoftAppPassword && !config.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'required when MicrosoftAppPassword is set' });
    }
    if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required when MicrosoftAppType=SingleTenant' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; empty strings count as unset so that `PORT=` in .env means the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = ConfigSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = name && !/PASSWORD|SECRET|CONNECTION/i.test(name) ? ` (got "${String(env[name])}")` : '';
        return `${name}: ${issue.message}${value}`;
      }),
    );
  }
  return result.data;
}

/** Credentials set: the Bot Framework authenticates every request and development routes are off. */
export function hasCredentials(config: Config): boolean {
  return config.MicrosoftAppId !== '';
}
