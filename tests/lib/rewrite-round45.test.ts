import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { gateProblem } from '../../lib/rewrite/gate';
import { rewriteMessage } from '../../lib/rewrite/index';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);

describe('a threat of going ahead alone (review round 45: the boundary lost)', () => {
  it.each([
    [
      "if you're not on the 86 home by 7 I'm eating without you, and then we're having a very different conversation",
      'on the 86 home by 7',
      'eat without you',
    ],
    ["be ready by 8 or I'm leaving without you", 'ready by 8', 'leave without you'],
  ])('%j keeps the request and says the plan calmly', (text, request, plan) => {
    const found = rewrites(text).find((r) => r.includes(plan));
    expect(found).toBeDefined();
    expect(found).toContain(request);
    expect(gateProblem(found as string)).toBeUndefined();
  });

  it('says a single evening\'s plan without "if nothing changes"', () => {
    const plan = rewrites("be ready by 8 or I'm leaving without you").find((r) => r.includes('without you'));
    expect(plan).toContain("if that's not possible");
    expect(plan).not.toContain('if nothing changes');
  });

  it.each([
    // The regrade's readers: "I'll go on my own" only restated "don't come", and changed "don't bother
    // coming to bed" or "don't come to this house"; the partner told to stay away is no plan of the writer's.
    "apologise to my mum or don't come Sunday",
    "If you're going to sulk all through my nan's 90th, stay home.",
    "come to counselling or don't come back",
  ])('%j is not read as going alone', (text) => {
    expect(rewrites(text).join(' ')).not.toContain('on my own');
  });

  it('reads "I\'m leaving" bare as the end, and "I\'m eating" with no "without you" as no plan', () => {
    expect(rewrites("be home by 8 or I'm leaving").join(' ')).not.toContain("I'll leave");
    expect(rewrites("be home by 8 or I'm eating").join(' ')).not.toMatch(/I(?:'ll|'m going to) eat/);
  });
});

describe('a time and an idiom in the wish (review round 45: broken and invented topics)', () => {
  it('keeps "by then": a time, not the start of the threat', () => {
    const whole = rewriteMessage(
      "Aoife's communion dinner is at 7. if you're not home by then don't come home at all.",
    );
    expect(whole).toContain('be home by then.');
    expect(whole).not.toMatch(/home by\./);
  });

  it.each([
    ['and maybe try not to be late for once in your life', /your life/],
    ["ur deadass the most selfish person i've ever dated", /deadass/],
  ])('%j takes no topic from the idiom or the slang', (text, invented) => {
    for (const rewrite of rewrites(text)) expect(rewrite).not.toMatch(invented);
    expect(rewrites(text).length).toBeGreaterThan(0);
  });
});
