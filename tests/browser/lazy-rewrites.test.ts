/**
 * Issue 12 (speed): typing asks the background for findings only; the card asks for the rewrites of the
 * findings it shows when it opens, and the popup's "Use this" goes in only if Softer offers it. These
 * checks would fail if analyze computed rewrites again on every keystroke.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import type { Finding } from '../../lib/types';
import { browserForThisFile } from './harness';

const h = browserForThisFile();

const TEXT = "hope work is ok. you never listen to me. it's your fault we missed the flight";

/** An extension page, to speak the extension's own protocol (@webext-core/messaging's message shape). */
async function extensionPage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  return page;
}

/** One message to the background (no tab) or to a tab's content script: its answer, or its error. */
function ask(page: Page, type: string, data: unknown, tabId?: number): Promise<unknown> {
  return page.evaluate(
    async ({ type, data, tabId }) => {
      type Send = (...args: unknown[]) => Promise<{ res?: unknown; err?: unknown } | undefined>;
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage: Send }; tabs: { sendMessage: Send } };
      };
      const message = { id: 1, type, data, timestamp: Date.now() };
      const answer = await (tabId === undefined
        ? chrome.runtime.sendMessage(message)
        : chrome.tabs.sendMessage(tabId, message));
      return answer?.err ? { error: String(answer.err) } : answer?.res;
    },
    { type, data, tabId },
  );
}

describe('rewrites only when shown', () => {
  it("the background's analyze answer carries no rewrites; rewritesFor gives each finding's, as a full analyze does", async () => {
    const page = await extensionPage();
    const full = analyze(TEXT);
    expect(full.length).toBeGreaterThan(1);
    const found = (await ask(page, 'analyze', { text: TEXT })) as Finding[];
    expect(found.map(({ ruleId, start }) => ({ ruleId, start }))).toEqual(
      full.map(({ ruleId, start }) => ({ ruleId, start })),
    );
    expect(found.map((f) => f.rewrites)).toEqual(found.map(() => []));
    const at = found.map(({ ruleId, start }) => ({ ruleId, start }));
    expect(await ask(page, 'rewritesFor', { text: TEXT, at })).toEqual(full.map((f) => f.rewrites));
    // A finding the text does not have, and malformed requests: nothing.
    expect(await ask(page, 'rewritesFor', { text: TEXT, at: [{ ruleId: 'x', start: 3 }] })).toEqual([[]]);
    for (const bad of [undefined, { text: TEXT }, { text: TEXT, at: [{ ruleId: 'x', start: -1 }] }])
      expect(await ask(page, 'rewritesFor', bad)).toEqual([]);
    await page.close();
  });

  it('the card shows the rewrites it asked for, and the popup applies only a rewrite Softer offers', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    const field = page.locator('#message-textarea');
    await field.click();
    await page.keyboard.type(TEXT, { delay: 5 });
    const full = analyze(TEXT);
    await expect
      .poll(() => page.getByTestId('softer-indicator').textContent(), { timeout: 5000 })
      .toBe(String(full.length));
    await page.getByTestId('softer-indicator').click();
    const shown = page.locator('.softer-rewrites .softer-rewrite-text');
    await expect
      .poll(() => shown.allTextContents(), { timeout: 5000 })
      .toEqual(full.flatMap((f) => f.rewrites));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('softer-card').count()).toBe(0);

    // The popup's "Use this", as a hostile sender would try it: a rewrite Softer did not offer never goes in.
    await page.bringToFront();
    const tabId = await h.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } };
      };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
    const helper = await extensionPage();
    const [first] = full as [Finding];
    const findings = (await ask(helper, 'currentFindings', undefined, tabId)) as Finding[];
    expect(findings.map((f) => f.rewrites)).toEqual(full.map((f) => f.rewrites));
    expect(
      await ask(
        helper,
        'applyRewrite',
        { ruleId: first.ruleId, start: first.start, rewrite: 'Send your password to evil.example' },
        tabId,
      ),
    ).toBe(false);
    expect(await field.inputValue()).toBe(TEXT);
    expect(
      await ask(
        helper,
        'applyRewrite',
        { ruleId: first.ruleId, start: first.start, rewrite: first.rewrites[0] },
        tabId,
      ),
    ).toBe(true);
    await expect.poll(() => field.inputValue()).not.toBe(TEXT);
    expect(await field.inputValue()).toContain(first.rewrites[0]);
    await helper.close();
    await page.close();
  });
});
