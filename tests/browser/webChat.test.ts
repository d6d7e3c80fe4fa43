/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, where the DOM exists.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../knowledge/projectRoot';
import { DESKTOP, PHONE, launchChromium, openPage, type WatchedPage } from '../support/chromium';
import { startServer, type RunningServer } from '../support/runningServer';
import { announcements, recordAnnouncements, webChat } from '../support/webChatPage';

jest.setTimeout(90_000);

const QUESTION = 'How do I get a new ID card?';
const COLORADO_LINE = 'Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)';
const ARTIFACTS = path.join(projectRoot(), 'artifacts');

let server: RunningServer;
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await Promise.all(opened.map(({ context }) => context.close()));
  await browser?.close();
  await server?.close();
});

async function open(viewport: { width: number; height: number }, isMobile = false): Promise<WatchedPage> {
  const watched = await openPage(browser, viewport, isMobile);
  opened.push(watched);
  await watched.page.goto(`${server.baseUrl}/`);
  await webChat(watched.page).welcome.waitFor();
  return watched;
}

/** The member's path: a question, the region from a button, the answer with that region's number. */
async function askAndPickColorado(page: Page): Promise<void> {
  const chat = webChat(page);
  await chat.sendBox.fill(QUESTION);
  await chat.sendBox.press('Enter');
  await chat.suggestedAction('Colorado').click();
  await chat.bubbleWith(COLORADO_LINE).waitFor();
}

async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  if (results.passes.length === 0) throw new Error('axe checked nothing');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the Web Chat page, in Chromium', () => {
  it('greets the member, asks the region with buttons and answers with that region\'s number', async () => {
    const { page, requests, errors } = await open(DESKTOP);
    await expect(page.title()).resolves.toBe('Member Care assistant | Kaiser Permanente members');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Member Care assistant');
    await expect(webChat(page).welcome.textContent()).resolves.toContain('call 911');

    await askAndPickColorado(page);
    await expect(webChat(page).bubbleWith(QUESTION).isVisible()).resolves.toBe(true);
    await webChat(page).bubbleWith(COLORADO_LINE).getByText('303-338-3800').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-desktop.png') });

    // Everything came from this server: the Web Chat bundle too, no CDN, no other site.
    const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== server.baseUrl);
    expect(elsewhere).toEqual([]);
    expect(requests).toContain(`${server.baseUrl}/webchat/webchat.js`);
    expect(errors).toEqual([]);
  });

  it('works with the keyboard alone', async () => {
    const { page } = await open(DESKTOP);
    const chat = webChat(page);
    const focusedIs = (locator: ReturnType<typeof webChat>['sendBox']) => locator.evaluate((element) => element === document.activeElement);

    for (let presses = 0; presses < 10 && !(await focusedIs(chat.sendBox)); presses += 1) await page.keyboard.press('Tab');
    expect(await focusedIs(chat.sendBox)).toBe(true);
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Enter');
    await chat.suggestedAction('Colorado').waitFor();

    // Back into the buttons (Shift+Tab), along them with the arrow keys, Enter to pick one.
    await page.keyboard.press('Shift+Tab');
    const colorado = chat.suggestedAction('Colorado');
    for (let presses = 0; presses < 10 && !(await focusedIs(colorado)); presses += 1) await page.keyboard.press('ArrowRight');
    expect(await focusedIs(colorado)).toBe(true);
    await page.keyboard.press('Enter');
    await chat.bubbleWith(COLORADO_LINE).waitFor();
  });

  it('has no serious or critical accessibility problems (axe), before and after a conversation', async () => {
    const { page } = await open(DESKTOP);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await askAndPickColorado(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it("announces the bot's new messages to screen readers", async () => {
    const { page } = await open(DESKTOP);
    const { liveRegion } = webChat(page);
    await expect(liveRegion.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(liveRegion.getAttribute('role')).resolves.toBe('log');
    // Nothing on the page hides the live region from assistive technology.
    const hidden = await liveRegion.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (node.getAttribute('aria-hidden') === 'true' || style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    });
    expect(hidden).toBe(false);

    await recordAnnouncements(page);
    await askAndPickColorado(page);
    await page.waitForFunction((line) => (window as unknown as { announced: string[] }).announced.some((text) => text.includes(line)), COLORADO_LINE);
    const announced = (await announcements(page)).join('\n');
    expect(announced).toContain('Bot said:');
    expect(announced).toContain('Which Kaiser Permanente region are you in?');
  });

  it('reads well on a phone (375×667): no sideways scrolling, large text and buttons', async () => {
    const { page, errors } = await open(PHONE, true);
    const chat = webChat(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const welcomeFontSize = await chat.welcome.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(welcomeFontSize).toBeGreaterThanOrEqual(16);
    const button = await chat.suggestedActions.getByRole('button').first().boundingBox();
    expect(button?.height).toBeGreaterThanOrEqual(44);
    const sendBox = await chat.sendBox.boundingBox();
    expect((sendBox?.y ?? Infinity) + (sendBox?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);

    await askAndPickColorado(page);
    await chat.bubbleWith(COLORADO_LINE).getByText('303-338-3800').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-phone.png') });

    // Each number is one tap to the phone's dialer, and never split across lines at its hyphens.
    const numbers = chat.bubbleWith(COLORADO_LINE).locator('a[href^="tel:"]');
    await expect(numbers.evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).resolves.toEqual([
      ['303-338-3800', 'tel:+13033383800'],
      ['1-800-632-9700', 'tel:+18006329700'],
    ]);
    const lines = await numbers.evaluateAll((links) => links.map((link) => [getComputedStyle(link).whiteSpace, link.getClientRects().length]));
    expect(lines).toEqual([
      ['nowrap', 1],
      ['nowrap', 1],
    ]);
    await expect(chat.welcome.getByRole('link', { name: '911' }).getAttribute('href')).resolves.toBe('tel:911');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
