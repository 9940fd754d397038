/**
 * An ultimatum said across two sentences (review round 52, items 60, 100, 154, 184, 247): a warning said
 * first, a threat that points back at its demand, a tail after the threat. Each was rewritten alone as a
 * stock line; now from the threat and its demand (lib/model/decide.ts, withThreatBeside). In new words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('a warning said first takes in the threat said next (items 60, 100)', () => {
  it.each([
    [
      "ja no, last warning. you go to Kimberley with the manne again over the holidays and I'm moving back to my aunt's",
      'go to Kimberley with the manne',
    ],
    // The threat flagged on its own too: the warning's rewrite is still built from it.
    [
      "eish, final warning. you go fishing with Sipho again over the long weekend and I'm going to my mom's",
      'go fishing with Sipho',
    ],
  ])('the first rewrite of %j names the threat', (text, kept) => {
    const first = rewrites(text)[0] ?? '';
    expect(first).toContain(kept);
    expect(first).not.toMatch(/talk properly/);
  });

  it('the threat said after it is not kept beside the rewrite', () => {
    const text =
      "Last chance macha. If you don't come to the couples counselling in Madurai, I'm telling amma everything.";
    const all = whole(text);
    expect(all).toContain('couples counselling in Madurai');
    expect(all).not.toMatch(/telling amma everything/);
  });
});

describe('a threat that points back takes in the demand before it (items 154, 184, 247)', () => {
  it.each([
    ["Pay your half of the gas bill by Monday. If not, I'm telling your brother everything.", 'gas bill'],
    ["Stop messaging your ex. If not, I take the dog to my dad's in Leeds.", 'stop messaging your ex'],
  ])('%j is rewritten as one either-or', (text, kept) => {
    const first = rewrites(text)[0] ?? '';
    expect(first.toLowerCase()).toContain(kept.toLowerCase());
    expect(first).not.toMatch(/something needs to change|feel okay, and right now/i);
  });

  it('a tail after the threat is rewritten from the threat it closes', () => {
    const text =
      "If you're not at the school gates by 3 tomorrow I'm picking Mia up myself. And you can tell your mum why.";
    const first = rewrites(text)[0] ?? '';
    expect(first).toContain('school gates');
    expect(first).not.toMatch(/tell your mum why/);
  });
});
