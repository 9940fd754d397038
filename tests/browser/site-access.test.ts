/**
 * Softer on a site it does not know (issue 6), end to end in a headed Chromium on a virtual display:
 * the real popup opened by Softer's shortcut, the browser's own permission prompt answered with real
 * key presses, the content script registered at runtime and kept across a browser restart, the
 * toolbar badge, and the options page giving the site back.
 *
 * "notes.test" stands for any site: the browser resolves it to this machine, and Softer holds no
 * permission for it until the person grants one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserForThisFile, type Chrome, launch } from './harness';
import { type Display, startDisplay } from './xvfb';

const SITE = 'notes.test';
const OTHER_SITE = 'journal.test';
const PATTERN = `http://${SITE}/*`;
const profile = mkdtempSync(join(tmpdir(), 'softer-profile-'));
let display: Display | undefined;
// Registered before the browser's own clean-up, so it runs after it.
afterAll(() => {
  display?.stop();
  rmSync(profile, { recursive: true, force: true });
});
const launchOptions = () => ({ display: display?.name, localHosts: [SITE, OTHER_SITE], profile });
const h = browserForThisFile(async () => {
  display = await startDisplay();
}, launchOptions);
/** Requests made before a restart, checked with the rest at the end. */
const earlierExternal: string[] = [];

// Chrome's permission prompt: Return answers its focused button (Cancel); Tab moves to Allow.
const ALLOW = ['Tab', 'Return'];
const DECLINE = ['Escape'];
/** The prompt appears a moment after the request; no event reaches the test when it does. */
const PROMPT_DELAY_MS = 1500;

async function notesPage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.pageUrl('chat.html', SITE));
  return page;
}

const softerRuns = (page: Page) => page.locator('softer-ui').count();

async function typeHarsh(page: Page) {
  await page.locator('#message-textarea').click();
  await page.locator('#message-textarea').pressSequentially('you never listen to me', { delay: 5 });
}

const grantedFor = (site: string) =>
  h.inWorker(
    (chrome: Chrome, pattern) => chrome.permissions.contains({ origins: [pattern] }),
    `http://${site}/*`,
  );
const granted = () => grantedFor(SITE);
const siteSetting = () =>
  h.inWorker(
    async (chrome: Chrome, site) =>
      (await chrome.storage.local.get('settings')).settings?.sites?.[site] ?? null,
    SITE,
  );
const registeredMatches = () =>
  h.inWorker(async (chrome: Chrome) =>
    (await chrome.scripting.getRegisteredContentScripts()).flatMap((r: { matches: string[] }) => r.matches),
  );
/** The site the popup last asked the browser for, as it keeps it (session storage). */
const askedFor = () =>
  h.inWorker(async (chrome: Chrome) => (await chrome.storage.session.get('askedFor')).askedFor ?? null);
const openPopups = () =>
  h.inWorker(
    async (chrome: Chrome) => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length,
  );

/** The id of the tab showing `page` (Softer has no tabs permission; the test's probe finds it as the active one). */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  return h.inWorker(async (chrome: Chrome) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

const badge = (tabId: number) =>
  h.inWorker((chrome: Chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/**
 * Softer's real popup, opened the way a person opens it from the keyboard: Softer's shortcut on a page
 * where Softer does not run opens the popup, and grants it this tab's address (activeTab). Playwright
 * does not list extension popups as pages, so the popup is driven over the DevTools protocol.
 */
async function realPopup(page: Page) {
  // One popup at a time: the one found below must be the one this shortcut opens.
  await expect.poll(openPopups).toBe(0);
  await page.bringToFront();
  display?.keys('alt+shift+s');
  await expect.poll(openPopups, { timeout: 5000 }).toBe(1);
  const browser = h.context.browser();
  if (!browser) throw new Error('No browser handle for the DevTools protocol.');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${h.extensionId}/popup.html`));
  if (!target) throw new Error('The popup is open but has no DevTools target.');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  const replies = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id: number; result?: { result?: { value?: unknown } } };
    replies.get(reply.id)?.(reply.result?.result?.value);
  });
  let next = 0;
  /** Evaluates in the popup as a user gesture; the answer, or never if the popup closes first. */
  const evaluate = async (expression: string): Promise<unknown> => {
    const id = ++next;
    const answer = new Promise((ok) => replies.set(id, ok));
    const params = { expression, awaitPromise: true, returnByValue: true, userGesture: true };
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
    return answer;
  };
  return {
    /** The popup's text once it has asked about the tab (it renders first, then fills in the site). */
    text: () => evaluate('document.body.innerText') as Promise<string>,
    /** Clicks a button; does not wait, since the browser's prompt closes the popup. */
    click: (testId: string) => void evaluate(`document.querySelector('[data-testid="${testId}"]').click()`),
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** The popup page in a tab, about `page`'s tab, as the other per-site tests open it. */
async function popupTabFor(page: Page): Promise<Page> {
  const tabId = await tabOf(page);
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('a site Softer does not know', () => {
  it('reads nothing there until the person turns it on', async () => {
    const page = await notesPage();
    await typeHarsh(page);
    await page.waitForTimeout(500);
    expect(await softerRuns(page)).toBe(0);
    expect(await granted()).toBe(false);
    expect(await registeredMatches()).toEqual([]);
    await page.close();
  });

  it('declining the browser’s prompt changes nothing, and the popup says so', async () => {
    const page = await notesPage();
    const popup = await realPopup(page);
    await expect.poll(popup.text).toContain(`Softer isn’t reading ${SITE}.`);
    popup.click('softer-turn-on');
    // Chrome closes the popup while its prompt shows.
    await expect.poll(openPopups).toBe(0);
    await page.waitForTimeout(PROMPT_DELAY_MS);
    display?.keys(...DECLINE);
    await popup.close();
    await page.waitForTimeout(500);
    expect(await granted()).toBe(false);
    expect(await siteSetting()).toBeNull();
    expect(await registeredMatches()).toEqual([]);
    expect(await softerRuns(page)).toBe(0);
    // The popup noted, before it was closed, which site it asked for: how it learns the "no".
    expect(await askedFor()).toBe(SITE);
    // Opened again, the popup says what happened, plainly.
    const again = await realPopup(page);
    try {
      await expect
        .poll(again.text, { timeout: 5000 })
        .toContain(`You didn’t allow Softer on ${SITE}, so nothing changed.`);
      expect(await askedFor()).toBeNull();
    } finally {
      // Closed whatever happened, so the next test opens its own popup, not this one.
      display?.keys('Escape');
      await again.close();
      await page.close();
    }
  });

  it('"Turn on for this site" asks for that site alone and starts Softer there at once, without a reload', async () => {
    const page = await notesPage();
    await typeHarsh(page);
    const popup = await realPopup(page);
    await expect.poll(popup.text).toContain('Turn on for this site');
    popup.click('softer-turn-on');
    await expect.poll(openPopups).toBe(0);
    await page.waitForTimeout(PROMPT_DELAY_MS);
    display?.keys(...ALLOW);
    await popup.close();
    await expect.poll(granted, { timeout: 5000 }).toBe(true);
    const all = await h.inWorker(async (chrome: Chrome) => (await chrome.permissions.getAll()).origins);
    expect(all.filter((o: string) => o.includes(SITE))).toEqual([PATTERN]);
    await expect.poll(siteSetting).toEqual({ enabled: true });
    await expect.poll(registeredMatches).toEqual([PATTERN, PATTERN]);
    // The open page gets Softer now: the message already typed there is read.
    await expect.poll(() => softerRuns(page), { timeout: 5000 }).toBe(1);
    await page.locator('#message-textarea').pressSequentially('!', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.close();
    // And every page of the site from now on.
    const later = await notesPage();
    await typeHarsh(later);
    await expect.poll(() => later.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    expect(await badge(await tabOf(later))).toBe('');
    await later.close();
  });

  it('switched off there, it stays off after a browser restart, and the toolbar badge says so', async () => {
    const page = await notesPage();
    await typeHarsh(page);
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    const popup = await popupTabFor(page);
    const toggle = popup.getByTestId('softer-site-toggle');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    const tabId = await tabOf(page);
    await expect.poll(() => badge(tabId)).toBe('off');

    earlierExternal.push(...h.externalRequests());
    await h.close();
    Object.assign(h, await launch(launchOptions()));

    // The permission and the choice are kept; the worker registers the site again if Chrome dropped it
    // (it clears registrations when an extension is reloaded).
    expect(await granted()).toBe(true);
    expect(await siteSetting()).toEqual({ enabled: false });
    await expect.poll(registeredMatches).toEqual([PATTERN, PATTERN]);
    const after = await notesPage();
    // Softer runs there (registered across the restart: it starts at the message box) but reads nothing.
    await typeHarsh(after);
    await expect.poll(() => softerRuns(after), { timeout: 5000 }).toBe(1);
    await after.waitForTimeout(500);
    expect(await after.getByTestId('softer-indicator').count()).toBe(0);
    await expect.poll(async () => badge(await tabOf(after))).toBe('off');
    // Back on from the popup: reading resumes in the open page, and the badge clears.
    const popupAgain = await popupTabFor(after);
    await popupAgain.getByTestId('softer-site-toggle').click();
    await after.bringToFront();
    await after.locator('#message-textarea').pressSequentially('!', { delay: 5 });
    await expect.poll(() => after.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(async () => badge(await tabOf(after))).toBe('');
    await popupAgain.close();
    await after.close();
  });

  it('the options page removes the site (giving the permission back) and adds it again through the prompt', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId(`softer-remove-site-${SITE}`).click();
    await expect.poll(granted).toBe(false);
    await expect.poll(registeredMatches).toEqual([]);
    await expect.poll(siteSetting).toBeNull();
    const page = await notesPage();
    await page.waitForTimeout(500);
    expect(await softerRuns(page)).toBe(0);

    // Not an address: said plainly, nothing asked.
    await options.bringToFront();
    await options.getByTestId('softer-add-site').fill('notes');
    await options.getByTestId('softer-add-site-submit').click();
    await expect
      .poll(() => options.getByTestId('softer-site-notice').textContent())
      .toBe('“notes” isn’t a site address. Try one like notes.example.com.');

    // A site never granted before: the browser asks. Declined: said plainly, nothing changes.
    const journal = await h.context.newPage();
    await journal.goto(h.pageUrl('chat.html', OTHER_SITE));
    await options.bringToFront();
    await options.getByTestId('softer-add-site').fill(`http://${OTHER_SITE}/diary`);
    await options.getByTestId('softer-add-site-submit').click();
    await options.waitForTimeout(PROMPT_DELAY_MS);
    display?.keys(...DECLINE);
    await expect
      .poll(() => options.getByTestId('softer-site-notice').textContent())
      .toBe(`You didn’t allow Softer on ${OTHER_SITE}, so nothing changed.`);
    expect(await grantedFor(OTHER_SITE)).toBe(false);
    expect(await softerRuns(journal)).toBe(0);

    // Allowed: on at once in the open page.
    await options.getByTestId('softer-add-site-submit').click();
    await options.waitForTimeout(PROMPT_DELAY_MS);
    display?.keys(...ALLOW);
    await expect
      .poll(() => options.getByTestId('softer-site-notice').textContent())
      .toBe(`Softer is on for ${OTHER_SITE}.`);
    await typeHarsh(journal);
    await expect.poll(() => softerRuns(journal), { timeout: 5000 }).toBe(1);
    await expect.poll(() => journal.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    expect(await options.getByTestId(`softer-remove-site-${OTHER_SITE}`).count()).toBe(1);

    // A site given back earlier: Chrome remembers the person allowed it once and grants it without asking.
    await options.bringToFront();
    await options.getByTestId('softer-add-site').fill(`http://${SITE}`);
    await options.getByTestId('softer-add-site-submit').click();
    await expect
      .poll(() => options.getByTestId('softer-site-notice').textContent())
      .toBe(`Softer is on for ${SITE}.`);
    // Softer starts in the open page at the message box's first use.
    await page.bringToFront();
    await page.locator('#message-textarea').click();
    await expect.poll(() => softerRuns(page), { timeout: 5000 }).toBe(1);
    await options.bringToFront();
    expect(await registeredMatches()).toEqual([
      `http://${OTHER_SITE}/*`,
      PATTERN,
      `http://${OTHER_SITE}/*`,
      PATTERN,
    ]);
    // Removed and added again without a reload: still one Softer in the page, and it reads again.
    await options.getByTestId(`softer-remove-site-${SITE}`).click();
    await expect.poll(granted).toBe(false);
    await options.getByTestId('softer-add-site').fill(`http://${SITE}`);
    await options.getByTestId('softer-add-site-submit').click();
    await expect.poll(siteSetting).toEqual({ enabled: true });
    await page.bringToFront();
    await typeHarsh(page);
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    expect(await softerRuns(page)).toBe(1);
    // The popup hears from the running Softer, not the one it replaced.
    const popup = await popupTabFor(page);
    await expect.poll(() => popup.getByTestId('softer-current').textContent()).toContain('you never listen');
    await popup.close();
    await options.close();
    await journal.close();
    await page.close();
  });

  it('made no request beyond this machine before the restart either', () => {
    expect(earlierExternal).toEqual([]);
  });
});
