/** Review round 51 (the forty-first session): each kind of failure its readers graded, in new words. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';
import { readNo } from '../../lib/rewrite/builders';
import { partnerAct } from '../../lib/rewrite/parts';
import { readSentence, readWords } from '../../lib/rewrite/sentence';
import { remnant } from '../../lib/rewrite/whole';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const first = (text: string) => rewrites(text)[0] ?? '';
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe("an ultimatum's own plan is said as a boundary, not dropped (items 21, 68, 215, 233)", () => {
  it.each([
    // "I'm going to my brother's": where the writer goes, not "going to" as the future with "my" its verb.
    [
      "Be at the recital on Friday or I'm going to my brother's in Leeds.",
      "I'm going to my brother's in Leeds",
    ],
    // A child the writer takes away, named by a pronoun.
    ["Either you quit the poker nights or I'm taking her to my mum's.", "take her to my mum's"],
    // No "if" and no "or": the threat after "…again and I".
    ['skip the school run again and I go on my own', 'on my own'],
    // The writer's signature withheld.
    ["we see the counsellor before the mortgage meeting or I don't sign", "I won't sign"],
  ])('%j keeps %j', (text, plan) => {
    const all = whole(text);
    expect(all).toContain(plan);
    expect(all).not.toMatch(/going to go\b|going to my\b.*going to my\b/);
  });

  it('a request for one day is not "if nothing changes"', () => {
    const rewrite = first("Be at the recital on Friday or I'm going to my brother's in Leeds.");
    expect(rewrite).toContain("if that's not possible");
    expect(rewrite).not.toContain('if nothing changes');
  });

  it.each([
    ["stop texting him or I'm going to tell your mum", /tell your mum/],
    ["Either you stop drinking or I'm taking him to court.", /court/],
  ])('a punishment is no plan to keep: %j', (text, threat) => {
    expect(rewrites(text).join(' ')).not.toMatch(threat);
  });

  it('"I\'m going to move out" is still the future of "move"', () => {
    expect(whole("sort the boiler out or I'm going to move out")).toMatch(
      /I'll move out|I'm going to move out/,
    );
  });
});

describe('a tag question is no part of the act (item 281)', () => {
  it('"…first, do you" leaves "do you" out of what the partner does', () => {
    const all = rewrites('you never say sorry first, do you').join(' ');
    expect(all).toContain('said sorry first');
    expect(all).not.toMatch(/\bdo you\b|don't you/i);
  });

  it('reads the words before the tag, and keeps a question that is asked', () => {
    const words = (text: string) => readSentence(text, []).words.map((x) => x.w);
    expect(words('you always leave the gate open dont you')).toEqual(
      'you always leave the gate open'.split(' '),
    );
    expect(words('what do you')).toEqual(['what', 'do', 'you']);
  });
});

describe("a rewritten phrase's closing quote is no part of what follows (item 105)", () => {
  it.each([
    ["', and I booked the table for eight", 'I booked the table for eight.'],
    ['", we were meant to go halves', 'We were meant to go halves.'],
  ])('%j → %j', (piece, kept) => {
    expect(remnant(piece)).toBe(kept);
  });
});

describe('an "even when…" sentence goes with the complaint rewritten before it (items 89, 114, 195)', () => {
  it.each([
    'You always side with your sister. Even when she is rude to our kids.',
    'You never back me up with your dad, even when he is clearly in the wrong about the boat.',
  ])('%j', (text) => {
    const all = whole(text);
    expect(all).not.toMatch(/even when/i);
    expect(all).not.toBe(text);
  });

  it('stays where it opens the message and says something of its own', () => {
    expect(whole("Even when I'm knackered I do the school run. You never help.")).toMatch(
      /^Even when I'm knackered I do the school run\./,
    );
  });
});

describe('a deed the scorer weighed is still what happened (item 127)', () => {
  // The scorer's cue words are marked harsh and a label of its own finding; "leave" has valence -1.
  const marked = (text: string, cue: string) => {
    const at: [number, number] = [text.indexOf(cue), text.indexOf(cue) + cue.length];
    return readSentence(text, [at], [at], [at]);
  };

  it.each([
    ["you've left the hob on AGAIN love", "you've left", "you've left the hob on"],
    ['you left the back gate open again', 'you left', 'you left the back gate open'],
  ])('%j says %j', (text, cue, act) => {
    expect(partnerAct(marked(text, cue))?.text).toBe(act);
  });

  it('an insult inside the act still makes it the jab', () => {
    expect(partnerAct(marked('you acted like an idiot at the party', 'idiot'))).toBeUndefined();
  });
});

describe('a no said as a decision or for good is not answered with a pause (items 17, 62, 135, 147)', () => {
  const no = (text: string) => readNo(readWords(text));
  it.each([
    "no. we're not taking out another loan for the caravan.",
    'we are not moving to Leicester, end of',
    "yeah nah, not going to your sister's engagement",
    "I'm not lending him another penny",
  ])('%j is a decision', (text) => {
    expect(no(text).decided).toBe(true);
  });

  it.each(["I ain't finna argue bout the car no more", 'Dead subject.'])('%j closes it for good', (text) => {
    expect(no(text).closed).toBe(true);
  });

  it.each([
    "we're not taking the kids to the beach tomorrow, too windy",
    "I'm not getting into this tonight",
  ])('%j is neither', (text) => {
    expect(no(text).decided).toBe(false);
  });
});
