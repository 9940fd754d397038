/**
 * Review round 46 and blind round 57 (the thirty-sixth session): an either-or whose "us" is what a verb
 * acts on, and a second sentence that names help for the first time.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite/index';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);

describe('an either-or has a rival only where the writer is a side of it', () => {
  it('"therapy saves us or nothing does" competes with nothing (blind round 57)', () => {
    const text = 'Amor, we are at the end of the line. Either therapy saves us or nothing does.';
    for (const r of rewrites(text)) {
      expect(r).not.toMatch(/competing with/);
      expect(r).not.toMatch(/nothing does/);
    }
    expect(rewriteMessage(text)).not.toMatch(/nothing does|competing with/);
  });

  it.each([
    ['pick. me or your phone', 'your phone'],
    ["it's me or the pokies mate, make your mind up", 'the pokies'],
  ])('%j still names its rival', (text, rival) => {
    expect(rewrites(text).some((r) => r.includes(rival))).toBe(true);
  });
});

describe('a sentence that names help for the first time is not "asked again" (review round 46, item 141)', () => {
  it('keeps the counsellor when the rewrite beside it asks only to talk', () => {
    const text = 'dis is we last chance, yuh hear me? we go by de counsellor or is over';
    const whole = rewriteMessage(text);
    expect(whole).toMatch(/counsellor/);
    expect(whole).not.toMatch(/or is over/);
  });

  it('still says the help once when a rewrite beside it already asks for it (review round 22)', () => {
    const whole = rewriteMessage(
      "Marriage is on the rocks, Dev. If we don't see the imam this month, we're done. I mean it.",
    );
    expect(whole.match(/\bimam\b/gi) ?? []).toHaveLength(1);
  });
});
