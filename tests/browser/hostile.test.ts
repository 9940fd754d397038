/**
 * Bad input and hostile pages: Softer raises no error into the page, loses no text, and never leaves
 * its UI stranded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { browserForThisFile } from './harness';

const h = browserForThisFile();

/** Opens a page and collects its uncaught errors. */
async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(h.pageUrl(name));
  return { page, errors };
}

/** Only the page's own deliberate errors are allowed. */
const notPagesOwn = (errors: string[]) => errors.filter((e) => !e.includes('page handler exploded'));

describe('a hostile page', () => {
  it('with reset-everything CSS, a top layer, and input handlers that throw and stop propagation', async () => {
    const { page, errors } = await open('hostile.html');
    const field = page.locator('#hostile');
    await field.click();
    await page.keyboard.type('you never listen to me, anyway dinner at 7?', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('softer-indicator').click();
    await expect.poll(() => page.getByTestId('softer-card').isVisible()).toBe(true);
    await page.getByTestId('softer-use-rewrite').first().click();
    await expect
      .poll(() => field.inputValue())
      .toBe(
        "I've noticed I feel lonely when you don't listen to me. Can we talk about it this evening? anyway dinner at 7?",
      );
    expect(errors.length).toBeGreaterThan(0); // the page's own handlers did throw
    expect(notPagesOwn(errors)).toEqual([]);
    await page.close();
  });
});

describe('bad input', () => {
  it('a field removed after its finding takes the indicator and card with it', async () => {
    const { page, errors } = await open('chat.html');
    await page.locator('#message-textarea').pressSequentially('you never listen', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await page.getByTestId('softer-indicator').click();
    await expect.poll(() => page.getByTestId('softer-card').count()).toBe(1);
    await page.evaluate(() => document.getElementById('message-textarea')?.remove());
    await expect.poll(() => page.getByTestId('softer-indicator').count()).toBe(0);
    expect(await page.getByTestId('softer-card').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a rich-text field removed after its finding leaves no highlight registered', async () => {
    const { page, errors } = await open('chat.html');
    await page.locator('#message-editable').click();
    await page.keyboard.type('you never listen', { delay: 5 });
    const registered = () =>
      page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('softer'));
    await expect.poll(registered, { timeout: 5000 }).toBe(true);
    await page.evaluate(() => document.getElementById('message-editable')?.remove());
    await expect.poll(registered).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a field removed while its analysis runs leaves no indicator behind', async () => {
    const { page, errors } = await open('chat.html');
    await page.locator('#message-textarea').pressSequentially('you never listen', { delay: 5 });
    await page.evaluate(() => document.getElementById('message-textarea')?.remove());
    // Another field gets focus and an edit: Softer moves on without error.
    await page.locator('#message-input').pressSequentially('ok', { delay: 5 });
    await page.waitForTimeout(400);
    expect(await page.getByTestId('softer-indicator').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a field holding 100,000 characters keeps every character and still gets its finding', async () => {
    const { page, errors } = await open('chat.html');
    const long = 'had a long day, the train was late again and the kids were tired. '
      .repeat(1500)
      .slice(0, 100_000);
    const field = page.locator('#message-textarea');
    await field.fill(long);
    await field.press('End');
    await page.keyboard.type(' you never listen', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 10_000 }).toBe(1);
    expect(await field.inputValue()).toBe(`${long} you never listen`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a paste longer than the engine reads (250,000 characters) is kept whole; its start is still read', async () => {
    const { page, errors } = await open('chat.html');
    const paste =
      `you never listen to me. ${'and the train was late again, the kids were tired. '.repeat(5000)}`.slice(
        0,
        250_000,
      );
    const field = page.locator('#message-textarea');
    await field.fill(paste);
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 10_000 }).toBe(1);
    expect(await field.inputValue()).toBe(paste);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rapid focus changes across 50 fields end with the right field analysed', async () => {
    const { page, errors } = await open('hostile.html');
    for (let i = 0; i < 50; i++) {
      await page.locator(`#field-${i}`).focus();
      await page.keyboard.type('a');
    }
    await page.keyboard.type(" it's your fault", { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    for (let i = 0; i < 49; i++) expect(await page.locator(`#field-${i}`).inputValue()).toBe('a');
    expect(await page.locator('#field-49').inputValue()).toBe("a it's your fault");
    expect(notPagesOwn(errors)).toEqual([]);
    await page.close();
  });
});

describe('fields in open shadow roots and in frames', () => {
  it('finds a message box inside a web component and one inside an iframe', async () => {
    const { page, errors } = await open('nested.html');
    await page
      .locator('chat-composer #shadow-field')
      .pressSequentially('you never listen to me', { delay: 5 });
    await expect.poll(() => page.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    const frame = page.frameLocator('iframe');
    await frame.locator('#frame-field').pressSequentially("it's your fault we're late", { delay: 5 });
    // The frame has its own content script and its own indicator.
    await expect.poll(() => frame.getByTestId('softer-indicator').count(), { timeout: 5000 }).toBe(1);
    await frame.getByTestId('softer-indicator').click();
    await frame.getByTestId('softer-use-rewrite').first().click();
    // The engine's own first rewrite: this test is about reaching the frame, not the wording.
    const [finding] = analyze("it's your fault we're late");
    await expect.poll(() => frame.locator('#frame-field').inputValue()).toBe(finding?.rewrites[0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
