/** Review round 47 (the thirty-seventh session). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);

describe('a no beside a plan already fixed is no pause (review round 47, item 140)', () => {
  it.each([
    ["I'm not talking about the holiday, it's booked and paid for", 'the holiday'],
    ['we are not discussing the wedding venue again, it is already booked', 'the wedding venue'],
  ])('%j says the decision, and offers no time to come back to it', (text, subject) => {
    const [first] = rewrites(text);
    expect(first).toContain(subject);
    expect(first).toMatch(/made up|decided|rather not go over/);
    expect(first).not.toMatch(/come back to it|right now|for now|for today|calmer/);
  });

  it('a no for tonight is still a pause', () => {
    const [first] = rewrites("I'm not talking about the holiday tonight, I'm shattered");
    expect(first).not.toMatch(/made up/);
  });
});
