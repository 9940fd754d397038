/**
 * An ultimatum's rewrite keeps what the writer wants (issue 12: "if you don't…" becomes the need,
 * either-or becomes the need and the boundary). A threat that opens with the act it answers ("Turn up
 * late again and I'm taking the truck") asks for the act not to happen again; "Come, or…" asks them to
 * come; "you come to counselling with me or…" is a demand, not a rival to the writer.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { findingsOf, rewritesIn } from './found';

/**
 * The first rewrite of the message's ultimatum. What is tested here is the rewrite, not whether the
 * model flags the sentence (the blind rounds measure that): where it does not, the ultimatum is placed
 * as the model places its findings, over the whole sentence.
 */
const candidates = (text: string): string[] => rewritesIn(text, 'ultimatum');
const first = (text: string) => candidates(text)[0] ?? '';

describe('an ultimatum keeps what the writer wants', () => {
  it.each([
    ["Turn up late again and I'm taking the truck.", "I really don't want you to turn up late again."],
    ['Touch my phone again and we’re finished.', "I really don't want you to touch my phone again."],
    [
      "Forget the school run once more and I'm calling a solicitor.",
      "I really don't want you to forget the school run again.",
    ],
    [
      "Bring up my weight once at Christmas dinner and I'm driving home before pudding.",
      "I really don't want you to bring up my weight at Christmas dinner.",
    ],
    ["Miss the recital and don't bother coming home.", "I really don't want you to miss the recital."],
    ["Come, or I'm telling her exactly why you weren't there.", "I'd really like you to come."],
    [
      "You come to counselling with me or I'm moving out.",
      "I'd really like you to come to counselling with me.",
    ],
    // Review round 13: a prohibition before "or" is what the writer does not want; "from now on" stays.
    [
      "Don't even think about skipping the school concert again, or don't bother ringing me.",
      "I really don't want you to skip the school concert again.",
    ],
    [
      "You go golfing on our anniversary again and don't bother coming home.",
      "I really don't want you to go golfing on our anniversary again.",
    ],
    [
      "Don't you dare miss the scan again or I'm telling your mum.",
      "I really don't want you to miss the scan again.",
    ],
    [
      "Either you do the school run from now on, or I'm ringing a solicitor tomorrow.",
      "I'd really like you to do the school run from now on.",
    ],
    // Review round 14, each in a new sentence of the graded shape: an "or" that opens the sentence, help
    // named with no verb, a subject asked to do its verb, a thing and where it goes.
    [
      "Or you quit the poker nights, or I'm moving back to Cork with the boys.",
      "I'd really like you to quit the poker nights.",
    ],
    ["therapist by Friday or I'm out", "I'd really like us to see a therapist by Friday."],
    ["couples therapy this month or we're finished", "I'd really like us to try couples therapy this month."],
    [
      "Either your brother stops borrowing the car or I'm selling it.",
      "I'd really like your brother to stop borrowing the car.",
    ],
    ['Laptop away or it goes out the window', "I'd really like you to put your laptop away."],
    ["boots off or you're sleeping in the porch", "I'd really like you to take your boots off."],
  ])('%s', (text, request) => {
    expect(first(text)).toContain(request);
  });

  it('reads "one more of X" as the condition it is, never "the ofs"', () => {
    const text =
      "If you miss one more of Ava's netball finals for golf, don't expect me to be here when you get back.";
    const offered = candidates(text);
    expect(offered.length).toBeGreaterThan(0);
    for (const r of offered) expect(r).not.toMatch(/\bofs\b/);
  });

  it('names what the writer and theirs stand against as the rival', () => {
    const all = analyze('me and the kids or the bookies. you pick').flatMap((f) => f.rewrites);
    expect(all.some((r) => /the bookies/.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/like you to me/);
  });

  it('takes its topic from the demand, never from the threat', () => {
    // "…don't bother speaking to me all week": the week is the threat's; "your answer" too.
    expect(
      first("Ella's recital is at 6. If you miss it, don't bother speaking to me all week."),
    ).not.toMatch(/\bweek\b/);
    expect(
      first('I have booked the counsellor for Monday. If you do not come, I will take that as your answer.'),
    ).not.toMatch(/your answer/);
  });

  it('asks for nothing from a sentence that is only the threat, and takes no topic from it', () => {
    // "Or I ring your dad…": the demand was said in the sentence before; the sister is the threat's.
    const text = 'Or I ring your sister to come and do it, and you can explain why.';
    const offered = candidates(text);
    // Frames of its own, not only the fallback a request cut short ("I'd really like you to.") left.
    expect(offered.length).toBeGreaterThan(1);
    for (const r of offered) expect(r).not.toMatch(/like you to\.|sister/);
  });

  it('keeps the threat out of the request', () => {
    for (const text of [
      "Turn up late again and I'm taking the truck.",
      "Miss the recital and don't bother coming home.",
    ])
      expect(first(text)).not.toMatch(/truck|bother|coming home/);
    // "then" opens the threat (review round 20: "…like you to come to counselling then what's even…").
    const then = first("If you won't come to counselling then what's even the point of us.");
    expect(then).toContain("I'd really like you to come to counselling.");
    expect(then).not.toMatch(/point|then/);
  });

  it('reads "decide … if" as whether, never as a condition to turn around', () => {
    for (const text of ['Sunday. Decide by Sunday if you want this.', 'Ask yourself if you even care.'])
      for (const r of candidates(text)) expect(r).not.toMatch(/rather you didn't|like you to/);
  });

  it('still reads a help named alone as the thing to try, not as a verb', () => {
    expect(first("It's counselling or nothing now. We've run out of road.")).toContain(
      "I'd really like us to try counselling.",
    );
    expect(first("It's Relate or it's solicitors, Rhys.")).toContain("I'd really like us to try Relate.");
  });

  it('asks for nothing when the sentence does not open with the act', () => {
    // "…and I'm gone" after a plain statement names no act to ask about.
    expect(first("I've had enough of the shouting and I'm gone by Friday.")).not.toContain(
      "don't want you to",
    );
  });

  it('names a rival pronoun as a subject, and a person of help as someone to see', () => {
    const all = (text: string) => analyze(text).flatMap((f) => f.rewrites);
    for (const r of [...all('Him or me. Decide by Friday.'), ...all('Her or me, I mean it.')])
      expect(r).not.toMatch(/\b(her|him|them) (is|are) getting/i);
    // "It's the boat or me": the rival is the boat.
    const boat = all("It's the boat or me.");
    expect(boat.some((r) => /competing with the boat|the boat is getting|about the boat/.test(r))).toBe(true);
    for (const r of boat) expect(r).not.toMatch(/it's the boat/i);
    for (const r of all("It's either the boat or me.")) expect(r).not.toMatch(/either the boat/i);
    const help = all("Therapist or no therapist, this is the end if it doesn't work.");
    for (const r of help) expect(r).not.toMatch(/(try|sort out) therapist/);
  });

  // Review round 16: an aside with no verb between the demand and "or" ("…now, subito, or…"), a
  // deadline ("Callum has until the end of the month to…"), and a future said as an order ("You are
  // coming, no excuses, otherwise…"). Each in a new sentence of that shape.
  it('reads the demand past an aside, with its deadline, and from a future said as an order', () => {
    const all = (text: string) => candidates(text);
    expect(all('We need a therapist now, seriously, or I am moving out.').join(' ')).toContain(
      "I'd really like us to see a therapist.",
    );
    expect(all('Dan has till Friday to pay me back or I tell his wife.').join(' ')).toContain(
      "I'd really like Dan to pay me back by Friday.",
    );
    expect(
      all('You are coming to the christening, no arguments, otherwise do not bother coming home.').join(' '),
    ).toContain("I'd really like you to come to the christening.");
    expect(
      all('honestly we need marriage counselling like yesterday or we are finished').join(' '),
    ).toContain("I'd really like us to try marriage counselling.");
  });

  it('leaves the choice\'s "either" out of the wish', () => {
    expect(candidates('We either go to Relate this month or I move out.').join(' ')).toContain(
      "I'd really like us to go to Relate this month.",
    );
  });

  it('reads "if you not…", said with no "do", as the wish', () => {
    expect(candidates('If you not come home before midnight, I lock the door.').join(' ')).toContain(
      "I'd really like you to come home before midnight.",
    );
  });
});

describe('the hope frame does not name again what its request names (review round 22)', () => {
  // "I really hope we can sort out the game together. I'd really like you to get off the game."
  it.each(["If you don't stop reading my messages, I'm going to my brother's."])('%j', (text) => {
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.some((r) => /^I really hope we can sort/.test(r))).toBe(true);
    for (const r of rewrites) expect(r).not.toMatch(/sort out my messages/);
  });
});

describe('a threat on a state asks for the state, with "be" (review round 26)', () => {
  // "if you're late again, don't come" became "I'd really rather you didn't late again".
  it.each([
    ["if you're late to the christening, don't bother coming", /rather you weren't late to the christening/],
    ["if you aren't back by midnight I'm locking the door", /like you to be back by midnight/],
  ])('%s', (text, wish) => {
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.some((r) => wish.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/didn't (late|back)|you to (late|back)\b/);
  });

  it('a request with a time in it can say what to do when the time slips', () => {
    const all = findingsOf("if you're not home by nine, don't bother coming home").flatMap((f) => f.rewrites);
    expect(all.some((r) => /be home by nine/.test(r))).toBe(true);
  });
});

describe('a request ends on its own words (review round 26)', () => {
  // "I'd really like you to sober when." and "I'd really rather you didn't go to be pissed".
  it.each([
    ["If you're not sober when we get to my sister's, I'm driving home alone", /to be sober when\b/],
    ["don't come to the barbecue if you're going to be glued to your phone", /going to be|didn't go to/],
    // The regrade of review round 26: "rather you weren't going to [verb]", "I'd really like you to be."
    ["if you're going to moan all through dinner, stay home", /weren't going to/],
    ["If you're not, then don't bother coming to the wedding", /to be\.$|\bbe\.\s/],
  ])('%s', (text, broken) => {
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(broken);
  });
});

describe('a thing or a name with no determiner is the subject asked to act (review round 26)', () => {
  // "PlayStation goes or I go. pick." fell back to "I'm feeling hurt right now": every candidate said
  // "I'd really like you to playstation goes", and "about playstation" read as no English.
  it.each([
    ['PlayStation goes or I go. pick.', /I'd really like the PlayStation to go\b/],
    ['motorbike goes or I do', /I'd really like the motorbike to go\b/],
    ['Dave leaves tonight or I do.', /I'd really like Dave to leave\b/],
  ])('%s', (text, wish) => {
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.some((r) => wish.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/like you to (playstation|dave)|feeling hurt right now/i);
  });

  it('"something" is no name: "I need something to change" stays', () => {
    const all = findingsOf(
      "I can't do another year like this. Either something changes or this is over, and I'm not being dramatic.",
    ).flatMap((f) => f.rewrites);
    expect(all.some((r) => /need something to change/.test(r))).toBe(true);
  });
});

describe('"with or without you" is a plan, not a choice (blind round 29)', () => {
  // "Christmas at yours again and I'm spending it at my sister's, with or without you." gave "I'd really
  // like us to try with."
  it('asks nothing of "with"', () => {
    const text = "Christmas at yours again and I'm spending it at my sister's, with or without you.";
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(/\btry with\b|\bwith\.$/);
  });
});

describe('a threat to a thing is no threat to the relationship (review round 27)', () => {
  // "phone down or it goes in the sink" led with "I'm finding it hard to keep going the way we have been".
  it.each(['phone down or it goes in the sink', "sell the boat by friday or I'll sell it myself"])(
    '%s',
    (text) => {
      const all = findingsOf(text).flatMap((f) => f.rewrites);
      expect(all.length).toBeGreaterThan(0);
      for (const r of all)
        expect(r).not.toMatch(/keep going the way we have been|carry on the way things are/);
    },
  );

  it('a threat to leave still can say it', () => {
    const all = findingsOf("get help for the drinking or I'm leaving").flatMap((f) => f.rewrites);
    expect(all.some((r) => /keep going the way we have been|carry on the way things are/.test(r))).toBe(true);
  });
});

describe('a verb alone before "or" is asked of the partner; "one or the other" names nothing (regrades of rounds 15 and 18)', () => {
  it('"come or don\'t" asks them to come', () => {
    const all = findingsOf("emergency session Thursday. last chance for us, come or don't.")
      .filter((f) => f.category === 'ultimatum')
      .flatMap((f) => f.rewrites);
    expect(all.some((r) => /I'd really like you to come\./.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/try come/);
  });

  it('"one or the other" is no "try one"', () => {
    const text = 'Im not paying for your night school books AND the car insurance. one or the other.';
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(/try one\b|the other\b/);
  });
});

describe("the couple's own plan in an either-or is asked for with a bare verb (review round 30)", () => {
  // "we're going to couples counselling or…" read "us to are going…", which the gate dropped for a
  // stock line that lost the counselling.
  it.each([
    ["we're going to marriage counselling or we're going to court", /us to go to marriage counselling\b/],
    ["We're getting help or we're getting divorced.", /us to get help\b/],
    ["we're going to sort the car loan by friday or I'm done", /us to sort the car loan by Friday\b/],
  ])('%s', (text, wish) => {
    expect(rewritesIn(text, 'ultimatum').some((r) => wish.test(r))).toBe(true);
  });
});
