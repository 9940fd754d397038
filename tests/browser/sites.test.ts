/**
 * Per-site control in the real browser: the popup (opened as a tab, pointed at the chat tab) switches
 * Softer off for that site and the highlights vanish there at once, without a reload; it comes back
 * on; the card's "Turn off on this site", the pause, and "Ignore" all hold.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserForThisFile, type Chrome } from './harness';

const h = browserForThisFile();

const highlighted = (page: Page) =>
  page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('softer'));

async function chatWithFinding(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.pageUrl('chat.html'));
  await page.locator('#message-editable').click();
  await page.keyboard.type('you never listen to me', { delay: 5 });
  await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
  await expect.poll(() => highlighted(page)).toBe(true);
  return page;
}

/** The popup page in a tab, about the tab showing `page` (Softer has no tabs permission: the page's tab is found as the active one). */
async function popupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await h.worker.evaluate(async () => {
    const tabs = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }
    ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]?.id ?? -1;
  });
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function resetSettings() {
  await h.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
}

describe('per-site switch', () => {
  // Each test starts from the default settings.
  beforeEach(resetSettings);

  it('turns Softer off for this site from the popup, at once and without a reload, and back on', async () => {
    const page = await chatWithFinding();
    const popup = await popupFor(page);
    const toggle = popup.getByTestId('softer-site-toggle');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await popup.getByText('127.0.0.1').count()).toBe(1);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    await expect.poll(() => highlighted(page)).toBe(false);
    // While off, typing is not read.
    await page.locator('#message-editable').click();
    await page.keyboard.type(' again', { delay: 5 });
    await page.waitForTimeout(400);
    expect(await page.getByTestId('softer-indicator').count()).toBe(0);
    await popup.screenshot({ path: 'test-results/screenshots/popup-site-off.png' });
    // The toolbar badge of that tab says so.
    const badge = (tabId: number) =>
      h.inWorker((chrome: Chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
    await expect.poll(() => badge(tabId)).toBe('off');
    await toggle.click();
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => badge(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('"Turn off on this site" in the card switches it off, and the popup shows it', async () => {
    const page = await chatWithFinding();
    await page.getByTestId('softer-indicator').click();
    await page.getByTestId('softer-turn-off').click();
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    const popup = await popupFor(page);
    await expect
      .poll(() => popup.getByTestId('softer-site-toggle').getAttribute('aria-checked'))
      .toBe('false');
    await popup.close();
    await page.close();
  });

  it('pauses everywhere and resumes', async () => {
    const page = await chatWithFinding();
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: '1 hour' }).click();
    await expect.poll(() => popup.getByTestId('softer-paused').count()).toBe(1);
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  it("shows the focused message's findings in the popup and applies a rewrite into the page", async () => {
    const page = await chatWithFinding();
    const popup = await popupFor(page);
    await expect.poll(() => popup.getByTestId('softer-current').textContent()).toContain('you never listen');
    await popup.setViewportSize({ width: 390, height: 640 });
    await popup.screenshot({ path: 'test-results/screenshots/popup.png', fullPage: true });
    await popup.getByTestId('softer-popup-use').first().click();
    await expect
      .poll(() => page.locator('#message-editable').textContent())
      .toBe("I've noticed I feel lonely when you don't listen to me. Can we talk about it this evening?");
    await popup.close();
    await page.close();
  });

  it('"Ignore" keeps a phrase from being flagged again, after a reload too', async () => {
    const page = await chatWithFinding();
    await page.getByTestId('softer-indicator').click();
    await page.getByText('Ignore').first().click();
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    await page.reload();
    await page.locator('#message-textarea').pressSequentially('you never listen to me', { delay: 5 });
    await page.waitForTimeout(500);
    expect(await page.getByTestId('softer-indicator').count()).toBe(0);
    await page.locator('#message-textarea').pressSequentially(". it's your fault", { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.close();
  });
});
