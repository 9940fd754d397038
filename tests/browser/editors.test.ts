/**
 * Softer in the editors messaging sites are built on, bundled from the real libraries (tests/pages/src):
 * type a harsh message key by key, see the highlight and the indicator, apply a rewrite from the card,
 * and check the editor's own model (not only the DOM): rewritten once, nothing duplicated or lost, the
 * caret after the rewrite, and one Ctrl+Z back to the original.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForThisFile, softerHighlights } from './harness';

const SHOTS = 'test-results/screenshots';
const ORIGINAL = 'hope work is ok. you never listen to me, anyway dinner at 7?';
const REWRITE = "I've noticed I feel lonely when you don't listen to me. Can we talk about it this evening? ";
const REWRITTEN = `hope work is ok. ${REWRITE}anyway dinner at 7?`;

const h = browserForThisFile(() => {
  execFileSync(process.execPath, ['scripts/build-fixtures.mjs'], { stdio: 'inherit' });
});

/** The text in the editor's own model. */
const modelText = (page: Page) =>
  page.evaluate(() => (window as unknown as { softerFixture: { text(): string } }).softerFixture.text());

async function typeOriginal(page: Page, editor: string) {
  await page.goto(h.pageUrl(`vendor/${editor}.html`));
  await expect.poll(() => page.evaluate(() => 'softerFixture' in window)).toBe(true);
  await page.locator('#editor [contenteditable="true"], #editor[contenteditable="true"]').first().click();
  await page.keyboard.type(ORIGINAL, { delay: 8 });
  await expect.poll(() => modelText(page)).toBe(ORIGINAL);
  await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
  // A person reads the card before choosing: more than a second. Quill's history groups every edit
  // made within one second into one undo step, so a rewrite applied faster undoes with the last typing.
  await page.waitForTimeout(1100);
}

async function applyFirstRewrite(page: Page, how: 'click' | 'keyboard') {
  if (how === 'click') {
    await page.getByTestId('softer-indicator').click();
    await page.getByTestId('softer-use-rewrite').first().click();
  } else {
    await page.keyboard.press('Alt+Shift+S');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('softer-ui')?.shadowRoot?.activeElement?.getAttribute('data-testid'),
        ),
      )
      .toBe('softer-use-rewrite');
    await page.keyboard.press('Enter');
  }
}

describe.each(['lexical', 'slate', 'draft', 'quill', 'prosemirror'])('in %s', (editor) => {
  it('highlights the harsh phrase and applies a rewrite that the editor model agrees with; one Ctrl+Z undoes it', async () => {
    const page = await h.context.newPage();
    await typeOriginal(page, editor);
    expect(await softerHighlights(page)).toEqual(['you never listen']);
    await page.getByTestId('softer-indicator').click();
    await page.screenshot({ path: `${SHOTS}/card-${editor}.png` });
    await page.getByTestId('softer-use-rewrite').first().click();
    await expect.poll(() => modelText(page)).toBe(REWRITTEN);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => modelText(page)).toBe(ORIGINAL);
    await page.close();
  });

  it('leaves the caret after the rewrite (applied from the keyboard), so typing continues there', async () => {
    const page = await h.context.newPage();
    await typeOriginal(page, editor);
    await applyFirstRewrite(page, 'keyboard');
    await expect.poll(() => modelText(page)).toBe(REWRITTEN);
    await page.keyboard.type('x');
    await expect.poll(() => modelText(page)).toBe(REWRITTEN.replace(REWRITE, `${REWRITE}x`));
    await page.close();
  });
});
