/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser, where the DOM exists.
import type { Locator, Page } from 'playwright-core';

/** The parts of the Web Chat page a member sees and uses, found by role and label where Web Chat gives them. */
export function webChat(page: Page) {
  const bubbles = page.locator('.webchat__bubble');
  return {
    sendBox: page.getByRole('textbox', { name: 'Message input box' }),
    suggestedActions: page.getByRole('toolbar', { name: 'Suggested actions' }),
    suggestedAction: (name: string): Locator => page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name, exact: true }),
    /** A chat bubble (bot's or member's) showing the text. */
    bubbleWith: (text: string): Locator => bubbles.filter({ hasText: text }).last(),
    /** The screen-reader live region Web Chat announces new messages through. */
    liveRegion: page.locator('.webchat__live-region-transcript'),
    welcome: bubbles.filter({ hasText: 'the Member Care assistant for Kaiser Permanente members' }).first(),
  };
}

/** Records every text the live region receives, before Web Chat fades it out again. */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('.webchat__live-region-transcript');
    const announced: string[] = [];
    (window as unknown as { announced: string[] }).announced = announced;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) mutation.addedNodes.forEach((node) => announced.push(node.textContent ?? ''));
    }).observe(region as Node, { childList: true, subtree: true });
  });
}

export function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { announced: string[] }).announced);
}
