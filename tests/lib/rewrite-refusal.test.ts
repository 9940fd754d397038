/**
 * A refusal of help stays a refusal (review rounds 6–8): readers graded "not ready yet" and "willing to
 * talk about it" as changing a no the writer had closed, and a curt closer left beside the calm no
 * ("Stop it.") as harsh. A subject closed for good stays closed, said as the writer's choice, not as a
 * pain they never mentioned (rounds 7 and 8), and a quantity ("any more questions") is never its subject.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewriteMessage } from '../../lib/index';
import { clearRewriteCache } from '../../lib/rewrite/index';
import { findingsOf } from './found';

const first = (text: string) => analyze(text)[0]?.rewrites ?? [];

describe('refusals', () => {
  it.each([
    "I'm not going to therapy, don't ask again.",
    'Therapy is a waste of money.',
    "we don't need a counsellor, we're fine",
  ])('keeps the no to help in every rewrite of %j', (text) => {
    const rewrites = first(text);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) {
      expect(r).toMatch(/isn't (for me|something I want|the way I want to go)|answer on .+ is no/);
      expect(r).not.toMatch(/\b(yet|not ready|willing to talk|big step)\b/);
    }
  });

  it('drops a curt closer beside a rewrite that said the no calmly', () => {
    const whole = rewriteMessage("I'm not going to therapy. Stop it.");
    expect(whole).not.toMatch(/Stop it/);
    expect(whole).toMatch(/therapy/i);
  });

  it.each([
    ["I don't need some stranger telling me how to be a husband.", /talking to someone|this/],
    ["Dr Okafor's couples sessions are a waste of money.", /couples counselling/],
  ])('refuses the help, not the husband or the marriage: %j', (text, thing) => {
    const rewrites = first(text);
    expect(rewrites.length).toBeGreaterThan(0);
    expect(rewrites[0]).toMatch(thing);
    for (const r of rewrites)
      expect(r).not.toMatch(/\b(my|our) (family|marriage)\b.*isn't for me|answer on my family/i);
  });

  it.each([
    "I'm done discussing the caravan. Don't bring it up again.",
    'Not doing this tonight. Not tomorrow. Not ever.',
    'There is nothing to discuss about the loan. You made your choice.',
    "Don't text me about the shed again. I said what I said.",
    "We're not going over the loan again, it's decided.",
  ])('closes every shut-down of a message that says the no is for good: %j', (text) => {
    const whole = rewriteMessage(text);
    expect(whole).toMatch(/rather not go (back )?over|rather not talk about|said all I can|mind is made up/);
    expect(whole).not.toMatch(
      /\b(later|another time|come back to it|for now|when I'm feeling calmer|space first)\b/,
    );
  });

  it('says a no for good once, and never rewrites its own sentences again', () => {
    const whole = rewriteMessage(
      "I don't want to hear another word about the caravan. It's sold. We're done talking.",
    );
    expect(
      whole.match(/rather not go (back )?over|rather not talk about|said all I can|mind is made up/g),
    ).toHaveLength(1);
    expect(whole).toMatch(/It's sold\./);
    expect(whole).not.toMatch(/\b(later|another time)\b/);
    // One no, said once: a second rewrite's "…leave it there, please." is not stacked on it.
    expect((whole.match(/\bplease\b/g) ?? []).length).toBeLessThanOrEqual(1);
  });

  it('still offers a pause and a return where the writer asked for one', () => {
    const whole = rewriteMessage("I'm not talking about this now. Let's talk tomorrow.");
    expect(whole).not.toMatch(/rather not go over/);
    expect(whole).toMatch(/Let's talk tomorrow\./);
  });

  it('keeps a plain request beside a rewrite', () => {
    expect(rewriteMessage("You never help with the bins. Don't forget the milk.")).toMatch(
      /Don't forget the milk\./,
    );
  });

  it.each([
    ["We're never speaking about the miscarriage again. Ever.", 'the miscarriage'],
    ["I'm finished discussing your spending. It's closed.", 'your spending'],
    ['Enough. I am not talking about your family anymore.', 'your family'],
  ])('keeps %j closed, on its subject, without an invented pain', (text, subject) => {
    const rewrites = first(text);
    expect(rewrites.length).toBeGreaterThan(0);
    expect(rewrites[0]?.toLowerCase()).toContain(subject);
    for (const r of rewrites) {
      expect(r).not.toMatch(/\b(hurts?|pain(ful)?|later|another time|come back|calmer|yet)\b/i);
    }
  });

  it('keeps a no for good when its subject makes the calm no read as a shut-down', () => {
    const rewrites = first('That subject is closed in this house for good.');
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites)
      expect(r).not.toMatch(/\b(later|tomorrow|evening|another time|come back|space)\b/i);
  });

  it.each([
    "Stop. I'm not answering any more questions about where I was.",
    "Please stop. I'm not replying to any more of these.",
  ])('never takes a quantity for the subject of %j', (text) => {
    const rewrites = first(text);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(/\b(any ?more|about more)\b/i);
    expect(rewriteMessage(text)).not.toMatch(/about any ?more|any more a lot/i);
  });

  it('says a no for good the same way whatever was typed before it', () => {
    // The decision words sit beyond the sentences around the flagged one; the rewrite cache once
    // handed back the no built for the first message (without them) to the second.
    const no = "I'm not discussing your mother ever again.";
    const plain = `The kids are at Jo's. Dinner is at 7. ${no}`;
    const decided = `I've made my choice. The kids are at Jo's. Dinner is at 7. ${no}`;
    const stonewall = (text: string) => analyze(text).find((f) => f.category === 'stonewall')?.rewrites?.[0];
    clearRewriteCache();
    const fresh = stonewall(decided);
    expect(fresh).toMatch(/mind is made up about your mother/);
    clearRewriteCache();
    stonewall(plain);
    expect(stonewall(decided)).toBe(fresh);
  });

  it('refuses the help the same way whatever was typed before it', () => {
    // The refusal sits beyond the sentences around the flagged shut-down; it was read per message but
    // left out of the rewrite cache's key, so a message that only named the psychologist answered first.
    const shut = "The kids are at Jo's. Dinner is at 7. And no, I'm not talking about this.";
    const refusing = `I'm not going to the psychologist. ${shut}`;
    const naming = `Your mum rang about the psychologist. ${shut}`;
    const stonewall = (text: string) => analyze(text).find((f) => f.category === 'stonewall')?.rewrites?.[0];
    clearRewriteCache();
    const fresh = stonewall(refusing);
    expect(fresh).toMatch(/isn't for me|answer on the psychologist is no/);
    clearRewriteCache();
    expect(stonewall(naming)).not.toMatch(/isn't for me|answer on/);
    expect(stonewall(refusing)).toBe(fresh);
  });

  it('keeps "never talking about X again" closed rather than offering to come back to it', () => {
    const whole = rewriteMessage('Drop it, we are never talking about the loan again.');
    expect(whole).not.toMatch(/\b(later|before we talk about it again|come back|for now)\b/i);
  });

  // Review round 11: a firm no said in words the for-good reading did not know became "for now".
  it.each([
    ["I ain't rehashin' the car loan with you again. Quit bringin' it up.", 'the car loan', /Quit bringin/],
    ["I won't discuss the caravan, is decided.", 'the caravan', /Is decided/],
    ["We're not debating the rota with you again. Stop texting me about it.", '', /Stop texting/],
  ])('keeps %j closed and drops its curt closer', (text, subject, closer) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toMatch(/\b(for now|later|another time|come back|before we talk about it again)\b/i);
    expect(whole).not.toMatch(closer);
    if (subject) expect(whole).toContain(subject);
  });

  it('reads "I\'m done talking" beside giving in as no decision', () => {
    const rewrites = first("Fine. Buy whatever car you want, I'm done talking.");
    for (const r of rewrites) expect(r).not.toMatch(/mind is made up/i);
  });

  it.each([
    "Dinner's at 7. And no, I'm not going to that psychologist with you, so stop asking.",
    'Counselling also I do not need. I do not want to talk about this anymore.',
  ])('refuses the help in %j, not "not ready yet"', (text) => {
    const rewrites = analyze(text)
      .filter((f) => f.category === 'stonewall')
      .flatMap((f) => f.rewrites?.slice(0, 1) ?? []);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) {
      expect(r).toMatch(/isn't for me|answer on .+ is no/);
      expect(r).not.toMatch(/\b(yet|not ready|for now)\b/);
    }
  });

  it('says a no to help once when two findings each say it', () => {
    const whole = rewriteMessage(
      'The psychologist will not help us, it is nonsense. I will not go and I will not discuss it more.',
    );
    expect(whole.match(/isn't for me|answer on .+? is no/g)?.length).toBe(1);
    expect(whole).not.toMatch(/let it rest\?.*leave it there|leave it there.*let it rest\?/);
  });

  it.each([
    ['Counselling is a waste of money. Stop texting me about it.', /Stop texting/],
    ["I'm not seeing a therapist, it's pointless. Quit nagging me.", /Quit nagging/],
    ["Therapy is a joke and I'm not going. Forget that nonsense.", /Forget that/],
  ])('drops the pestering closer beside the calm no of %j', (text, closer) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole).not.toMatch(closer);
  });

  // A known regression of the thirtieth session's weights ("Stop working so late." alone read as
  // contempt, 0.776, so the whole dropped it) until the thirty-second session's weights (blind rounds 50-52 joined) read it as the request it is;
  // and again with the thirty-seventh session's (b21-b24 joined: contempt, 0.73).
  it.fails('keeps a request beside a rewrite, even a curt one that is not about the no (known regression)', () => {
    const whole = rewriteMessage('You never help with the bins. Stop working so late.');
    expect(whole).toMatch(/Stop working so late/);
  });
});

describe('a no for good in other words stays one', () => {
  // Review round 15 graded these "changes": "shall not discuss … again", "no more about…", "the topic
  // is closed", "no means no" and a closing "end." were each turned into "for now" or "another time";
  // rounds 2–24 the same for "Hard pass", "Not later" and "…or any other night".
  const LATER =
    /\b(for now|for today|another time|not ready|yet|before we talk about it again|a little space first|a short break)\b/i;
  it.each([
    'Gerald, I shall not discuss the allotment shed again. Please stop raising it at dinner.',
    "I don't want to hear anything about your cousin's wedding again. Leave it.",
    'We agreed the holiday budget in March and the topic is closed. I will not discuss it.',
    "no. we're not getting a hot tub. end.",
    'I said no to the dog, and no means no.',
    "Drop it. No more about your sister's loan.",
    // Review rounds 2–24: a decision said as one (the seventeenth session).
    'Pay some stranger to sort out our marriage? Hard pass.',
    "Not tonight. Not later. I've said it.",
    "I won't be discussing the loft tonight or any other night, Brian.",
    'The answer is no. Stop asking about the jet ski.',
  ])('%j', (text) => {
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(LATER);
  });
});

describe('a no for now is not made one for good', () => {
  // Readers of review rounds 13 to 19 graded "not again tonight", "done talking tonight" and "nothing to
  // say to you right now" turned into "…something I'd rather not go back over" as changing the no.
  const FOR_GOOD = /rather not go (back )?over|mind is made up/;
  it.each([
    "Marisol, I'm not discussing the phone bill again tonight. I'm on an early.",
    'not doing this again rn. night.',
    "Don't message me about the van again today.",
    "I've nothing to say to you right now about your mother.",
  ])('%j', (text) => {
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(FOR_GOOD);
  });

  it.each([
    'Not tonight, not tomorrow, not ever. The boat is not happening.',
    "I'm not discussing the loan again today or any day, it's decided.",
  ])('unless it also says for good: %j', (text) => {
    expect(rewriteMessage(text)).toMatch(FOR_GOOD);
  });
});

describe('a shut-down names no circumstance or idiom as its subject (review round 22)', () => {
  // "I'm finding your mother listening hard to talk about", "…about the wall for now".
  it.each([
    ["I'm not doing this with your dad listening.", /dad/],
    ["Talk to the wall, I'm finished for tonight", /wall/],
  ])('%j', (text, wrong) => {
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(wrong);
  });
});

describe('a decision stays a decision (review rounds 2–24)', () => {
  // Readers graded 122 shut-downs said for good or as a decision "changes" where the rewrite offered a
  // pause ("for now", "when I'm ready"); those shapes are in the list above ("Hard pass.", "Not later.",
  // "…tonight or any other night", "The answer is no."). A refusal of an act says what was decided.
  it.each([
    [
      "I'm not going to your brother's stag do in Prague and that's final.",
      "I've decided not to go to your brother's stag do in Prague",
    ],
    ["We're not coming to the christening and that's final.", "I've decided not to come to the christening"],
  ])('says what the writer decided not to do: %j', (text, decided) => {
    expect(findingsOf(text).flatMap((f) => f.rewrites)).toContainEqual(expect.stringContaining(decided));
  });

  it('a decision in the sentence beside a curt "Drop it." is not said twice', () => {
    const whole = rewriteMessage("I'm not going to your dad's retirement do. Drop it.");
    expect(whole.match(/retirement do/g)).toHaveLength(1);
  });

  it('a no to going out tonight is still a no for tonight', () => {
    const rewrites = findingsOf("I'm not going to the pub tonight, leave it.").flatMap((f) => f.rewrites);
    for (const r of rewrites) expect(r).not.toMatch(/I've decided|mind is made up/);
  });
});

describe('"I said no", "That\'s it", "Khatam", "Don\'t ask" close a subject for good (review round 27)', () => {
  // Each was answered "Can we pick it up another time?" or "I'm not ready to talk about this yet. I'll let
  // you know when I am.", which reopens what the writer closed.
  it.each([
    'No. Drop it. I said no.',
    "I'm not giving your nephew free lessons anymore. I said no. That's it.",
    "Stop. I don't want talk about your father's debt. Is not my problem, never was.",
    "I dont want to hear one more word about your mum's 70th, sort it yourself",
    "Not going to your work thing. Don't ask.",
    "I'm not talking about the will with you, Ray. It's sorted. Leave it.",
    // Review round 30: "I've said no", "not changing my mind", a closing "Done.", "not talking (story)
    // about this anymore" and "I'm not driving to…" were each offered back as a pause.
    "Your sister is not staying for a month in August. I've said no and I'm not changing my mind.",
    "I'm not flying to your cousin's thing in Leeds. And I'm not discussing it either. Done.",
    'k. not talking story about the boat anymore.',
  ])('%s', (text) => {
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all)
      expect(r).not.toMatch(
        /another time|let you know when|for now|space first|when I'm feeling calmer|not ready/,
      );
  });

  it('a pause the writer asks for stays a pause', () => {
    const all = findingsOf("Not now. I'm not discussing the loan tonight, I'm exhausted.").flatMap(
      (f) => f.rewrites,
    );
    expect(all.some((r) => /right now|for now|later|another time|space/.test(r))).toBe(true);
  });

  it('"right now" is when, not what: no "this right"', () => {
    const all = findingsOf("I'm not discussing this right now.").flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(/this right\b/);
  });
});
