/**
 * The Firefox build (.output/firefox-mv2) run for real in Debian's firefox-esr, over WebDriver BiDi
 * (tests/browser/firefox.ts): on the practice chat page a harsh message is flagged, the card opens, a
 * rewrite goes in and one undo takes it out; the popup page switches Softer off for the site; the popup
 * and options pages work. Where Firefox differs from Chrome, the tests show the difference is handled:
 * - Manifest V2: the toolbar button is `browserAction` (there is no `action`), and the badge still says "off";
 * - optional host access is declared as `optional_permissions`, and adding a site through it starts
 *   Softer there (registered and injected through `scripting`, as in Chrome);
 * - `storage.session` (the popup's memory of a declined request) exists, and keeps no message text;
 * - the UI lives in an open shadow root that the content script builds through Firefox's Xray
 *   wrappers, with its styles inside, and the underline uses the page's own ::highlight() sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { countSofter, FIREFOX_EXTENSION_DIR, firefoxForThisFile, softer } from './firefox';
import { softerHighlights } from './harness';

const SHOTS = 'test-results/screenshots';
// A site Softer does not run on by default, resolved to this machine by Firefox.
const OTHER_SITE = 'notes.softer.test';
const h = firefoxForThisFile({ localHosts: [OTHER_SITE] });

const ORIGINAL = 'hope work is ok. you never listen to me, anyway dinner at 7?';
const REWRITTEN =
  "hope work is ok. I've noticed I feel lonely when you don't listen to me. Can we talk about it this evening? anyway dinner at 7?";

/** A tab of the add-on's own (the options page), where tests read and write what the add-on stores. */
let probe: Page;
// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API as an extension page sees it.
type Browser = any;
const inExtension = <T, A = undefined>(fn: (browser: Browser, arg: A) => T | Promise<T>, arg?: A) =>
  probe.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg)})`) as Promise<T>;

beforeEach(async () => {
  probe ??= await h.openExtensionPage('options.html');
  // Each test starts from the default settings.
  await inExtension((browser) => browser.storage.local.clear());
});

async function openChat(): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(h.pageUrl('chat.html'));
  return page;
}

/** Types into a field as a person does (BiDi key actions), after clicking it. */
async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 5 });
}

const fieldText = (page: Page, selector: string) =>
  page.$eval(selector, (el) => ('value' in el ? (el as HTMLTextAreaElement).value : el.textContent));

const indicatorText = async (page: Page) =>
  (await (await softer(page, 'softer-indicator'))?.evaluate((el) => el.textContent)) ?? null;

/** The id of the tab showing `page`: Softer has no tabs permission, so the probe finds it as the active one. */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  return inExtension(async (browser) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? -1;
  });
}

/** The popup page in a tab, about `page`'s tab (?tab=ID, as the Chromium tests open it). */
async function popupFor(page: Page): Promise<{ popup: Page; tabId: number }> {
  const tabId = await tabOf(page);
  return { popup: await h.openExtensionPage(`popup.html?tab=${tabId}`), tabId };
}

describe('the Firefox build in firefox-esr', () => {
  it('is a Manifest V2 add-on: browserAction, optional_permissions, gecko id (what the tests below rely on)', async () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    // Firefox's Manifest V2 has no `action`: the background uses `browserAction`.
    expect(
      await inExtension((browser) => [typeof browser.action, typeof browser.browserAction?.setBadgeText]),
    ).toEqual(['undefined', 'function']);
  });

  it('flags a harsh message in a textarea, opens the card, applies a rewrite, and one undo brings the original back', async () => {
    const page = await openChat();
    await typeInto(page, '#message-textarea', ORIGINAL);
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).toBe('1');
    // The underline, drawn by a mirror over the textarea.
    const underline = await softer(page, 'softer-underline');
    expect(await underline?.evaluate((el) => el.textContent)).toBe('you never listen');
    // Softer's UI is in an open shadow root the page can see into, with its styles inside it.
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('softer-ui')?.shadowRoot;
        const indicator = root?.querySelector('[data-testid="softer-indicator"]');
        return indicator ? getComputedStyle(indicator).position : null;
      }),
    ).toBe('fixed');
    await (await softer(page, 'softer-indicator'))?.click();
    await expect.poll(() => countSofter(page, 'softer-card')).toBe(1);
    const card = await softer(page, 'softer-card');
    expect(await card?.evaluate((el) => el.textContent)).toContain('Sweeping generalisation');
    expect(await card?.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await page.screenshot({ path: `${SHOTS}/firefox-card.png` });
    await (await softer(page, 'softer-use-rewrite'))?.click();
    await expect.poll(() => fieldText(page, '#message-textarea')).toBe(REWRITTEN);
    // One Ctrl+Z: Firefox's own undo of the inserted text.
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expect.poll(() => fieldText(page, '#message-textarea')).toBe(ORIGINAL);
    await page.close();
  });

  it('underlines in a contenteditable with a CSS highlight the page can see, and leaves its DOM alone', async () => {
    const page = await openChat();
    await typeInto(page, '#message-editable', 'ur so defensive, I literally just asked a question');
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).toBe('1');
    await expect.poll(() => softerHighlights(page)).toEqual(['ur so defensive']);
    expect(await page.$eval('#message-editable', (el) => el.innerHTML)).toBe(
      'ur so defensive, I literally just asked a question',
    );
    await page.close();
  });

  it('turns Softer off for the site from the popup page, at once, with "off" on the toolbar button, and back on', async () => {
    const page = await openChat();
    await typeInto(page, '#message-editable', 'you never listen to me');
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).toBe('1');
    const { popup, tabId } = await popupFor(page);
    const toggleState = () =>
      popup
        .$eval('[data-testid="softer-site-toggle"]', (el) => el.getAttribute('aria-checked'))
        .catch(() => null);
    await expect.poll(toggleState).toBe('true');
    expect(await popup.evaluate(() => document.body.textContent)).toContain('127.0.0.1');
    await popup.click('[data-testid="softer-site-toggle"]');
    await expect.poll(toggleState).toBe('false');
    await expect.poll(() => countSofter(page, 'softer-indicator')).toBe(0);
    // Written as the popup writes it: per site, by host name.
    expect(
      await inExtension(async (browser) => (await browser.storage.local.get('settings')).settings.sites),
    ).toEqual({ '127.0.0.1': { enabled: false } });
    // While off, typing is not read.
    await typeInto(page, '#message-textarea', 'you always forget');
    // The badge is set by the background from the page's report, after which the field stays unread.
    const badge = () =>
      inExtension((browser, id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('off');
    expect(await countSofter(page, 'softer-indicator')).toBe(0);
    await popup.click('[data-testid="softer-site-toggle"]');
    await expect.poll(toggleState).toBe('true');
    await expect.poll(badge).toBe('');
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('renders the popup page and checks a message in its scratchpad', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await popup.type('textarea[aria-label="Message to check"]', "if you don't come to therapy, I'm leaving");
    await popup.click('[data-testid="softer-scratchpad-check"]');
    await expect
      .poll(() =>
        popup.$eval('[data-testid="softer-scratchpad-findings"]', (el) => el.textContent).catch(() => ''),
      )
      .toContain('Ultimatum');
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png` });
    await popup.close();
  });

  it('adds a site through optional_permissions: Softer starts in the open tab at once, and goes when the site is removed', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.pageUrl('chat.html', OTHER_SITE));
    expect(await page.evaluate(() => document.querySelector('softer-ui'))).toBeNull();
    const options = await h.openExtensionPage('options.html');
    await options.type('[data-testid="softer-add-site"]', `http://${OTHER_SITE}`);
    // A real click: Firefox grants an optional permission only from a user's action.
    await options.click('[data-testid="softer-add-site-submit"]');
    await expect
      .poll(() => options.$eval('[data-testid="softer-site-notice"]', (el) => el.textContent).catch(() => ''))
      .toBe(`Softer is on for ${OTHER_SITE}.`);
    expect(
      await inExtension(
        (browser, site) => browser.permissions.contains({ origins: [`http://${site}/*`] }),
        OTHER_SITE,
      ),
    ).toBe(true);
    // The background registered the content scripts for the site and started them in the open tab.
    await expect
      .poll(() =>
        inExtension(async (browser) =>
          (await browser.scripting.getRegisteredContentScripts()).flatMap(
            (r: { matches: string[] }) => r.matches,
          ),
        ),
      )
      .toContain(`http://${OTHER_SITE}/*`);
    await typeInto(page, '#message-textarea', 'you never listen to me');
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).toBe('1');
    // Removing the site gives the permission back.
    await options.click(`[data-testid="softer-remove-site-${OTHER_SITE}"]`);
    await expect
      .poll(() =>
        inExtension(
          (browser, site) => browser.permissions.contains({ origins: [`http://${site}/*`] }),
          OTHER_SITE,
        ),
      )
      .toBe(false);
    await options.close();
    await page.close();
  });

  it('has storage.session for the popup, and after typing and a rewrite no storage area holds a typed word', async () => {
    // The popup remembers a declined permission request in storage.session (@wxt-dev/storage "session:").
    expect(
      await inExtension(async (browser) => {
        await browser.storage.session.set({ askedFor: 'example.org' });
        const { askedFor } = await browser.storage.session.get('askedFor');
        await browser.storage.session.remove('askedFor');
        return askedFor;
      }),
    ).toBe('example.org');
    const page = await openChat();
    await typeInto(page, '#message-textarea', 'you never listen to me, purple-elephant');
    await expect.poll(() => indicatorText(page), { timeout: 5000 }).not.toBeNull();
    await (await softer(page, 'softer-indicator'))?.click();
    await expect.poll(() => countSofter(page, 'softer-use-rewrite')).toBeGreaterThan(0);
    await (await softer(page, 'softer-use-rewrite'))?.click();
    await expect.poll(() => fieldText(page, '#message-textarea')).not.toContain('you never listen');
    const dump = await inExtension(async (browser) => {
      const out: Record<string, unknown> = {};
      for (const area of ['local', 'sync', 'session']) out[area] = await browser.storage[area]?.get(null);
      return JSON.stringify(out);
    });
    for (const word of ['purple', 'elephant', 'listen', 'lonely']) expect(dump).not.toContain(word);
    await page.close();
  });
});
