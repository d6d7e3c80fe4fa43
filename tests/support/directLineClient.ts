import type { WebChatConnection } from '../../bot/directline/tokenRoute';

export interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: { title: string; value: string }[] };
}

export interface ActivityPage {
  activities: Activity[];
  watermark: string;
}

/** A member's browser, as Web Chat drives the local Direct Line: token, start, post, poll. */
export class DirectLineClient {
  watermark = '';
  readonly seen: Activity[] = [];

  private constructor(
    private readonly baseUrl: string,
    readonly connection: WebChatConnection,
  ) {}

  /** Gets a token from the page's token endpoint and starts the conversation. */
  static async connect(baseUrl: string): Promise<DirectLineClient> {
    const response = await fetch(`${baseUrl}/api/directline/token`, { method: 'POST' });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const client = new DirectLineClient(baseUrl, (await response.json()) as WebChatConnection);
    const started = await client.request('POST', '/conversations');
    if (started.status !== 201) throw new Error(`start answered ${started.status}`);
    return client;
  }

  get conversationUrl(): string {
    return `/conversations/${this.connection.conversationId}`;
  }

  /** A raw call to the Direct Line API, with this client's token unless another is given. */
  request(method: string, path: string, body?: unknown, token = this.connection.token): Promise<Response> {
    return fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async say(text: string): Promise<Response> {
    return this.request('POST', `${this.conversationUrl}/activities`, { type: 'message', text, from: { id: 'anyone' } });
  }

  async getPage(watermark: string): Promise<ActivityPage> {
    const response = await this.request('GET', `${this.conversationUrl}/activities?watermark=${watermark}`);
    if (response.status !== 200) throw new Error(`get activities answered ${response.status}`);
    return (await response.json()) as ActivityPage;
  }

  /** Polls from the last watermark, as Web Chat does, until a bot message matches (bounded: 200 polls). */
  async waitForBot(predicate: (activity: Activity) => boolean): Promise<Activity> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const page = await this.getPage(this.watermark);
      this.watermark = page.watermark;
      this.seen.push(...page.activities);
      const match = page.activities.find((activity) => activity.from.role === 'bot' && predicate(activity));
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the bot did not send the expected message');
  }
}
