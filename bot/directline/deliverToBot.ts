/** The bot takes a while on the first turn (knowledge warm-up); Direct Line itself waits 15 seconds. */
const DELIVERY_TIMEOUT_MS = 15_000;

export class DeliveryError extends Error {
  constructor(readonly status: number | undefined) {
    super(status ? `the bot answered ${status}` : 'the bot did not answer');
    this.name = 'DeliveryError';
  }
}

/** Posts an activity to the bot's messaging endpoint, as the Direct Line service does, and waits for the turn. */
export async function deliverToBot(botEndpoint: string, activity: Record<string, unknown>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(botEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
  } catch {
    throw new DeliveryError(undefined);
  }
  await response.arrayBuffer();
  if (!response.ok) throw new DeliveryError(response.status);
}
