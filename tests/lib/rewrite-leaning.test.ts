/**
 * Review round 18: a whole rewrite kept the writer's short sentences that leaned on the sentence it
 * replaced, and pointed at nothing ("Plain and simple.", "Those are the options.", "That's the last
 * thing.", "Not the boss. Your drinking."). lib/rewrite/whole.ts's leaning reads them by their grammar.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewriteMessage } from '../../lib/index';
import { leaning } from '../../lib/rewrite/whole';

describe('a sentence that leans on the one beside it', () => {
  it.each([
    'Plain and simple.',
    'Simple as.',
    'Nothing.',
    'Just one.',
    'Not kidding.',
    'Not going back.',
    'Not doing it.',
    'Not after the summer, now.',
    'Not the boss.',
    'Your drinking.',
    "It doesn't.",
    "That's the last thing.",
    'Those are the options.',
    'This is the last one.',
  ])('%s leans', (sentence) => {
    expect(leaning(sentence)).toBe(true);
  });

  it.each([
    'Car keys?',
    "Tea's in the oven.",
    "Dinner at mum's on Sunday.",
    'See you at 6.',
    'Sam.',
    'Sorry.',
    'Love you.',
    'Great news.',
    "I'm tired.",
    'Kids are fed.',
    "It's paid.",
    "It's your fault we're late.",
    'Even my mother says.',
    'Hi love.',
    'Tuesday at 7.',
    "Not attending your cousin's engagement.",
    'Not selling the quarter section.',
  ])('%s says something of its own', (sentence) => {
    expect(leaning(sentence)).toBe(false);
  });
});

describe('the whole rewrite', () => {
  it.each([
    ["You're lazy. Plain and simple.", 'Plain and simple'],
    ['therapy or a solicitor. those are the options.', 'options'],
    ["Counselling, then I leave. That's the last thing.", 'last thing'],
    ['Not now. Not later. Not ever.', 'Not later'],
  ])('drops what leans on a rewritten sentence: %s', (text, gone) => {
    expect(analyze(text).length).toBeGreaterThan(0);
    const out = rewriteMessage(text);
    expect(out).not.toBe(text);
    expect(out.toLowerCase()).not.toContain(gone.toLowerCase());
  });

  it("keeps a leaning sentence that stands beside the writer's own, not a rewrite", () => {
    // "Nothing." follows a plain question here, not a rewritten sentence.
    const text = "You never listen to me. What did you buy? Nothing. Ok I'll get the milk on the way home.";
    const out = rewriteMessage(text);
    expect(out).toContain('What did you buy? Nothing.');
  });

  it('keeps a noun said before the rewrite: it names the subject', () => {
    expect(leaning("Your brother's loan.", true)).toBe(false);
    expect(leaning("Your brother's loan.")).toBe(true);
    const out = rewriteMessage("Your brother's loan. Not discussing it. Drop it.");
    expect(out).toMatch(/^Your brother's loan\. /);
  });

  it('keeps plans and good news beside a rewrite', () => {
    const text = "You never listen to me. Dinner at mum's on Sunday. Great news about your sister.";
    const out = rewriteMessage(text);
    expect(out).toContain("Dinner at mum's on Sunday.");
    expect(out).toContain('Great news about your sister.');
  });
});
