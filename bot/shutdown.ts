import type { Server } from 'restify';
import type { InFlightTurns } from './inFlightTurns';
import type { Logger } from './logging/logger';

/** Longest wait for the turns in flight; a platform's SIGKILL usually follows SIGTERM after 30 s. */
export const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Stops listening, refuses new turns, and waits for the turns in flight to finish (their replies are
 * sent within the turn), then closes the connections that are left.
 */
export async function closeGracefully(server: Server, turns: InFlightTurns, logger: Logger, timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
  const inFlight = turns.size;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const drained = await turns.drain(timeoutMs);
  logger.info({ inFlight, drained }, drained ? 'turns in flight finished' : 'gave up waiting for turns in flight');
  server.server.closeAllConnections();
  await closed;
}
