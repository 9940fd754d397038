/**
 * Fixes by kind from review round 68 (graded on 3ae9401), each in new words: a count after "for the" read
 * as part of the act ("when you forget our anniversary running"); a modal's bare "be" left as the act
 * ("when you will be"); a "you" after a preposition read as the subject ("when you turn into a fight");
 * a unit of money read as the thing repeated ("the rupees… I need them to stop"); "like" and the owner
 * inside an idiom taken into the topic ("your mammy like", "your mother's feet"); a hypothetical read as
 * a habit ("when you would be late to your own funeral"); the couple's state put on the partner ("when
 * you're broke"); kindness that waits for a reward, and going quiet, in the "only when" wish; the place
 * of the help named after it; a lecture refused as hypocrisy; time spent read as money; and "while we go"
 * for an occasion of both.
 */
import { describe, expect, it } from 'vitest';
import { gateProblem } from '../../lib/rewrite/gate';
import { allRewrites as all, rewritesIn, wholeRewrite } from './found';

describe('the act is what the partner did, said whole', () => {
  it('leaves a count after "for the" out of the act', () => {
    const out = rewritesIn("you've missed parents' evening for the second year running", 'absolute').join(
      '\n',
    );
    expect(out).toMatch(/miss parents' evening/);
    expect(out).not.toMatch(/running/);
  });

  it('drops a candidate whose act is a modal and a bare "be"', () => {
    expect(gateProblem("I've noticed I feel hurt when you will be. Can we talk about it tomorrow?")).toBe(
      'fragment',
    );
    expect(gateProblem("I've noticed I feel hurt when you will be late. Can we talk?")).toBeUndefined();
  });

  it('says a thing that keeps happening "with you" as it was said', () => {
    const out = rewritesIn('Every trip with you turns into a row about money. Every one.', 'absolute').join(
      '\n',
    );
    expect(out).toMatch(/when every trip with you turns into a row about money/);
    expect(out).not.toMatch(/when you turn/);
  });

  it('reads "never have you…" past its auxiliary', () => {
    const out = rewritesIn('never have you thanked me for the packed lunches', 'absolute').join('\n');
    expect(out).toMatch(/thank me for the packed lunches/);
    expect(out).not.toMatch(/have you thanked/);
  });

  it('reads no inversion after a subject ("you never do you never…")', () => {
    const out = all('and you never do you never ever stick up for me');
    expect(out).not.toBe('');
    expect(out).not.toMatch(/nevered|evered/);
  });

  it('leaves a comment word out of what keeps happening', () => {
    const out = rewritesIn('Seriously every dinner with you ends in a row about money.', 'absolute').join(
      '\n',
    );
    expect(out).toMatch(/when every dinner with you ends in a row about money/);
    expect(out).not.toMatch(/when seriously/i);
  });

  it("drops a candidate that keeps the writer's agreement slip", () => {
    expect(gateProblem("I'd love it if you said sorry, not just because you wants a favour.")).toBe(
      'agreement',
    );
    expect(gateProblem("I'd love it if you said sorry, not just because you want a favour.")).toBeUndefined();
  });

  it('drops a hypothetical said as a habit', () => {
    expect(gateProblem("I've been feeling anxious when you would forget your own head.")).toBe('fragment');
    expect(gateProblem('I feel hurt when you would rather be at the pub. Can we talk?')).toBeUndefined();
    const out = rewritesIn('you would turn up late to your own funeral', 'contempt').join('\n');
    expect(out).not.toBe('');
    expect(out).not.toMatch(/funeral|when you would/);
  });

  it("keeps the couple's state theirs", () => {
    const out = rewritesIn("your brother is the reason we're always skint", 'absolute').join('\n');
    expect(out).toMatch(/when we're always skint/);
    expect(out).not.toMatch(/when you're skint/);
  });
});

describe('the topic is what the writer is upset about', () => {
  it('is never a unit of money counted in a threat', () => {
    const out = all("If you give your cousin one more dollar behind my back, I'm moving out.");
    expect(out).toMatch(/your cousin/);
    expect(out).not.toMatch(/the dollars/);
  });

  it('never takes in a "like" after the noun', () => {
    const out = all('off you go, crying to your mammy like you always do');
    expect(out).not.toBe('');
    expect(out).not.toMatch(/mammy like/);
  });

  it("is never an idiom's body part or its owner", () => {
    const out = all(
      "Kiss your brother's feet all you want at the stag but I'm not doing it, end of discussion",
    );
    expect(out).not.toBe('');
    expect(out).not.toMatch(/feet|your brother's/);
  });

  it('takes the place of the help named after it', () => {
    const out = wholeRewrite(
      'This marriage is on life support. Either we go to the counselling at the mosque in Leicester or I go back to my parents after Eid.',
    );
    expect(out).toMatch(/the counselling at the mosque in Leicester/);
  });

  it('takes no abbreviation for a place', () => {
    const out = all("We need the counselling at St. Luke's before it's too late, this is our last chance");
    expect(out).not.toBe('');
    expect(out).not.toMatch(/\bat St\b(?!\.)/);
  });

  it('reads time spent as time, not money', () => {
    const out = all('Shame you spent the whole weekend in the garage again. Every single weekend.');
    expect(out).not.toBe('');
    expect(out).not.toMatch(/money|budget/);
  });
});

describe('what the writer wants', () => {
  it('wishes for a kindness that waits for a reward, "being" or not', () => {
    const out = all("you're only being sweet because you want the car tomorrow");
    expect(out).toMatch(
      /I'd love it if you were sweet of your own accord, not just because you want the car/,
    );
  });

  it('wishes for a kindness that waits for a long errand', () => {
    const out = all('you only ring me when you need me to mind the dog for the weekend');
    expect(out).toMatch(/at other times too, not just when you need me to mind the dog/);
  });

  it('never wishes for more silence', () => {
    const out = all("You only go silent when you know you've lost the argument.");
    expect(out).not.toBe('');
    expect(out).not.toMatch(/went silent at other times/);
  });

  it('answers a lecture refused as hypocrisy with the other half', () => {
    const out = all("Don't lecture me about drinking when you had six pints at the christening.");
    expect(out).toMatch(
      /It's hard for me to hear about drinking from you when you had six pints at the christening/,
    );
  });

  it('says an occasion of both with "whenever"', () => {
    const out = rewritesIn('you get so rude every time we visit your dad', 'absolute').join('\n');
    expect(out).toMatch(/whenever we visit your dad/);
    expect(out).not.toMatch(/while we visit/);
  });
});

describe('the whole message', () => {
  it('keeps where the help is when the crisis rewrite asks for it', () => {
    const out = wholeRewrite(
      "We're on our last legs. If we don't go to the counselling at the church in Oban this month, that's us.",
    );
    expect(out).toMatch(/the counselling at the church in Oban/);
  });
});
