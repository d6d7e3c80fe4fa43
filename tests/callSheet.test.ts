import type { Activity } from 'botbuilder';
import { existsSync, readFileSync } from 'node:fs';
import { buttons, startChat } from './support/chatHarness';

const NOW = new Date('2026-03-24T15:30:00Z');

interface CardElement {
  type: string;
  text?: string;
  facts?: Array<{ title: string; value: string }>;
}

function card(activity: Partial<Activity> | undefined): { version: string; body: CardElement[] } {
  const attachment = activity?.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment?.content as { version: string; body: CardElement[] };
}

const cardText = (body: CardElement[]) => body.map((element) => element.text ?? (element.facts ?? []).map((fact) => fact.title).join('\n')).join('\n');

describe('call sheet', () => {
  test('"Help me get ready to call" asks what the call is about, then builds the sheet with the region number', async () => {
    const chat = startChat({ now: NOW });
    const ask = await chat.say('Help me get ready to call');
    expect(ask[0]?.text).toContain("What's the call about?");
    expect(buttons(ask[0])).toEqual([
      'Call sheet for a bill or claim',
      'Call sheet for a prescription',
      'Call sheet for a complaint or appeal',
      'Call sheet for something else',
    ]);
    expect(await chat.text('Call sheet for a bill or claim')).toContain('Which Kaiser Permanente region are you in?');
    const [cardReply, textReply] = await chat.say('Denver');

    const sheet = card(cardReply);
    expect(sheet.version).toBe('1.5');
    const onCard = cardText(sheet.body);
    for (const item of ['Member ID number (or MRN)', 'Group ID (if applicable)', 'Your home region', 'The dates of service involved', 'The EOB', 'The invoice number', 'The provider name']) {
      expect(onCard).toContain(item);
    }
    for (const field of ['Date and time', "Representative's first name and location", 'Reference or case number', 'Promised callback']) {
      expect(onCard).toContain(field);
    }
    expect(onCard).toContain('Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)');
    expect(JSON.stringify(sheet)).not.toContain('Input.');

    const plain = textReply?.text ?? '';
    expect(plain).toContain('```\nCALL SHEET: A BILL OR CLAIM');
    expect(plain).toContain('[ ] The invoice number');
    expect(plain).toContain('Reference or case number: ______');
    expect(plain).toContain('Call: Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)');
    expect(plain).not.toContain('prescription number');
  });

  test('the issue and region in the request are used directly: pharmacy asks for the prescription number and prescriber', async () => {
    const chat = startChat({ now: NOW });
    const [, textReply] = await chat.say("I'm in Atlanta, help me get ready to call about my prescription refill");
    const plain = textReply?.text ?? '';
    expect(plain).toContain('[ ] The prescription number');
    expect(plain).toContain("[ ] The prescriber's name");
    expect(plain).not.toContain('invoice number');
    expect(plain).toContain('Georgia Member Services: 1-888-865-5813 (TTY 711)');
  });

  test('the "What to have ready" answer offers the sheet', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('I live in Oakland');
    const answer = await chat.say('what do i need before i call');
    expect(buttons(answer[0])[0]).toBe('Make my call sheet');
    expect(buttons(await chat.say('Make my call sheet').then((r) => r[0]))).toContain('Call sheet for a complaint or appeal');
    const [, textReply] = await chat.say('Call sheet for a complaint or appeal');
    expect(textReply?.text).toContain('[ ] Supporting documents: EOBs, bills, clinical notes, referrals, prior authorization or denial letters');
  });

  test('nothing the member types into the conversation is stored: not in state, not in insights', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('help me get ready to call about my bill, my member id is 44556677 and invoice 99887766');
    await chat.say('Fresno');
    await chat.say('my member id is 44556677');
    const stored = JSON.stringify(chat.memory);
    expect(stored).toContain('california');
    expect(stored).not.toMatch(/44556677|99887766/);
    // No file at all when every message was understood: nothing stored is the point.
    await chat.insights.flush();
    const insights = existsSync(chat.insightsFile) ? readFileSync(chat.insightsFile, 'utf8') : '';
    expect(insights).not.toMatch(/44556677|99887766/);
  });

  test('on Teams the sheet is an Adaptive Card 1.5 and the buttons fit', async () => {
    const chat = startChat({ now: NOW, channelId: 'msteams' });
    const ask = await chat.say('Help me get ready to call');
    for (const title of (ask[0]?.attachments?.[0]?.content?.buttons ?? []).map((b: { title: string }) => b.title)) {
      expect(title.length).toBeLessThanOrEqual(20);
    }
    await chat.say('Call sheet for something else');
    const [cardReply, textReply] = await chat.say('Not sure');
    expect(card(cardReply).version).toBe('1.5');
    expect(textReply?.text).toContain('Call: Your Member Services number is on your ID card (TTY 711)');
  });
});
