import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Config } from './config';
import type { Logger } from './logging/logger';

/** Longest wait for a token's validation (the signing keys may have to be fetched). */
export const AUTH_TIMEOUT_MS = 10_000;

function optionsFor(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const credentials = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  if (!config.BotOpenIdMetadata) return credentials;
  // botframework-connector takes one endpoint setting as "all are set": give the public cloud's, with the metadata mirrored.
  return {
    ...credentials,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: config.BotOpenIdMetadata,
    ToBotFromEmulatorOpenIdMetadataUrl: config.BotOpenIdMetadata,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Bot Framework authentication that fails closed: botbuilder answers 500 when a token's signature is
 * wrong (jsonwebtoken's error is not an AuthenticationError) or when the signing keys cannot be
 * fetched, and waits as long as the network does. Here every failure, and a validation slower than
 * the timeout, is a 401 with a message that tells an attacker nothing; the reason is logged.
 */
class FailClosedAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.failClosed(() => this.inner.authenticateRequest(activity, authHeader));
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.failClosed(() => this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.failClosed(() => this.inner.authenticateChannelRequest(authHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  private async failClosed<T>(validate: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`token validation took longer than ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      return await Promise.race([validate(), timeout]);
    } catch (error) {
      const reason = error instanceof Error ? { type: error.name, message: error.message } : { type: typeof error };
      this.logger.warn({ reason }, 'request rejected: no valid Bot Framework token');
      throw new AuthenticationError('Unauthorized: no valid Bot Framework token.', StatusCodes.UNAUTHORIZED);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Off when no app id is set (the Emulator, local use); otherwise every request needs a Bot Framework token. */
export function createBotAuthentication(config: Config, logger: Logger, timeoutMs = AUTH_TIMEOUT_MS): BotFrameworkAuthentication {
  return new FailClosedAuthentication(new ConfigurationBotFrameworkAuthentication(optionsFor(config)), logger, timeoutMs);
}
