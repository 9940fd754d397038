/**
 * The pause before sending on the options page (issue 14): switched off for one site it holds nothing
 * there, a category set to "never" holds nothing, and the week's picture shows the counts of what
 * happened on the practice page and clears them.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserForThisFile } from './harness';

const h = browserForThisFile();
beforeEach(async () => {
  await h.inWorker((chrome) => chrome.storage.local.clear());
});

const HARSH = "if you don't come home tonight, I'm leaving";

async function openChat(): Promise<Page> {
  const page = await h.context.newPage();
  // No wait for Softer: it starts on the first focus of a message box.
  await page.goto(h.pageUrl('chat.html'));
  return page;
}
const messages = (page: Page) => page.locator('[data-testid="chat-message"]').count();

async function openOptions(): Promise<Page> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await expect.poll(() => options.getByTestId('softer-send-pause-settings').count()).toBe(1);
  return options;
}

describe('the pause before sending, on the options page', () => {
  it('switched off for this site, or "never" for a category, a harsh message goes at once', async () => {
    // The practice page is listed on the options page once the person has a choice stored for it
    // (the popup's switch); the messaging sites are always listed.
    await h.inWorker((chrome) =>
      chrome.storage.local.set({ settings: { sites: { '127.0.0.1': { enabled: true } } } }),
    );
    const options = await openOptions();
    expect(await options.getByTestId('softer-send-pause-site-web.whatsapp.com').isChecked()).toBe(true);
    await options.getByTestId('softer-send-pause-site-127.0.0.1').uncheck();
    const page = await openChat();
    const before = await messages(page);
    await page.locator('#message-textarea').pressSequentially(HARSH, { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toBe(before + 1);
    expect(await page.getByTestId('softer-held').count()).toBe(0);

    await options.bringToFront();
    await options.getByTestId('softer-send-pause-site-127.0.0.1').check();
    await options.getByTestId('softer-send-level-ultimatum').selectOption('off');
    await page.bringToFront();
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    await page.locator('#message-textarea').pressSequentially(HARSH, { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toBe(before + 2);
    expect(await page.getByTestId('softer-held').count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('the week’s picture counts a pause and a send as is, by category, and clears', async () => {
    const page = await openChat();
    await page.locator('#message-textarea').pressSequentially(HARSH, { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('softer-send-anyway').click();
    // "Send as is" first waits a frame for focus to go back to the box, then presses Enter again. Once in
    // about 40 runs (twice under load, never reproduced with tracing on) that took longer than the
    // default second, so this wait is as long as the other waits on Softer's own work here.
    await expect.poll(() => page.locator('#message-textarea').inputValue(), { timeout: 5000 }).toBe('');
    const options = await openOptions();
    await expect.poll(() => options.getByTestId('softer-week-total-paused').textContent()).toBe('1');
    await expect.poll(() => options.getByTestId('softer-week-total-sentAsIs').textContent()).toBe('1');
    expect(await options.getByTestId('softer-week-total-rewritten').textContent()).toBe('0');
    expect(await options.getByTestId('softer-week-categories').textContent()).toContain('Ultimatum');
    await options.getByTestId('softer-week').screenshot({ path: 'test-results/screenshots/week.png' });
    await options.getByTestId('softer-week-clear').click();
    await expect.poll(() => options.getByTestId('softer-week-total-paused').textContent()).toBe('0');
    expect(await options.getByText('Nothing yet this week.').count()).toBe(1);
    await page.close();
    await options.close();
  });
});
