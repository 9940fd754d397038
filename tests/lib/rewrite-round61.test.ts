/**
 * Fixes by kind from review round 61 (graded on 4d4aeef) and from the stock contempt lines of rounds
 * 40-60, each in new words: what the partner did, read where a rule flags the whole remark or "just" says
 * when; a deed doubted or praised for its rarity never said as the hurt; a preposition a wh-word left at
 * the end; an idiom, a tag question or the whole of an occasion taken into the rewrite; and the writer's
 * last word beside a calm rewrite; a decision said as one, and the partner's no to help not taken for the writer's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

const first = (text: string) => analyze(text)[0]?.rewrites[0] ?? '';
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('what the partner did is said as what happened', () => {
  it('under an eye-roll that flags the whole remark', () => {
    expect(first('real grown up of you to leave me at the bus stop for an hour 🙄')).toMatch(
      /you left me at the bus stop for an hour/,
    );
  });

  it('after "ok so you just…"', () => {
    expect(whole('ok so you just ate the last of the birthday cake and went to bed. wow')).toMatch(
      /you ate the last of the birthday cake/,
    );
  });

  it('with the preposition a wh-word left at the end', () => {
    expect(first("so now you're too good for us. you forgot where you came from")).toMatch(
      /you forgot where you came from\b/,
    );
  });

  it.each([
    // An eye-roll doubts a good deed: it did not happen.
    'sure, you cleaned the bathroom 🙄',
    // A deed praised for its rarity, in chat's present.
    'Oh look, yuh remember my birthday. Two days late. 👏',
  ])('but not a deed the sarcasm doubts or praises: %s', (said) => {
    const out = analyze(said)
      .flatMap((f) => f.rewrites)
      .join('\n');
    expect(out).not.toMatch(/hurt that you (cleaned|remember)/);
  });
});

describe('no idiom, tag or occasion is taken into the rewrite', () => {
  it('a tag question', () => {
    const out = first('you never even liked my cooking did you');
    expect(out).toMatch(/like my cooking/);
    expect(out).not.toMatch(/did you/);
  });

  it('the whole of an occasion', () => {
    expect(first('as always, phone out through the whole wedding')).not.toMatch(/the whole wedding/);
  });

  it('"to the bone"', () => {
    const out = analyze('You are stingy to the bone. Even at Christmas you counted every penny.')
      .flatMap((f) => f.rewrites)
      .join('\n');
    expect(out).not.toMatch(/bone/);
  });
});

describe("the writer's last word goes with a calm rewrite", () => {
  it.each([
    [
      "You never listen when I talk about the mortgage. So don't tell me to calm down.",
      /tell me to calm down/,
    ],
    ['You always leave the gate open and the dog gets out. Doh test me.', /test me/],
    ['you always eat my leftovers and blame the cat. nice try', /nice try/i],
  ])('%s', (said, gone) => {
    const out = whole(said);
    expect(out).not.toBe(said);
    expect(out).not.toMatch(gone);
  });
});

describe("a no says what the writer decided, and only the writer's no is refused help", () => {
  it.each([
    ["we're not moving to Leeds and that's final", /decided not to move to Leeds/],
    ["we are not getting a second dog and I'm not talking about it", /decided not to get a second dog/],
  ])('%s', (said, decided) => {
    expect(first(said)).toMatch(decided);
  });

  it('a refusal that only refuses the talk is no decision', () => {
    expect(first("I'm not doing this again. drop it")).not.toMatch(/decided/);
  });

  it("the partner's no to help, asked about, is not the writer's", () => {
    const out = analyze(
      'you dont want to go to the couples therapist? fine. then dont expect anything from me',
    )
      .flatMap((f) => f.rewrites)
      .join('\n');
    expect(out).not.toMatch(/answer on|isn't for me|isn't something I want/i);
  });
});

describe('what is carried over reads as the writer meant it', () => {
  it('a verdict after the claps is no part of what was thanked for', () => {
    const out = first(
      'thanks sooo much for leaving the gas bill on the table for me to find 👏👏 Very thoughtful. Final notice and everything.',
    );
    expect(out).toMatch(/you left the gas bill on the table for me to find\b/);
    expect(out).not.toMatch(/thoughtful/i);
  });

  it('chat\'s "u r" is shown as "you are"', () => {
    const out = first('u always think u r right');
    expect(out).toMatch(/you are right/);
    expect(out).not.toMatch(/\br\b/);
  });
});
