import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite/index';
import { sneers } from '../../lib/rewrite/whole';

describe('a jab kept whole beside the rewrites goes when the sentence scorer reads it as contempt', () => {
  it('drops the jab and keeps the rewrite of the complaint', () => {
    const whole = rewriteMessage(
      "You left the dishwasher for me to empty again, as usual. You're a real prince.",
    );
    expect(whole).toMatch(/dishwasher/);
    expect(whole).not.toMatch(/prince/);
  });

  it('keeps a sentence of the writer’s that says what happened', () => {
    const whole = rewriteMessage(
      'You left the back door open again, you never think. The dog got out and ran to the main road.',
    );
    expect(whole).toMatch(/The dog got out and ran to the main road\./);
  });

  it.each([
    ['Wow, what a genius you are.', true],
    ['Real mature.', true],
    ['The vet can see Mabel at 4 tomorrow.', false],
    ['I already rang the plumber, he comes Thursday.', false],
    ['', false],
    ['🙄', false],
  ])('sneers(%j) is %s', (sentence, expected) => {
    expect(sneers(sentence)).toBe(expected);
  });
});

describe('a refusal the rewrite says calmly is said once (review round 41)', () => {
  it.each([
    ["Not talking about the camper van loan. Don't start.", 'Not talking about', /camper van loan/],
    ['I do not wish to speak about the allotment anymore. Enough.', 'speak about', /allotment/],
    [
      "I don't want to talk about the podcast. The matter is closed for me.",
      'The matter is closed',
      /podcast/,
    ],
  ])('%s', (text, gone, topic) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toContain(gone);
    expect(whole.match(new RegExp(topic.source, 'g'))).toHaveLength(1);
  });
});

describe('an either-or between the writer and a rival names the rival (review round 41)', () => {
  const firsts = (text: string) => analyze(text).flatMap((f) => f.rewrites.slice(0, 1));

  it.each([
    [
      "it's me or the darts league mate, make your mind up",
      /the darts league is getting between us|competing with the darts league|talk about the darts league/,
    ],
    ['me or them mates from the gym babe, your call', /them mates from the gym/],
  ])('%s', (text, rival) => {
    const all = firsts(text);
    expect(all.some((r) => rival.test(r))).toBe(true);
    // A plural rival takes "are" ("them mates from the gym are getting between us").
    for (const r of all) expect(r).not.toMatch(/try me\b|\bmate\b|\bbabe\b|\bgym is\b/);
  });

  it('help is got, not tried', () => {
    const all = firsts("we're barely holding on. help or it's over.");
    for (const r of all) expect(r).not.toMatch(/try help/);
  });
});

describe('chat spellings that hid what the writer said (review round 41)', () => {
  const firsts = (text: string) => analyze(text).flatMap((f) => f.rewrites.slice(0, 1));

  it('"not talkin bout X again" closes the subject for good, as "not talking about X again" does', () => {
    const all = firsts('Not talkin bout the boat again. Drop it.');
    expect(all.some((r) => /rather not go over the boat again|mind is made up/.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/for now|come back to it|another time/);
  });

  it('"another word" and "I\'ve said what I said" close a subject for good, whatever "now" says of the writer', () => {
    const all = firsts(
      "I'm heading into work now and I don't want to hear another word about the garage. I've said what I said.",
    );
    expect(
      all.some((r) => /rather not go over the garage again|mind is made up about the garage/.test(r)),
    ).toBe(true);
    for (const r of all) expect(r).not.toMatch(/for now|come back to it|another time|space first|yet\b/);
  });

  it('"I\'ve said what I\'ve said." beside the calm no is said once', () => {
    expect(rewriteMessage("I'm not discussing the allotment shed. I've said what I've said.")).not.toMatch(
      /said what/,
    );
  });

  it('"you always gotta X" is a need to X, never "when you get X"', () => {
    const all = firsts('You always gotta have the final say about the budget.');
    expect(all.some((r) => /when you have to have the final say/.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/\byou get have\b/);
  });
});
