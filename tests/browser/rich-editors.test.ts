/**
 * Issue 13: rich-text editors that keep their own model, and editors in frames Softer gets no content
 * script in (srcdoc, written by script, replaced after load), bundled from the real libraries
 * (tests/pages/src). Each goes through every step a person does, checked in the editor's own model:
 * type a harsh message, see it flagged, open the card (inside the viewport, by the field), apply a
 * rewrite that is still there once the editor has settled, one undo back to the original exactly,
 * redo, and typing after the rewrite. No wait for Softer on arrival: it starts on the first focus of a
 * message box, in a frame too.
 */
import { execFileSync } from 'node:child_process';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserForThisFile, softerHighlights } from './harness';

const SHOTS = 'test-results/screenshots';
const ORIGINAL = 'hope work is ok. you never listen to me, anyway dinner at 7?';
// The card's first rewrite, read from the card (the engine's wording is not this file's business): the
// sentence "you never listen to me," becomes it, followed by a space.
let REWRITE = '';
let REWRITTEN = '';
const rewriteFrom = async (page: Page) => {
  const first = (await page.locator('.softer-rewrites .softer-rewrite-text').first().textContent()) ?? '';
  REWRITE = `${first} `;
  REWRITTEN = `hope work is ok. ${REWRITE}anyway dinner at 7?`;
};

const h = browserForThisFile(() => {
  execFileSync(process.execPath, ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
});

interface Fixture {
  /** Which editor, and where it lives. */
  name: string;
  /** The page, under tests/pages/. */
  page: string;
  /** The frame the editor is in, when it is in one. */
  frame?: string;
  /** The editable element (inside the frame, if any). */
  editable: string;
  /** The fixture's model lives in the page rather than in the editor's frame (TinyMCE). */
  modelInPage?: boolean;
  /** The redo key, where the editor's own differs from the platform's. */
  redo?: string;
}

const FIXTURES: Fixture[] = [
  { name: 'TipTap', page: 'vendor/tiptap.html', editable: '#editor [contenteditable="true"]' },
  { name: 'CKEditor 5', page: 'vendor/ckeditor.html', editable: '.ck-editor__editable' },
  { name: 'Trix', page: 'vendor/trix.html', editable: 'trix-editor' },
  {
    name: 'TinyMCE (its own srcdoc frame)',
    page: 'vendor/tinymce.html',
    frame: 'iframe.tox-edit-area__iframe',
    editable: 'body',
    modelInPage: true,
  },
  {
    name: 'ProseMirror in a frame written by script',
    page: 'frame-written.html',
    frame: '#frame',
    editable: '#editor [contenteditable="true"]',
  },
  {
    name: 'Lexical in a frame whose document is replaced after load',
    page: 'frame-replaced.html',
    frame: '#frame',
    editable: '#editor',
  },
];

/** The frame the editor lives in (the page's main frame when it is not in one). */
async function editorFrame(page: Page, fixture: Fixture): Promise<Frame> {
  if (!fixture.frame) return page.mainFrame();
  const element = await page.waitForSelector(fixture.frame);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`no frame at ${fixture.frame}`);
  return frame;
}

/** The text in the editor's own model, or null before the editor is ready. */
const modelText = (frame: Frame) =>
  frame.evaluate(
    () => (window as unknown as { softerFixture?: { text(): string } }).softerFixture?.text() ?? null,
  );

/** What the editor shows. */
const shownText = (frame: Frame, editable: string) =>
  frame.evaluate((selector) => {
    const host = document.querySelector(selector) as HTMLElement;
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
    // Editors keep zero-width and no-break placeholders of their own in empty or trailing spots.
    return text.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ');
  }, editable);

/** Resolves once the page in `frame` has painted twice and run its pending tasks: an editor has settled. */
const settled = (frame: Frame) =>
  frame.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(), 50))),
      ),
  );

const card = (page: Page) => page.getByTestId('softer-card');

describe.each(FIXTURES)('$name', (fixture) => {
  let page: Page;
  let frame: Frame;
  /** Where the fixture exposes the editor's own model. */
  let model: Frame;
  afterAll(async () => {
    await page?.close();
  });

  it('reads the message and flags the harsh phrase with an underline', async () => {
    page = await h.context.newPage();
    await page.goto(h.pageUrl(fixture.page));
    if (fixture.page === 'frame-replaced.html')
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { frameReplaced?: boolean }).frameReplaced), {
          timeout: 10_000,
        })
        .toBe(true);
    frame = await editorFrame(page, fixture);
    model = fixture.modelInPage ? page.mainFrame() : frame;
    await expect.poll(() => modelText(model), { timeout: 10_000 }).toBe('');
    await frame.locator(fixture.editable).first().click();
    await page.keyboard.type(ORIGINAL, { delay: 8 });
    await expect.poll(() => modelText(model)).toBe(ORIGINAL);
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    expect(await softerHighlights(frame)).toEqual(['you never listen']);
    // A person reads the card before choosing (Quill-like editors group edits made within a second).
    await page.waitForTimeout(1100);
  });

  it('opens the card next to the field, inside the viewport', async () => {
    await page.getByTestId('softer-indicator').click();
    await expect.poll(() => card(page).isVisible()).toBe(true);
    const box = await card(page).boundingBox();
    // A whole-document editor (TinyMCE's body) is as big as its frame: the card goes by the frame.
    const field = await (fixture.editable === 'body' && fixture.frame
      ? page.locator(fixture.frame)
      : frame.locator(fixture.editable).first()
    ).boundingBox();
    const viewport = page.viewportSize();
    if (!box || !field || !viewport) throw new Error('no layout');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Against the field (under, above or beside it) in the page's coordinates, frame offsets included.
    const apart = Math.max(
      field.x - (box.x + box.width),
      box.x - (field.x + field.width),
      field.y - (box.y + box.height),
      box.y - (field.y + field.height),
    );
    expect(apart).toBeLessThan(40);
    await rewriteFrom(page);
    await page.screenshot({ path: `${SHOTS}/card-${fixture.page.replace(/\W+/g, '-')}.png` });
  });

  it('applies the rewrite, and the editor still holds it once it has settled', async () => {
    await page.getByTestId('softer-use-rewrite').first().click();
    await expect.poll(() => modelText(model)).toBe(REWRITTEN);
    await settled(frame);
    expect(await modelText(model)).toBe(REWRITTEN);
    expect(await shownText(frame, fixture.editable)).toBe(REWRITTEN);
    expect(await page.getByTestId('softer-apply-failed').count()).toBe(0);
  });

  it('one undo brings the original back exactly', async () => {
    await page.keyboard.press('Control+Z');
    await expect.poll(() => modelText(model)).toBe(ORIGINAL);
    await settled(frame);
    expect(await modelText(model)).toBe(ORIGINAL);
  });

  it('redo applies the rewrite again', async () => {
    await page.keyboard.press(fixture.redo ?? 'Control+Shift+Z');
    await expect.poll(() => modelText(model)).toBe(REWRITTEN);
  });

  it('typing goes on right after the rewrite', async () => {
    await page.keyboard.type('x');
    await expect.poll(() => modelText(model)).toBe(REWRITTEN.replace(REWRITE, `${REWRITE}x`));
    await settled(frame);
    expect(await shownText(frame, fixture.editable)).toBe(REWRITTEN.replace(REWRITE, `${REWRITE}x`));
  });
});

describe('an editor that would not take the rewrite', () => {
  it('leaves the message exactly as it was, says why on the card and offers Copy', async () => {
    const page = await h.context.newPage();
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(h.pageUrl('')).origin,
    });
    await page.goto(h.pageUrl('stubborn.html'));
    const frame = page.mainFrame();
    await page.locator('#editor').click();
    await page.keyboard.type(ORIGINAL, { delay: 8 });
    await expect.poll(() => modelText(frame)).toBe(ORIGINAL);
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('softer-indicator').click();
    await rewriteFrom(page);
    await page.getByTestId('softer-use-rewrite').first().click();
    await expect.poll(() => page.getByTestId('softer-apply-failed').count()).toBe(1);
    // Not a character lost or doubled, in the model and on screen.
    expect(await modelText(frame)).toBe(ORIGINAL);
    expect(await shownText(frame, '#editor')).toBe(ORIGINAL);
    expect(await page.getByTestId('softer-apply-reason').textContent()).toContain('did not take the rewrite');
    const notice = await page.getByTestId('softer-apply-failed').boundingBox();
    const viewport = page.viewportSize();
    expect(notice && viewport && notice.y >= 0 && notice.y + notice.height <= viewport.height).toBe(true);
    await page.getByTestId('softer-copy-rewrite').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(REWRITE.trim());
    await page.screenshot({ path: `${SHOTS}/apply-failed-copy.png` });
    // Typing goes on as before.
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(() => modelText(frame)).toBe(`${ORIGINAL}!`);
    await page.close();
  });
});

describe('the card on the practice page', () => {
  it.each([
    [1280, 720],
    [1024, 560],
    [800, 600],
    [480, 360],
    [360, 640],
    [320, 240],
  ])('stays whole inside a %ix%i window, its last rewrite included', async (width, height) => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(h.pageUrl('chat.html'));
    await page.locator('#message-textarea').click();
    await page.keyboard.type('you never listen to me', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('softer-indicator').click();
    await expect.poll(() => card(page).isVisible()).toBe(true);
    const box = await card(page).boundingBox();
    if (!box) throw new Error('no card');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    // The last rewrite: on screen without scrolling wherever the whole card fits the window, and
    // reachable by scrolling inside the card where the window is smaller than the card.
    const fits = await card(page).evaluate((el) => el.scrollHeight <= el.clientHeight);
    const natural = await card(page).evaluate(
      (el) => el.scrollHeight + (el as HTMLElement).offsetHeight - el.clientHeight,
    );
    const last = page.getByTestId('softer-use-rewrite').last();
    if (!fits) await last.scrollIntoViewIfNeeded();
    const button = await last.boundingBox();
    if (!button) throw new Error('no rewrite button');
    expect(button.y).toBeGreaterThanOrEqual(box.y);
    expect(button.y + button.height).toBeLessThanOrEqual(Math.min(height, box.y + box.height));
    if (width === 1280) await page.screenshot({ path: `${SHOTS}/card-practice-${width}x${height}.png` });
    // Whole wherever the window is tall enough for the whole card.
    expect(fits || natural > height - 16).toBe(true);
    await page.close();
  });
});
