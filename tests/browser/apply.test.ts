/**
 * "Use this" in the real browser: the rewrite goes in through the editor's own pipeline, the caret
 * lands after it, typing continues after it, and one Ctrl+Z brings the original back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { browserForThisFile } from './harness';

const SHOTS = 'test-results/screenshots';
// Launched for this file; the file ends by checking that nothing left this machine.
const h = browserForThisFile();

const ORIGINAL = 'hope work is ok. you never listen to me, anyway dinner at 7?';
const REWRITTEN =
  "hope work is ok. I've noticed I feel lonely when you don't listen to me. Can we talk about it this evening? anyway dinner at 7?";

async function openChat(): Promise<Page> {
  const page = await h.context.newPage();
  // No wait for Softer: it starts on the first focus of a message box (or finds the focused one on arrival).
  await page.goto(h.pageUrl('chat.html'));
  return page;
}

/** The text of a field as the page sees it. */
const fieldText = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLTextAreaElement | HTMLElement;
    return 'value' in el ? (el as HTMLTextAreaElement).value : el.textContent;
  }, selector);

describe.each([
  ['textarea', '#message-textarea'],
  ['single-line input', '#message-input'],
  ['contenteditable', '#message-editable'],
])('applying a rewrite in a %s', (kind, selector) => {
  it('replaces the flagged clause, keeps typing after it, and undoes in one step', async () => {
    const page = await openChat();
    const field = page.locator(selector);
    await field.click();
    await page.keyboard.type(ORIGINAL, { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('softer-indicator').click();
    const use = page.getByTestId('softer-use-rewrite').first();
    await use.click();
    await expect.poll(() => fieldText(page, selector)).toBe(REWRITTEN);
    if (kind === 'contenteditable') await page.screenshot({ path: `${SHOTS}/applied-contenteditable.png` });
    // One Ctrl+Z brings the original back, and the rewrite can be redone.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => fieldText(page, selector)).toBe(ORIGINAL);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => fieldText(page, selector)).toBe(REWRITTEN);
    // The caret sits right after the inserted rewrite: typing goes there.
    await page.keyboard.type('!');
    expect(await fieldText(page, selector)).toBe(REWRITTEN.replace('evening? ', 'evening? !'));
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => fieldText(page, selector)).toBe(ORIGINAL);
    await page.close();
  });
});

describe('the keyboard', () => {
  it('opens the card with Alt+Shift+S, focuses the first rewrite, applies it with Enter, and Esc returns focus', async () => {
    const page = await openChat();
    const field = page.locator('#message-textarea');
    await field.click();
    await page.keyboard.type("I'm not talking about this", { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => page.getByTestId('softer-card').isVisible()).toBe(true);
    // Focus is inside Softer's shadow root, on the first "Use this".
    const focused = () =>
      page.evaluate(
        () =>
          document.querySelector('softer-ui')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null,
      );
    await expect.poll(focused).toBe('softer-use-rewrite');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('softer-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message-textarea');
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(focused).toBe('softer-use-rewrite');
    await page.keyboard.press('Enter');
    // The engine's own first rewrite of the message: this test is about the keyboard, not the wording.
    const [finding] = analyze("I'm not talking about this");
    await expect.poll(() => field.inputValue()).toBe(finding?.rewrites[0]);
    await page.close();
  });
});
