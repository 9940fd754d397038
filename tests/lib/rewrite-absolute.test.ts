/**
 * An absolute's rewrite restates the act in correct English, or names no act at all (review round 12
 * graded these broken: "when you're not ask…", "when you're not to a parents evening", "when you don't
 * you take me", "when you do let's not", "when you have been", "about one Sunday"). The sentences here
 * are new ones in the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, rewritesIn } from './found';

const rewrites = (text: string) => findingsOf(text).flatMap((f) => f.rewrites);

describe('an absolute restates the act in correct English', () => {
  it.each([
    // The "are" of an earlier clause does not make the later "never ask" a state.
    [
      'Every evening you’re on the laptop till midnight and you never ask how my day went.',
      /when you don't ask how my day went/,
      /you're not ask/,
    ],
    // Having been somewhere is going there.
    [
      "You've never once been to one of Mia's recitals.",
      /when you don't go to one of Mia's recitals/,
      /you're not to/,
    ],
    // The count said again at the end is no part of the act.
    ['u never call back 😤 never ever 😤😤 not once today', /call(ed)? back/, /not (once )?today|never ever/],
    // "never once you bring me": the subject after the count, in a second language's order.
    ['Every weekend you visit your brother, never once you bring me.', /you don't bring me/, /don't you/],
    // A condition after "unless" is not part of the act.
    ['You never text your own mother unless you need a lift.', /you don't text your own mother/, /unless/],
    // Review round 13: the count said twice names no situation; the "you" asked to do something is not
    // the one who does the act.
    [
      'And every time, every single time, you vanish into the garage when my sister visits.',
      /you vanish into the garage/,
      /every (single )?time and/,
    ],
    [
      'Every time I ask you to help with the bath, you walk off.',
      /I ask you to help with the bath and you walk off/,
      /and you to help/,
    ],
    // Review round 14: an emphatic second negative is no part of the wish ("if you paid nothin on
    // time" inverted it); "in your life" is how often, not the act.
    [
      'why am I sorting the gas bill again? you does never pay nothin on time',
      /if you paid on time/,
      /nothin/,
    ],
    ["You've never once cleaned the oven in your life.", /clean(ed)? the oven/, /in your life/],
    ['you have never booked a holiday in your whole life', /book(ed)? a holiday/, /in your (whole )?life/],
  ])('%s', (text, wanted, unwanted) => {
    const all = rewrites(text);
    expect(all.some((r) => wanted.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(unwanted);
  });

  it.each([
    // A run-on's second "you always…" is the next complaint, not part of the first act.
    ['you always do this you always cancel once I have told my mum', /when you do this you/],
    // "so let's just not" is the writer's next thought.
    ["you'll sulk like you always do so let's just not.", /let's|let us/],
    // "You always have been." names no act of its own.
    ['You care more about your golf than about Sam. You always have been.', /when you have been/],
    // "you never could": a modal alone names no act (review round 12: "if you coulded").
    ["You can't let anything go, you never could.", /coulded|if you could\b/],
    // "not one weekend" is a count, not a topic.
    ['You ent once rung my mum since her fall, not one Sunday.', /about one Sunday/],
  ])('names no broken act: %s', (text, unwanted) => {
    const all = rewrites(text);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(unwanted);
  });
});

describe('a situation says when something happens, in words that stand', () => {
  // Review round 14: "what's going on for you before 1" (a bare time), "when you need money for," (a
  // preposition left hanging where a label cut the situation).
  it('reads no situation in a bare time', () => {
    const text =
      'Ammi asked why you missed the Eid lunch. What do I tell her? That you are too lazy to get up before 1?';
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(/before 1\b/);
  });

  it('leaves no preposition hanging', () => {
    const text = 'You only remember you have a husband when you need money for your friends at the club';
    const rewrites = findingsOf(text).flatMap((f) => f.rewrites);
    expect(rewrites.length).toBeGreaterThan(0);
    for (const r of rewrites) expect(r).not.toMatch(/\b(for|to|with|of|when you)[,.]/);
  });
});

describe('a count in two or three words leaves the act it follows (review round 26)', () => {
  // "It would mean a lot to me if you didn't forget to collect the outfits as usual." kept the count.
  it.each([
    ['you left the hall light on all night, as per usual', /hall light on all night/],
    ['you forgot to pick up the dry cleaning as usual', /pick up the dry cleaning/],
  ])('%s', (text, act) => {
    const all = rewrites(text);
    expect(all.some((r) => act.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/\b(as (per )?usual|like always)\b/i);
  });
});

describe('an absolute on a state or in inverted order restates it in correct English (review round 26)', () => {
  // "when you late to mamá's cumple" and "When you don't have you put the green bin out".
  it.each([
    ['you were late AGAIN to the school play', /when you late|you didn't late/],
    ['never once have you emptied the dishwasher', /don't have you|have you emptied/],
  ])('%s', (text, broken) => {
    const all = rewrites(text);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).not.toMatch(broken);
  });

  it('reads "never once have you…" as the act it names', () => {
    expect(
      rewrites('never once have you emptied the dishwasher').some((r) => /empty the dishwasher/.test(r)),
    ).toBe(true);
  });
});

describe("someone else's habit is not the partner's act (review round 27)", () => {
  // "not going back, that counsellor always sides with you" gave "It would mean a lot to me if you
  // didn't side with you."
  it('says the habit whole, of whom it is', () => {
    // The absolute placed on the habit's clause, as the model places a finding: what is tested is the
    // rewrite of that clause (the twenty-first session's weights put it on "not going back").
    const text = 'not going back, that counsellor always sides with you';
    const all = rewritesIn(text, 'absolute', text.indexOf('that'));
    expect(all[0]).toBe(
      'I feel hurt when it seems like that counsellor always sides with you. Could we talk about it?',
    );
    for (const r of all) expect(r).not.toMatch(/you (didn't )?side with you/);
  });

  it("the partner's own habit is still asked about", () => {
    const all = findingsOf('you always leave the lights on').flatMap((f) => f.rewrites);
    expect(all.some((r) => /you leave the lights on|didn't leave the lights on/.test(r))).toBe(true);
  });
});
