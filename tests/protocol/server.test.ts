import { startBot, startConnectorRecorder, type RunningBot } from '../support/runningBot';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

function emulatorActivity(text: string, conversation: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `m-${Math.random()}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: conversation },
    from: { id: 'member-1', name: 'Member' },
    recipient: { id: 'bot', name: 'Bot' },
    text,
    ...extra,
  };
}

async function post(body: unknown): Promise<Response> {
  return fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('the server', () => {
  it('answers GET /healthz with 200', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('posts replies to the serviceUrl, with one recognizer trace first, as the Emulator expects', async () => {
    const connector = await startConnectorRecorder();
    try {
      const response = await post(emulatorActivity("I'm in Honolulu, what is the member services number?", 'conv-post', { serviceUrl: connector.url }));
      expect(response.status).toBe(200);
      const received = await connector.waitFor(2);
      expect(received.every((entry) => entry.path.startsWith('/v3/conversations/conv-post/activities'))).toBe(true);
      const traces = received.filter((entry) => entry.body.type === 'trace');
      expect(traces).toHaveLength(1);
      expect(traces[0].body).toMatchObject({
        name: 'MemberCareRecognizer',
        label: 'Member care recognizer',
        valueType: 'MemberCareRecognizerResult',
        value: { text: "I'm in Honolulu, what is the member services number?", intent: 'contact-member-services', region: 'hawaii', emergency: false },
      });
      const value = traces[0].body.value;
      expect(value.score).toBeGreaterThan(0);
      expect(value.score).toBeLessThanOrEqual(1);
      expect(value.intents.length).toBeLessThanOrEqual(3);
      expect(value.intents[0]).toEqual({ intent: 'contact-member-services', score: value.score });
      const message = received.find((entry) => entry.body.type === 'message');
      expect(message?.body.text).toContain('Hawaii Member Services: 808-432-5955 or 1-800-966-5955 (TTY 711)');
    } finally {
      await connector.close();
    }
  });

  it('returns the replies in the response body for deliveryMode expectReplies', async () => {
    const response = await post(emulatorActivity('washington', 'conv-expect', { deliveryMode: 'expectReplies' }));
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: { type: string; text?: string; value?: { region: string } }[] };
    expect(activities.filter((activity) => activity.type === 'trace')).toHaveLength(1);
    expect(activities.find((activity) => activity.type === 'trace')?.value?.region).toBe('ambiguous');
    expect(activities.find((activity) => activity.type === 'message')?.text).toContain('Which Washington do you mean?');
  });

  it('sends no trace on other channels', async () => {
    const response = await post({ ...emulatorActivity('how do I pay my bill', 'conv-webchat', { deliveryMode: 'expectReplies' }), channelId: 'webchat' });
    const { activities } = (await response.json()) as { activities: { type: string }[] };
    expect(activities.some((activity) => activity.type === 'trace')).toBe(false);
    expect(activities.some((activity) => activity.type === 'message')).toBe(true);
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
    expect(response.status).toBe(400);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
