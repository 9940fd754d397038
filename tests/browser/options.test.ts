/**
 * The options page in the real browser: a category switched off stops being flagged on the page at
 * once; a bad import changes nothing and says why; corrupted stored settings are reported once.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserForThisFile } from './harness';

const h = browserForThisFile();

describe('options page', () => {
  it('switching a category off stops it being flagged on the page, live', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    await page.locator('#message-textarea').pressSequentially('grow up', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('softer-category-contempt').uncheck();
    await page.bringToFront();
    await page.locator('#message-textarea').press('End');
    await page.locator('#message-textarea').pressSequentially('!', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(0);
    await options.screenshot({ path: 'test-results/screenshots/options.png', fullPage: true });
    await options.close();
    await page.close();
  });

  it('a bad import file gets a clear message and changes nothing', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const dump = () =>
      h.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }
        ).chrome.storage.local.get(null),
      );
    const before = await dump();
    const file = join(tmpdir(), 'softer-bad-settings.json');
    writeFileSync(file, '{"softer":1,"settings":{"sensitivity":"loud"}}');
    await options.getByTestId('softer-import').setInputFiles(file);
    await expect
      .poll(() => options.getByTestId('softer-options-notice').textContent())
      .toContain('Nothing was changed.');
    expect(await dump()).toEqual(before);
    await options.close();
  });

  it('reports corrupted stored settings once, keeps what was valid, and repairs the rest', async () => {
    await h.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        settings: { sensitivity: 42, ignoredPhrases: ['grow up'] },
      }),
    );
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect
      .poll(() => options.getByTestId('softer-options-notice').textContent())
      .toContain('“sensitivity” was not valid');
    expect(await options.getByTestId('softer-ignored').textContent()).toContain('grow up');
    await options.reload();
    await options.waitForTimeout(300);
    expect(await options.getByTestId('softer-options-notice').count()).toBe(0);
    await options.close();
  });
});
