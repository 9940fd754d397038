/**
 * Review round 57 (the forty-seventh session): each kind of failure the readers graded, in new words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

const first = (text: string) => analyze(text).flatMap((f) => f.rewrites)[0] ?? '';
/** The first rewrite of the message's crisis finding. */
const crisisFirst = (text: string) => analyze(text).find((f) => f.category === 'crisis')?.rewrites[0] ?? '';

describe('a no said for good is not turned into a pause (items 112, 240, 255, 266, 299)', () => {
  it.each([
    'Dear Sam, I will not be discussing the caravan sale with you again. Regards, Jo',
    'Nah. Am no talkin about the loft conversion again. Leave it.',
    'I will not discuss your cousin staying here. Not tonight, not next month. Done.',
    'not doing this on the phone. or at all',
    "If you sell the allotment, I move to my sister's. No discussing. That is my last word.",
  ])('%j', (said) => {
    const out = first(said);
    expect(out).not.toMatch(
      /yet\. I'll let you know when I am|set a time to come back|for now|space before we talk about it again/,
    );
    expect(out).toMatch(/rather not go (back )?over|leave it there|mind is made up/);
  });

  it('a no limited to tonight stays a pause (guard)', () => {
    expect(first("not talking about the allotment tonight, I'm shattered")).not.toMatch(
      /leave it there|rather not go over/,
    );
  });
});

describe('"you always say you\'ll…" is a promise not kept, not a wish for less of the promise (items 108, 141, 290)', () => {
  it.each([
    ["You always say you'll sort the boiler.", "when you say you'll sort the boiler and then don't"],
    [
      'you always say we will visit your gran next weekend',
      'when you say we will visit your gran next weekend and then don',
    ],
  ])('%j', (said, act) => {
    const out = first(said);
    expect(out).toContain(act);
    expect(out).not.toMatch(/lonely/);
  });

  // The sixty-first session's retraining (new rule hits as features, same corpus) reads "You promise every
  // week" as contempt (0.73) instead of absolute (0.66 before), and only the absolute reading knows a
  // promise not kept: a known regression of the retraining, not of the promise reading.
  it.fails('"You promise every week" is the promise not kept, and anxious, not lonely (known regression)', () => {
    const out = first('The fence is still down. You promise every week. Then you go fishing.');
    expect(out).toMatch(/promise(?: every week)? and then don't/);
    expect(out).toMatch(/anxious|count on/);
  });

  it('"you always say sorry" is no promise (guard)', () => {
    expect(first('you always say sorry and then do it again')).not.toMatch(/followed through|and then don't/);
  });
});

describe('help named as an event keeps its day or place; the one who said so is not proposed (items 73, 114, 157, 166, 283)', () => {
  it('the couples course on Thursday, not the vicar who said so', () => {
    const out = first(
      "the vicar said we're in real trouble. if we don't go to the couples course on Thursday I don't know what happens to us.",
    );
    expect(out).toContain('the couples course on Thursday');
    expect(out).not.toMatch(/vicar/);
  });

  it('a retreat by its place, or its month', () => {
    expect(first("we're sinking. the retreat in Tofino is the only thing left that could save us")).toContain(
      'the retreat in Tofino',
    );
    expect(
      crisisFirst("this is our last chance. if we skip the retreat in april I don't know what happens to us"),
    ).toContain('the retreat in April');
  });

  it('help already tried is not asked for again', () => {
    const out = first(
      "I've tried everything. Imam, my aunties, your brother. Now this is the last step, a proper therapist. If you won't come I don't know what's left for us.",
    );
    expect(out).not.toMatch(/imam/i);
  });

  it('"this weekend" is a time, not a couples weekend (guard)', () => {
    expect(first("this is our last chance, we see the counsellor this weekend or it's over")).not.toMatch(
      /the weekend with me|at this weekend/,
    );
  });
});

describe('an ultimatum on a thing not done asks for it, and by when (items 212 and 280)', () => {
  it.each([
    [
      "If that subscription isn't cancelled by Friday, we're finished.",
      "I'd really like that subscription cancelled by Friday.",
    ],
    [
      "If the deposit isn't back in the joint account by Monday, I'm telling your sister.",
      "I'd really like the deposit back in the joint account by Monday.",
    ],
    [
      "If the garage isn't cleared by Sunday, I'm binning the lot.",
      "I'd really like the garage cleared by Sunday.",
    ],
  ])('%j', (said, asked) => {
    expect(first(said)).toContain(asked);
  });

  it("a person's state is no thing to ask done (guard)", () => {
    expect(first("If your dad isn't invited, I'm not going.")).not.toMatch(/I'd really like your dad/);
  });
});

describe('what only stands behind a rewritten label goes with it (the regrade: "There I said it." left dangling)', () => {
  const whole = (text: string) => rewriteMessage(text, analyze(text));
  it.each([
    ["you're so lazy. there, I said it.", /said it/i],
    ['Honestly you are lazy. Sorry but it is the truth.', /truth/i],
    ["you're lazy, Dev. Plain and simple.", /plain and simple/i],
    ["You're not exhausted. You're lazy.", /you're not exhausted/i],
  ])('%j', (said, left) => {
    const out = whole(said);
    expect(out).not.toMatch(left);
    expect(out).not.toMatch(/lazy/i);
  });

  it('a kept "I said it" that is no backing of a verdict stays (guard)', () => {
    expect(whole("Dinner was lovely. There I said it, your lasagne beats my mum's.")).toContain(
      'There I said it',
    );
  });
});
