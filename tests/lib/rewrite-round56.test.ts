/**
 * Review round 56 (the forty-sixth session): each kind of failure the readers graded, in new words.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const first = (text: string) => rewrites(text)[0] ?? '';
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('"liar" is answered with the trust it asks for, and the claim it is about (items 98, 225, 258, 283)', () => {
  it.each([
    ["you're a liar. you said the rent was sorted.", 'You said the rent was sorted'],
    [
      "ur such a liar, you told me you'd finished with the betting app",
      "You told me you'd finished with the betting app",
    ],
    ["You're such a liar. You said you were at the gym till 8.", 'You said you were at the gym till 8'],
  ])('%j says what was claimed: %j', (said, claim) => {
    const out = first(said);
    expect(out.startsWith(claim)).toBe(true);
    expect(out).toMatch(/trust|count on/);
  });

  it('"you\'d finished" is what they had done, said as untrue; "you\'d collect" a promise', () => {
    expect(first("ur such a liar, you told me you'd finished with the betting app")).toContain(
      "You told me you'd finished with the betting app, and that's not what happened.",
    );
  });

  it('a claim of what they would do is a promise that did not happen, not an untruth', () => {
    expect(first("You're a liar. You said you'd collect Ava from nursery.")).toContain(
      "You said you'd collect Ava from nursery, and it didn't happen. I need to be able to count on what you tell me.",
    );
  });

  it('the claim said in its own sentence is said once in the whole message', () => {
    const out = whole("you're a liar. you said the car was taxed.");
    expect(out.match(/car was taxed/g)).toHaveLength(1);
    expect(out).not.toMatch(/liar/);
  });

  it('with no claim, the trust itself, not a stock "I\'m frustrated"', () => {
    for (const said of [
      "you're a compulsive liar, Dev",
      'such a liar honestly',
      "You're a liar and a cheat.",
    ]) {
      const out = first(said);
      expect(out).toMatch(/trust what you tell me|believe what you tell me/);
      expect(analyze(out)).toEqual([]);
    }
  });

  it('what the writer saw or found, said in the sentence beside it, comes with the trust and is said once (the regrade)', () => {
    const said = "I found the hotel receipt in your car. You're such a liar.";
    expect(first(said)).toBe(
      "I found the hotel receipt in your car, and I'm finding it hard to trust what you tell me right now. Can we talk about it honestly?",
    );
    expect(whole(said).match(/hotel receipt/g)).toHaveLength(1);
  });

  it('but not a sentence of news or plans beside it', () => {
    expect(first("Tea's in the oven for 7. and you're a liar, everyone at the party knew.")).not.toMatch(
      /oven/,
    );
  });

  it('a claim with a turn in the sentence beside the label is left to the whole message, not said twice', () => {
    const out = whole("you're a liar. you said you were at Jo's but her sister saw you at the pub.");
    expect(out.match(/you were at Jo's/g)).toHaveLength(1);
  });

  it.each([
    ['you made me look like a liar in front of your parents'],
    ['my boss called me a liar today and you just laughed'],
  ])('not where the writer is the one called a liar: %j', (said) => {
    expect(rewrites(said).join(' ')).not.toMatch(/trust what you tell me/);
  });

  it('where the deed is said beside the label, the deed is what happened', () => {
    expect(first('You lied about the credit card bill. You are a liar.')).toMatch(
      /lied about the credit card bill/,
    );
  });
});

describe('"coward" asks for what the partner would not do, or for the writer\'s side (items 15, 99)', () => {
  it.each([
    [
      "you're a coward, you can't even tell your dad we're not coming for Diwali",
      "I'd really like you to tell your dad we're not coming for Diwali.",
    ],
    [
      "coward. you won't even tell your sister we can't lend her the money",
      "I'd really like you to tell your sister we can't lend her the money.",
    ],
    [
      'Coward. You cannot say no to your brother about the van.',
      "I'd really like you to be able to say no to your brother about the van.",
    ],
    [
      "you're such a coward, you can't tell your mum no",
      "I'd really like you to be able to tell your mum no sometimes.",
    ],
  ])('%j asks %j', (said, asked) => {
    expect(first(said)).toContain(asked);
    expect(first(said)).toContain("I need to feel you're on my side");
  });

  it('the boss is someone to tell, too', () => {
    expect(first("You're a coward. You couldn't even tell your boss you need Friday off.")).toContain(
      "I'd really like you to tell your boss you need Friday off.",
    );
  });

  it.each([["you're a coward when your mother starts on me"], ['coward. hiding behind your dad again']])(
    "%j asks for the writer's side with the one named",
    (said) => {
      expect(first(said)).toMatch(/on my side with your (mother|dad)/);
    },
  );

  it('not the side with a boss the partner is said to be weak with', () => {
    expect(first("You're a coward, your boss walks all over you.")).not.toMatch(/on my side with your boss/);
  });

  it('what the partner told someone is a deed, never an ask', () => {
    expect(rewrites('coward. you told your mum about the loan before me').join(' ')).not.toMatch(
      /like you to tell your mum/,
    );
  });

  it('said by text, what is asked is face to face, and the demand is said once', () => {
    const out = whole('coward. say it to my face, not over text');
    expect(out).toMatch(/to my face/);
    // …said once: "to my face… face to face" read as a repeat (the regrade).
    expect(out.match(/face/g)).toHaveLength(1);
    expect(out).not.toMatch(/^Say it|\. Say it/);
    expect(first("you're a coward, you'd rather text than face me")).toMatch(/face to face, not by text/);
  });

  it('the kept sentence that the ask repeats goes with it', () => {
    const out = whole("coward. can't even tell your dad no");
    expect(out).not.toMatch(/Can't even tell/);
  });
});

describe('mock news of a deed is sarcastic praise, like a mock medal (item 53 of round 12, items 231 and 153)', () => {
  it.each([
    ['wow you actually hoovered the stairs. somebody call the news 👏', 'you hoovered the stairs'],
    ['oh wow you cleaned the oven. alert the papers', 'you cleaned the oven'],
  ])('%j notices %j and asks to share the work', (said, deed) => {
    const out = first(said);
    expect(out).toContain(`I noticed ${deed}`);
    expect(out).toMatch(/shared between us/);
  });

  it('a rare call or reply is wished for more often, not shared out', () => {
    const out = first('omg you actually texted back. alert the press');
    expect(out).toContain('I noticed you texted back');
    expect(out).toContain('more often');
    expect(out).not.toMatch(/shared/);
  });

  it('a mock "you remembered the cat exists" names no deed to thank', () => {
    expect(first('oh wow you remembered the cat exists, someone ring the papers')).not.toMatch(/I noticed/);
  });

  it('a birthday remembered is not asked for more often', () => {
    expect(first('wow you remembered my birthday, want a medal?')).not.toMatch(/more often/);
  });
});

describe('other slots', () => {
  it('"Either the boiler gets serviced this week or…" asks for the thing in its state, in correct English (item 234)', () => {
    const out = first("Either the boiler gets serviced this week or I'm calling your dad.");
    expect(out).not.toMatch(/like the boiler gets/);
    expect(first("Either the MOT gets done by Friday or I'm selling the car.")).toContain(
      "I'd really like the MOT done by Friday.",
    );
  });

  it('a specialist is help a couple sees (item 57)', () => {
    expect(first('We need to see a specialist before it is too late.')).toMatch(/specialist/);
  });

  it('"see somebody" and "get us help" are help asked for, not a stock "some support" (items 87, 232)', () => {
    expect(first("if we don't see somebody by spring, I don't think we make it")).toMatch(
      /talking to someone|talk to someone/,
    );
    expect(first('we are drowning. get us help')).toMatch(/get some help|getting some help/);
    // …and the help named after "somebody" is the help: "somebody, a counsellor I mean".
    expect(first("we need to talk to somebody, a counsellor I mean, before it's too late")).toMatch(
      /counsellor/,
    );
  });

  it('help said as a gerund is tried, never given "a real try" (item 26)', () => {
    expect(rewrites('we are at breaking point. get us help').join(' ')).not.toMatch(/give getting/);
  });

  it.each([
    [
      "If your cousin sleeps on our sofa one more week, I'm going to my sister's.",
      "I'd really rather your cousin didn't sleep on our sofa another week.",
    ],
    [
      'if ur mates are coming round every night this week I go to my mums',
      "I'd really rather your mates weren't coming round every night this week.",
    ],
  ])("a threat on someone else's act wishes the act away (items 11, 46): %j", (said, wish) => {
    expect(rewrites(said).join(' ')).toContain(wish);
  });

  it('not a condition with a "not" in it, which the wish would invert', () => {
    expect(rewrites("if your mum doesn't stop ringing at midnight I'm blocking her").join(' ')).not.toMatch(
      /rather your mum didn't/,
    );
  });
});
