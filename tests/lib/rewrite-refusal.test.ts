/**
 * A refusal of help stays a refusal (review rounds 6–8): readers graded "not ready yet" and "willing to
 * talk about it" as changing a no the writer had closed, and a curt closer left beside the calm no
 * ("Stop it.") as harsh.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewriteMessage } from '../../lib/index';

const first = (text: string) => analyze(text)[0]?.rewrites ?? [];

describe('refusals', () => {
  it.each([
    "I'm not going to therapy, don't ask again.",
    'Therapy is a waste of money.',
    "we don't need a counsellor, we're fine",
  ])('keeps the no to help in every rewrite of %j', (text) => {
    const rewrites = first(text);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) {
      expect(r).toMatch(/isn't (for me|something I want|the way I want to go)|answer on .+ is no/);
      expect(r).not.toMatch(/\b(yet|not ready|willing to talk|big step)\b/);
    }
  });

  it('drops a curt closer beside a rewrite that said the no calmly', () => {
    const whole = rewriteMessage("I'm not going to therapy. Stop it.");
    expect(whole).not.toMatch(/Stop it/);
    expect(whole).toMatch(/therapy/i);
  });

  it('keeps a plain request beside a rewrite', () => {
    expect(rewriteMessage("You never help with the bins. Don't forget the milk.")).toMatch(
      /Don't forget the milk\./,
    );
  });
});
