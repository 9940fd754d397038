import { describe, expect, it } from 'vitest';
import { findingsOf } from './found';

/** The first rewrite of each of the message's findings. */
const firsts = (text: string) => findingsOf(text).map((f) => f.rewrites[0] ?? '');

describe('a shut-down whose condition is the help the writer wants asks for that help (review round 40)', () => {
  it.each([
    [
      "Fine, let's just end this thing. If you won't come to the counselling at church then there is nothing more to discuss.",
      /like you to come to the counselling at church/,
    ],
    ['no counselling, no us by summer', /counselling with me|try counselling|counselling could/],
  ])('%s', (text, asked) => {
    const all = firsts(text);
    expect(all.some((r) => asked.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/isn't for me|answer on counselling is no/);
  });

  it.each([
    ["I'm not going to counselling, end of discussion.", /isn't for me|answer on counselling is no/],
    ["Ok. I'm not discussing the counsellor again. If you want to go, go.", /answer on the counsellor is no/],
  ])("the writer's own no to help stays a no: %s", (text, no) => {
    expect(firsts(text).some((r) => no.test(r))).toBe(true);
  });
});

describe('a subject closed for good in words the for-good reading did not know stays closed (review round 40)', () => {
  it.each([
    ['Not one more word about the mission trip budget.', /the mission trip budget/],
    [
      'E don do. I no wan hear anything about your sister wedding contribution again.',
      /your sister wedding contribution/,
    ],
  ])('%s', (text, subject) => {
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(subject);
    // A no for good proposes no later talk.
    expect(first).not.toMatch(/for now|come back to it|set a time|right now/);
  });

  it('a pause said without "again" stays a pause: "I no fit hear am, abeg no vex"', () => {
    expect(firsts('I no fit hear am, abeg no vex')[0]).toMatch(
      /come back to it|breather|for now|another time/,
    );
  });
});

describe('a thing the writer rules out with "not" is no topic (review round 40)', () => {
  it.each([
    [
      "we missed the first quarter of the Eagles game cause you had to redo your hair twice, that's on you not the traffic on 95",
      /traffic/,
    ],
    [
      "you spent the holiday money on a new set of golf clubs. that's why we're not going to Portugal. not me, not the kids' school trip, you.",
      /school/,
    ],
  ])('%s', (text, ruled) => {
    for (const r of firsts(text)) expect(r).not.toMatch(ruled);
  });

  it('what was missing stays the topic: "It\'s not the money, it\'s that you lied about the money."', () => {
    expect(firsts("It's not the money, it's that you lied about the money.")[0]).toMatch(/the money/);
  });

  it('so does what the writer is tired of: "Not the bins again! You said you\'d do them."', () => {
    expect(firsts("Not the bins again! You said you'd do them.").join(' ')).toMatch(/bins/);
  });
});

describe('a sweep said as an excuse or a story says what keeps happening (review round 40)', () => {
  it.each([
    ["always some reason you can't do the 3am feed", /when you don't do the 3am feed/],
    [
      "there's always an excuse why you're late for dinner",
      /you're late for dinner|you weren't late for dinner/,
    ],
    [
      'Same story every weekend. You sleep till noon and I do the shopping.',
      /when you sleep till noon and I do the shopping/,
    ],
  ])('%s', (text, said) => {
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(said);
    expect(first).not.toMatch(/some reason|an excuse|same story/);
  });

  it.each([
    [
      "Every month end it's the same thing, the salary comes and by the 5th it's gone on your friends at the bar. I'm tired of it.",
      /when I'm tired/,
    ],
    [
      'Every summer the same story: your family, your village, your plans. Never once we go where I want.',
      /when never/i,
    ],
    [
      'u spend more time in that loft wi the birds than wi me n the bairns. every weekend same story. the race can wait for once',
      /when the race/,
    ],
  ])("the sentence after a story that is no doing of the partner's is no act: %s", (text, wrong) => {
    for (const r of firsts(text)) expect(r).not.toMatch(wrong);
  });

  it('a story with nothing after it invents no act: "it\'s the same story with you"', () => {
    expect(firsts("it's the same story with you")[0]).not.toMatch(/when you/);
  });
});
