import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { browserForThisFile, EXTENSION_DIR, softerHighlights } from './harness';

const SHOTS = 'test-results/screenshots';
// Launched for this file; the file ends by checking that nothing left this machine.
const h = browserForThisFile();

/**
 * The DOM event listeners Softer holds on a frame's window and document ("window blur"), read through
 * the inspector from Softer's own isolated world (the inspector lists a world's listeners only). WXT's
 * own "a newer copy started" event is named by the extension's id, shortened here to its last part.
 */
async function softerListeners(page: Page, frameUrl: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; origin: string; auxData?: { frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const id = findFrame(frameTree, frameUrl);
    const world = contexts.find(
      (c) => c.auxData?.frameId === id && c.origin.startsWith('chrome-extension://'),
    );
    if (!world) throw new Error(`no Softer world in ${frameUrl}`);
    const found: string[] = [];
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target, contextId: world.id });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId as string,
      });
      for (const l of listeners) found.push(`${target} ${l.type.replace(/^.*:(wxt:[\w-]+)$/, '$1')}`);
    }
    return found.sort();
  } finally {
    await cdp.detach();
  }
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
const findFrame = (tree: FrameTree, url: string): string | undefined =>
  tree.frame.url === url ? tree.frame.id : tree.childFrames?.map((c) => findFrame(c, url)).find(Boolean);

describe('the built extension in Chromium', () => {
  it('runs its content script on the practice chat page and flags a harsh message in a textarea', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    await page.locator('#message-textarea').pressSequentially('you never listen to me', { delay: 20 });
    const indicator = page.getByTestId('softer-indicator');
    await expect.poll(() => indicator.textContent(), { timeout: 5000 }).toBe('1');
    // Its UI host, in an open shadow root.
    expect(await page.evaluate(() => document.querySelector('softer-ui')?.shadowRoot !== null)).toBe(true);
    await indicator.click();
    const card = page.getByTestId('softer-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('Sweeping generalisation');
    // The card stays on screen.
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const cardBox = await card.boundingBox();
    expect(
      cardBox &&
        cardBox.y >= 0 &&
        cardBox.y + cardBox.height <= viewport.height &&
        cardBox.x + cardBox.width <= viewport.width,
    ).toBe(true);
    await page.screenshot({ path: `${SHOTS}/card-textarea.png` });
    await page.close();
  });

  it('adds nothing to a page or frame until a message box there is used, then only there', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('nested.html'));
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    const mounted = () =>
      Promise.all([page, frame].map((f) => f?.evaluate(() => document.querySelector('softer-ui') !== null)));
    // Given time to start: still nothing, in the page or its frame (an ad frame costs one listener).
    await page.waitForTimeout(500);
    expect(await mounted()).toEqual([false, false]);
    await page.frameLocator('iframe').locator('#frame-field').click();
    await expect.poll(mounted).toEqual([false, true]);
    await page.close();
  });

  it('starts quietly: no message to the page, and only the listeners that wait for a message box', async () => {
    const page = await h.context.newPage();
    // What the page's own message listeners would see (WXT used to post one at every start).
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(h.pageUrl('nested.html'));
    const frameUrl = h.pageUrl('frame.html');
    const frame = page.frames().find((f) => f.url() === frameUrl);
    await page.waitForTimeout(500);
    const seen = () =>
      Promise.all(
        [page, frame].map((f) => f?.evaluate(() => (window as unknown as { seen: unknown[] }).seen)),
      );
    expect(await seen()).toEqual([[], []]);
    // The frame (an ad frame, say): focus and input checks, the blur that tells focus went into a
    // frame with no script, and WXT's own "a newer copy started" event. No key, click or composition
    // listener, no send guard, no UI, until a message box is used.
    const waiting = [
      'document focusin',
      'document input',
      'document wxt:content-script-started',
      'window blur',
    ];
    expect(await softerListeners(page, frameUrl)).toEqual(waiting);
    // The top frame adds the badge's focus check (a pause ending on its own).
    expect(await softerListeners(page, page.url())).toEqual(['document focusin', ...waiting].sort());
    // Used, the frame gets the rest; the page around it still waits.
    await page.frameLocator('iframe').locator('#frame-field').click();
    await expect
      .poll(() => softerListeners(page, frameUrl))
      .toEqual(expect.arrayContaining(['window keydown', 'window click', 'window compositionend']));
    expect(await softerListeners(page, page.url())).toEqual(['document focusin', ...waiting].sort());
    expect(await seen()).toEqual([[], []]);
    await page.close();
  });

  it('underlines a harsh phrase in a contenteditable field with a CSS highlight, without touching its DOM', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    const editable = page.locator('#message-editable');
    await editable.click();
    await page.keyboard.type('ur so defensive, I literally just asked a question', {
      delay: 10,
    });
    await expect.poll(() => page.getByTestId('softer-indicator').textContent(), { timeout: 5000 }).toBe('1');
    expect(await softerHighlights(page)).toEqual(['ur so defensive']);
    expect(await editable.innerHTML()).toBe('ur so defensive, I literally just asked a question');
    await page.close();
  });

  it('underlines both hits of one category in one sentence, and counts them as one suggestion', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    const editable = page.locator('#message-editable');
    await editable.click();
    await page.keyboard.type('You always promise to call from the hotel and you never do.', { delay: 5 });
    await expect
      .poll(() => softerHighlights(page), { timeout: 5000 })
      .toEqual(['You always promise', 'you never do']);
    expect(await page.getByTestId('softer-indicator').textContent()).toBe('1');
    await page.getByTestId('softer-indicator').click();
    await expect.poll(() => page.getByTestId('softer-use-rewrite').count()).toBeGreaterThan(0);
    expect(await page.locator('.softer-category').count()).toBe(1);
    await page.close();
  });

  it('takes the indicator away as soon as the message is soft', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    const input = page.locator('#message-input');
    await input.pressSequentially('you always forget', { delay: 10 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await input.fill('');
    await input.pressSequentially('you always make me laugh', { delay: 10 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(0);
    expect(await input.inputValue()).toBe('you always make me laugh');
    await page.close();
  });

  it('opens the popup page and checks a message in the scratchpad', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.getByLabel('Message to check').fill("if you don't come to therapy, I'm leaving");
    await page.getByTestId('softer-scratchpad-check').click();
    const findings = page.getByTestId('softer-scratchpad-findings');
    await expect.poll(() => findings.textContent()).toContain('Ultimatum');
    await page.setViewportSize({ width: 390, height: 640 });
    await page.screenshot({ path: `${SHOTS}/popup-scratchpad.png`, fullPage: true });
    await page.close();
  });
});

describe('underlines in text controls', () => {
  it('draws the underline over a textarea with a mirror that never takes the pointer', async () => {
    const page = await h.context.newPage();
    await page.goto(h.pageUrl('chat.html'));
    const field = page.locator('#message-textarea');
    await field.pressSequentially('hope work is ok. you never listen to me', { delay: 5 });
    const underline = page.getByTestId('softer-underline');
    await expect.poll(() => underline.count(), { timeout: 5000 }).toBe(1);
    expect(await underline.textContent()).toBe('you never listen');
    await page.screenshot({
      path: `${SHOTS}/underline-textarea.png`,
      clip: { x: 260, y: 220, width: 760, height: 140 },
    });
    // The underline sits inside the textarea's box, on the first line of text.
    const [mark, box] = await Promise.all([underline.boundingBox(), field.boundingBox()]);
    expect(mark && box && mark.x > box.x && mark.y > box.y && mark.x + mark.width < box.x + box.width).toBe(
      true,
    );
    // Clicks go through to the textarea.
    await page.mouse.click((mark?.x ?? 0) + 2, (mark?.y ?? 0) + 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message-textarea');
    // While typing, the underline hides (positions may move), and comes back after the pause.
    await field.press('End');
    await field.pressSequentially(' ok', { delay: 5 });
    await expect.poll(() => underline.count(), { timeout: 5000 }).toBe(1);
    await page.close();
  });
});

describe('the toolbar icon', () => {
  it('ships a grey, faded "off" icon made at build time beside the colour ones (modules/off-icon.ts)', async () => {
    for (const size of [16, 32]) {
      const on = sharp(join(EXTENSION_DIR, `icons/${size}.png`));
      const off = sharp(join(EXTENSION_DIR, `icons/${size}-off.png`));
      expect((await off.metadata()).width).toBe((await on.metadata()).width);
      const [onStats, offStats] = [await on.stats(), await off.stats()];
      const [r, g, b, alpha] = offStats.channels.map((c) => c.mean);
      // Grey: red, green and blue alike; faded: less opaque than the colour icon.
      expect(Math.abs((r ?? 0) - (g ?? 0)) + Math.abs((g ?? 0) - (b ?? 0))).toBeLessThan(1);
      expect(alpha).toBeLessThan((onStats.channels[3]?.mean ?? 0) * 0.7);
    }
    // The worker reaches it by its path, as setIcon does.
    const url = `chrome-extension://${h.extensionId}/icons/16-off.png`;
    expect(await h.worker.evaluate(async (u) => (await fetch(u)).ok, url)).toBe(true);
  });
});
