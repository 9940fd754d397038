/** Review round 47 (the thirty-seventh session). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { baseOf } from '../../lib/rewrite/parts';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';

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

  it('"I\'m not doing this again" refuses the row, and is no decision', () => {
    const [first] = rewrites("I'm not doing this again, goodnight");
    expect(first).not.toMatch(/made up|decided/);
  });

  it('a no for tonight is still a pause', () => {
    const [first] = rewrites("I'm not talking about the holiday tonight, I'm shattered");
    expect(first).not.toMatch(/made up/);
  });
});

describe('a threat with no comma before it is no part of the wish (review round 47, item 271)', () => {
  it.each([
    [
      "if you don't find a job by Christmas you're moving back to your dad's",
      'find a job by Christmas',
      'moving back',
    ],
    [
      "if you skip the school play again you'll be explaining it to Ava yourself",
      'the school play',
      'explaining',
    ],
  ])('%j', (text, wish, threat) => {
    const [first] = rewrites(text);
    expect(first).toContain(wish);
    expect(first).not.toContain(threat);
  });
});

describe('an order swept with "for once" ends with its clause (review round 47, item 202)', () => {
  it('asks for the order, without the jab after the comma', () => {
    const [first] = rewrites("take the bins out for once, the neighbours think you've moved out");
    expect(first).toContain('take the bins out');
    expect(first).not.toMatch(/neighbours|moved out/);
  });
});

describe('a tag question is no part of what happened (review round 47, item 218)', () => {
  it.each([
    "You said you'd book the vet for Bella. You haven't, have you. Typical.",
    "You promised to ring your mum back. You didn't, did you. Classic.",
  ])('%j', (text) => {
    for (const r of rewrites(text))
      expect(r).not.toMatch(/\b(haven't|didn't) (have|did) you\b|that you (haven't|didn't)\./i);
  });
});

describe('a likeness that insults names no topic (review round 47, item 131)', () => {
  it.each([
    ['you have the emotional range of a teaspoon', /range|teaspoon/],
    ["you've got the patience of a toddler with the bins", /patience|toddler/],
  ])('%j', (text, noun) => {
    expect(topicPhrases(readSentence(text, [[0, text.length]])).join(' ')).not.toMatch(noun);
  });

  it('"the keys of a neighbour" that we have are still a thing', () => {
    expect(topicPhrases(readSentence('you lost the keys of a neighbour', [[0, 8]])).join(' ')).toMatch(
      /keys/,
    );
  });
});

describe('British "-t" pasts have their base (review round 47, item 31: "when you spoild")', () => {
  it.each([
    ['spoilt', 'spoil'],
    ['learnt', 'learn'],
    ['burnt', 'burn'],
    ['spilt', 'spill'],
  ])('%s → %s', (past, base) => {
    expect(baseOf(past)).toBe(base);
  });

  it('says the act in its base after "when you"', () => {
    const [first] = rewrites("you've burnt the rice again");
    expect(first).toMatch(/\bburn the rice\b/);
  });
});

describe('a span of time goes with what it is of (review round 47, item 41)', () => {
  it('"in six years of marriage" leaves no "of marriage" on the act', () => {
    const [first] = rewrites("You never once came with me to my nan's flat in six years of marriage.");
    expect(first).toContain("my nan's flat");
    expect(first).not.toMatch(/of marriage|six years/);
  });
});
