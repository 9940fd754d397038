/**
 * The moment of sending (issue 14) in the real browser, on the practice chat page, whose boxes really
 * send (Enter, or a form's own submission, and a Send button beside a voice-note button): a serious
 * message is held once, "Send as is" sends it exactly once with identical text, a rewrite does not send,
 * the second Enter sends at once, Shift+Enter, IME composition and clean messages are never touched, the
 * send button is held and used, and the nudge shows late at night and in a heated stretch.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { browserForThisFile, SENT_AS_IS } from './harness';

const h = browserForThisFile();

const HARSH = "if you don't come home tonight, I'm leaving";
const CLEAN = 'see you at 7, love you';

/** Settings as stored; the content script watches them and follows at once. */
async function useSettings(sendPause: Partial<Settings['sendPause']> = {}) {
  const settings = { ...DEFAULT_SETTINGS, sendPause: { ...DEFAULT_SETTINGS.sendPause, ...sendPause } };
  await h.inWorker((chrome, value) => chrome.storage.local.set({ settings: value }), settings);
}

beforeEach(async () => {
  // No late-night window unless a test sets one: the suite may run at any hour.
  await h.inWorker((chrome) => chrome.storage.local.clear());
  await useSettings({ lateWindow: { start: '00:00', end: '00:00' } });
});

async function openChat(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.pageUrl('chat.html'));
  // Remember whether a held-send card ever showed, however briefly. Softer's UI host appears on the
  // first focus of a message box: watch for it, then inside it.
  await page.evaluate(() => {
    const w = window as unknown as { heldSeen: boolean };
    w.heldSeen = false;
    const watchUi = () => {
      const root = document.querySelector('softer-ui')?.shadowRoot;
      if (!root) return false;
      new MutationObserver(() => {
        if (root.querySelector('[data-testid="softer-held"]')) w.heldSeen = true;
      }).observe(root, { childList: true, subtree: true });
      return true;
    };
    if (watchUi()) return;
    const forHost = new MutationObserver(() => {
      if (watchUi()) forHost.disconnect();
    });
    forHost.observe(document.documentElement, { childList: true });
  });
  return page;
}

const messages = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="chat-message"]')].map((m) => m.textContent),
  );
const heldSeen = (page: Page) => page.evaluate(() => (window as unknown as { heldSeen: boolean }).heldSeen);
const held = (page: Page) => page.getByTestId('softer-held').count();
const fieldText = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLElement;
    // innerText: a rich-text box's new line is an element, which textContent would not show.
    // biome-ignore lint/performance/useDomNodeTextContent: the line breaks are what is checked
    return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
  }, selector);

async function typeInto(page: Page, selector: string, text: string, findings = 1) {
  // After a send, the last draft's findings go once Softer sees the box empty; a person reads the
  // card for their new message only after it has been analysed.
  await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 5 });
  if (findings === 0) return;
  await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
  // The whole message analysed, not a prefix typed a moment earlier: an underline (the mirror over a
  // text control, a CSS highlight in a rich-text box) reaches its last word, as every harsh message here
  // ends in its harsh phrase. A person reads before pressing Enter.
  const last = text.split(' ').at(-1) as string;
  await expect
    .poll(() =>
      page.evaluate((word) => {
        const marks = [
          ...(document.querySelector('softer-ui')?.shadowRoot?.querySelectorAll('.softer-underline') ?? []),
        ];
        const ranges = [
          ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('softer') ?? []),
        ];
        return [...marks.map((m) => m.textContent ?? ''), ...ranges.map((r) => r.toString())].some((t) =>
          t.endsWith(word),
        );
      }, last),
    )
    .toBe(true);
}

const FIELDS = [
  ['textarea', '#message-textarea'],
  ['rich-text box', '#message-editable'],
  ['single-line input (sends by form submission: Softer falls back to the Send button)', '#message-input'],
] as const;

describe.each(FIELDS)('on the practice page, in the %s', (_kind, selector) => {
  it('holds a serious message on Enter; "Send as is" sends it exactly once, with identical text', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, selector, HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    expect(await messages(page)).toEqual(before);
    expect(await fieldText(page, selector)).toBe(HARSH);
    // Focus stays in the box (so a second Enter can send).
    expect(
      await page.evaluate(() => document.activeElement?.matches('textarea, input, [contenteditable]')),
    ).toBe(true);
    await page.getByTestId('softer-send-anyway').click();
    await expect.poll(() => messages(page), SENT_AS_IS).toEqual([...before, HARSH]);
    await expect.poll(() => held(page)).toBe(0);
    expect(await fieldText(page, selector)).toBe('');
    // Never the voice-note button, and never twice.
    expect(await messages(page)).toEqual([...before, HARSH]);
    await page.close();
  });

  it('"Use this" applies the rewrite and does not send', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, selector, HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    await page.getByTestId('softer-use-rewrite').first().click();
    await expect.poll(() => fieldText(page, selector)).not.toBe(HARSH);
    expect(await fieldText(page, selector)).not.toContain("I'm leaving");
    await expect.poll(() => held(page)).toBe(0);
    expect(await messages(page)).toEqual(before);
    await page.close();
  });

  it('holds once per draft: the second Enter sends at once', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, selector, HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toEqual([...before, HARSH]);
    await expect.poll(() => held(page)).toBe(0);
    // A new draft is held again.
    await typeInto(page, selector, "you're pathetic");
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    // Esc closes the card; the text stays, nothing is sent, and the next Enter sends.
    await page.keyboard.press('Escape');
    await expect.poll(() => held(page)).toBe(0);
    expect(await fieldText(page, selector)).toBe("you're pathetic");
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toEqual([...before, HARSH, "you're pathetic"]);
    await page.close();
  });

  it('never touches a clean message', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, selector, CLEAN, 0);
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toEqual([...before, CLEAN]);
    expect(await heldSeen(page)).toBe(false);
    await page.close();
  });
});

describe.each(FIELDS.slice(0, 2))('on the practice page, in the %s', (_kind, selector) => {
  it('never touches Shift+Enter: a new line, nothing held, nothing sent', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, selector, HARSH);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('x');
    await expect.poll(() => fieldText(page, selector)).toBe(`${HARSH}\nx`);
    expect(await heldSeen(page)).toBe(false);
    expect(await messages(page)).toEqual(before);
    await page.close();
  });

  it('never touches IME composition: an Enter while composing, key 229, and the Enter right after compositionend', async () => {
    const page = await openChat();
    const cdp = await h.context.newCDPSession(page);
    const before = await messages(page);
    await typeInto(page, selector, `${HARSH} `);
    // An Enter that confirms a candidate while composing (isComposing is true).
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    // A key the IME is processing (key "Process", keyCode 229).
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Process',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    expect(await heldSeen(page)).toBe(false);
    expect(await messages(page)).toEqual(before);
    // The composition is committed; the Enter that follows at once belongs to it (Safari's order):
    // Softer lets it through, and the page does what it does with it (here, it sends).
    await cdp.send('Input.insertText', { text: '日本' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await messages(page)).length).toBe(before.length + 1);
    expect((await messages(page)).at(-1)).toContain(HARSH);
    expect(await heldSeen(page)).toBe(false);
    await page.close();
  });
});

describe('the send button', () => {
  it('a click on the site’s Send button is held; "Send as is" clicks it once, never the voice-note button', async () => {
    const page = await openChat();
    const before = await messages(page);
    await typeInto(page, '#message-textarea', HARSH);
    const send = page.locator('form[data-sends="message-textarea"] button.send');
    await send.click();
    await expect.poll(() => held(page)).toBe(1);
    expect(await messages(page)).toEqual(before);
    await page.getByTestId('softer-send-anyway').click();
    await expect.poll(() => messages(page), SENT_AS_IS).toEqual([...before, HARSH]);
    await expect.poll(() => held(page)).toBe(0);
    expect(await messages(page)).not.toContain('🎤 voice note');
    await page.close();
  });

  it('where neither path sends, the text stays and the card says to press Enter', async () => {
    const page = await openChat();
    // A page whose box ignores synthetic keys and has no send button: nothing Softer can press.
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('form[data-sends="message-textarea"] button')) b.remove();
      document.querySelector('#message-textarea')?.addEventListener(
        'keydown',
        (e) => {
          if (!e.isTrusted) e.stopImmediatePropagation();
        },
        true,
      );
    });
    const before = await messages(page);
    await typeInto(page, '#message-textarea', HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    await page.getByTestId('softer-send-anyway').click();
    await expect
      .poll(() => page.getByTestId('softer-send-status').textContent(), { timeout: 5000 })
      .toContain('press Enter to send');
    expect(await fieldText(page, '#message-textarea')).toBe(HARSH);
    expect(await messages(page)).toEqual(before);
    // The person's own Enter then sends it, once.
    await page.locator('#message-textarea').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => messages(page)).toEqual([...before, HARSH]);
    await page.close();
  });
});

describe('the right-moment nudge', () => {
  it('late at night (a window set around the current hour), suggests a break and keeps the draft for later, in session memory', async () => {
    const page = await openChat();
    const hour = await page.evaluate(() => new Date().getHours());
    const at = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
    await useSettings({ lateWindow: { start: at(hour - 1), end: at(hour + 2) } });
    const before = await messages(page);
    await typeInto(page, '#message-textarea', HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('softer-nudge').getAttribute('data-reason')).toBe('late');
    expect(await page.getByTestId('softer-nudge').textContent()).toContain('20-minute break');
    await page.screenshot({ path: 'test-results/screenshots/held-send.png' });
    await page.getByTestId('softer-keep-draft').click();
    await expect.poll(() => fieldText(page, '#message-textarea')).toBe('');
    await expect.poll(() => held(page)).toBe(0);
    const kept = await h.inWorker(async (chrome) => ({
      session: await chrome.storage.session.get(null),
      local: await chrome.storage.local.get(null),
    }));
    expect(JSON.stringify(kept.session)).toContain(HARSH.replace(/'/g, "'"));
    expect(JSON.stringify(kept.local)).not.toContain('leaving');
    // Put back on request, never sent.
    await page.getByTestId('softer-put-back').click();
    await expect.poll(() => fieldText(page, '#message-textarea')).toBe(HARSH);
    expect(await messages(page)).toEqual(before);
    await expect
      .poll(() => h.inWorker(async (chrome) => JSON.stringify(await chrome.storage.session.get(null))))
      .not.toContain('leaving');
    await page.close();
  });

  it('in a heated stretch: the third serious draft within minutes suggests a break', async () => {
    const page = await openChat();
    // The second draft is both an ultimatum and a last resort: still one draft of the three.
    const drafts = ["you're pathetic", "we need therapy or we're done", "you're such an idiot"];
    for (const [i, draft] of drafts.entries()) {
      await typeInto(page, '#message-textarea', draft);
      await page.keyboard.press('Enter');
      await expect.poll(() => held(page)).toBe(1);
      expect(await page.getByTestId('softer-nudge').count()).toBe(i < 2 ? 0 : 1);
      if (i === 2) {
        expect(await page.getByTestId('softer-nudge').getAttribute('data-reason')).toBe('heated');
        break;
      }
      await page.getByTestId('softer-send-anyway').click();
      await expect.poll(() => fieldText(page, '#message-textarea'), SENT_AS_IS).toBe('');
    }
    // Its counts land before the page closes: a count still being written when the next test clears
    // storage wrote this test's three pauses and two sends into the next one's reflection.
    await expect
      .poll(async () => {
        const days = Object.values(
          ((await h.inWorker((chrome) => chrome.storage.local.get('reflection'))).reflection?.days ??
            {}) as Record<string, { paused: number; sentAsIs: number }>,
        );
        return days[0] && { paused: days[0].paused, sentAsIs: days[0].sentAsIs };
      })
      .toEqual({ paused: 3, sentAsIs: 2 });
    await page.close();
  });
});

describe('the weekly reflection', () => {
  it('counts pauses, rewrites and sends as is, by category, and nothing else', async () => {
    const page = await openChat();
    await typeInto(page, '#message-textarea', HARSH);
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    await page.getByTestId('softer-send-anyway').click();
    await expect.poll(() => fieldText(page, '#message-textarea')).toBe('');
    await typeInto(page, '#message-textarea', "you're pathetic");
    await page.keyboard.press('Enter');
    await expect.poll(() => held(page)).toBe(1);
    await page.getByTestId('softer-use-rewrite').first().click();
    const stored = async () =>
      (await h.inWorker((chrome) => chrome.storage.local.get('reflection'))).reflection;
    await expect
      .poll(async () => {
        const days = Object.values((await stored())?.days ?? {}) as Array<Record<string, unknown>>;
        return (
          days[0] && { paused: days[0].paused, rewritten: days[0].rewritten, sentAsIs: days[0].sentAsIs }
        );
      })
      .toEqual({ paused: 2, rewritten: 1, sentAsIs: 1 });
    const json = JSON.stringify(await stored());
    expect(json).toMatch(/^[{}":,\w-]*$/);
    expect(json).toContain('"ultimatum":{"paused":1,"rewritten":0,"sentAsIs":1}');
    expect(json).toContain('"contempt":{"paused":1,"rewritten":1,"sentAsIs":0}');
    // "Clear" on the options page goes through the background, which writes the counts.
    const options = await page.context().newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('softer-week-clear').click();
    await expect.poll(async () => Object.keys((await stored())?.days ?? { pending: 1 })).toEqual([]);
    await expect.poll(() => options.getByTestId('softer-week-clear').isDisabled()).toBe(true);
    await options.close();
    await page.close();
  });
});
