/**
 * Review round 11, first run: readers graded a fifth of the whole rewrites garbled, most of them for
 * saying one thing twice: two findings' rewrites each asking for the same help ("I'd really like you to
 * come to the counsellor on Friday." … "Would you see the counsellor with me?") or each asking to talk.
 * And a few sentences no person writes: "This is really important to me about your sister", "if you
 * took me anywhere nice no more". The messages below are new, in the shapes the readers found.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewriteMessage } from '../../lib/index';
import { wholeProblem } from '../../lib/rewrite/index';

const sentences = (text: string) => text.match(/[^.?!]+[.?!]+/g)?.map((s) => s.trim()) ?? [];
const ASKS =
  /^(can|could|would|shall) (we|you)\b|^(i'd|i would) (really )?(like|love) (us|you) to\b|^what would help/i;

describe('a whole rewrite does not ask to talk beside a pause', () => {
  // Review round 14 graded these garbled: one rewrite puts the talk off ("I'm not ready to talk about
  // this yet.") and another asks for it ("Can we talk later?"); or the writer's own kept words put it off.
  const PAUSED = /not ready to talk|need (some|a little|a bit of) (space|time)|a short break from talking/i;
  it.each([
    "fine. whatever. talk to your sister about it since she's the expert",
    // The nineteenth session's weights read "whatever." here as contempt alone, with no pause to keep.
    "whatever, I'm not discussing it. take it up with your mate since he's the expert",
    "I'm not ready to talk about it. And frankly you're acting like a child.",
  ])('%j', (text) => {
    const whole = rewriteMessage(text);
    expect(whole).toMatch(PAUSED);
    const asks = sentences(whole).filter((s) => /^(can|could|shall) we (talk|try again)\b/i.test(s));
    expect(asks).toEqual([]);
  });
});

describe('a whole rewrite asks once', () => {
  it.each([
    "If you don't come to the counsellor on Friday we're done. You never take anything serious. The counsellor is our last shot.",
    'If you skip the marriage course again I am leaving. The marriage course is our last hope, and you know it.',
  ])('asks for the help named in %j once', (text) => {
    const whole = rewriteMessage(text);
    const help = /counsellor|course/;
    const asks = sentences(whole).filter((s) => ASKS.test(s) && help.test(s));
    expect(asks.length).toBeLessThanOrEqual(1);
    expect(whole).toMatch(help);
  });

  it('asks to talk once when two rewrites each would', () => {
    const whole = rewriteMessage('Your sister charged that card again and you did nothing. Typical.');
    const talk = sentences(whole).filter((s) => ASKS.test(s) && /\btalk\b/.test(s));
    expect(talk.length).toBeLessThanOrEqual(1);
    expect(whole).toMatch(/your sister/);
  });

  it('keeps a rewrite’s own two sentences, and a request that names something else', () => {
    const whole = rewriteMessage(
      "You never put the bins out. If you don't call your mum back tonight I'm not going on Sunday.",
    );
    expect(whole).toMatch(/bins/);
    expect(whole).toMatch(/your mum/);
  });
});

describe('sentences a person would write', () => {
  it.each([
    'Your sister charged that card again and you did nothing. Typical.',
    'The ex was at Mardi Gras and you said nothing. Typical you.',
  ])('never says "important to me about X" for %j', (text) => {
    const all = [...analyze(text).flatMap((f) => f.rewrites ?? []), rewriteMessage(text)];
    for (const r of all) expect(r).not.toMatch(/important to me about/);
  });

  it.each([
    ['you never take me anywhere nice no more', /took me anywhere nice\b/],
    ['You never text me back no more.', /text(ed)? me back\b/],
  ])('reads a closing "no more" of %j as "anymore", not as part of the wish', (text, wish) => {
    const rewrites = analyze(text).flatMap((f) => f.rewrites ?? []);
    expect(rewrites.some((r) => wish.test(r))).toBe(true);
    for (const r of rewrites) expect(r).not.toMatch(/\bno (more|longer)\b/);
  });

  it('drops "That\'s closed." beside the calm no it said', () => {
    const whole = rewriteMessage("That's closed. I'm not discussing the wedding.");
    expect(whole).not.toMatch(/That's closed/);
    expect(whole).toMatch(/the wedding/);
    expect(whole).not.toMatch(/\b(later|for now|again\?)\b/);
  });
});

describe('a whole rewrite that the scorer reads as harsh', () => {
  it('is built again with the next rewrite, and still says the no', () => {
    // "My answer on counselling is no…" passes the gate alone; beside "Read your message about the
    // counsellor on Friday." the scorer weighs it over its threshold (review round 11's shape, item 285).
    const text =
      "Read your message about the counsellor on Friday. Counselling won't fix anything, it's a waste of money, and I'm not going.";
    expect(wholeProblem(text)).toBeUndefined();
    const whole = rewriteMessage(text);
    expect(whole).toMatch(/^Read your message about the counsellor on Friday\./);
    expect(whole).toMatch(/isn't for me|answer on counselling is no/);
  });
});

describe('a second invitation to talk after a semicolon goes', () => {
  // Review round 18: "…Can we talk about it later? They're here at 8. I'd really like you to be nice. It
  // matters a lot to me; can we talk about what's getting in the way?" asked twice.
  it.each([
    "right well if you're going to sulk about my mates coming round, sulk somewhere else. they're here at 8. be nice or be out",
    "ugh you're sulking again about my sister staying over. she's here friday. be civil or be out",
  ])('%j', (text) => {
    expect(analyze(text).length).toBeGreaterThan(0);
    const whole = rewriteMessage(text);
    const invitations = whole.match(/\b(can|could) we (talk|try again)\b/gi) ?? [];
    expect(whole).not.toMatch(/; ?\./);
    expect(invitations.length).toBeLessThanOrEqual(1);
  });
});

describe('a sentence asking for the help a rewrite beside it asks for goes (review round 22)', () => {
  // Rewritten in a later pass, "If we don't get counselling, it's finished." asked for counselling a
  // second time beside the rewrite of "This is our only hope now." (items 134, 205, 206, 277).
  it.each([
    [
      "This is our only hope now. If we don't get counselling, it's finished and you know it.",
      /counselling/i,
    ],
    ["Marriage is on the rocks, Dev. If we don't see the imam this month, we're done. I mean it.", /imam/i],
  ])('%j', (text, help) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    const asking = (whole.match(/[^.?!]+[.?!]+/g) ?? []).filter((s) => help.test(s));
    expect(asking).toHaveLength(1);
  });
});

describe('a question asking to talk goes beside a pause, even one that names the writer’s subject', () => {
  // Review round 25: "I feel upset that we missed the ferry… Could we talk about what happened with
  // coffee…? … Going over this again is too much for me right now." Over rounds 2–25, 23 of the 26 whole
  // rewrites that held both were graded garbled. The messages are new, in the same shapes.
  const PAUSED =
    /too much for me right now|rather leave|need (some|a little|a bit of) (space|time)|need a breather/i;
  const TALKS = /^(can|could|would|shall) (we|you)\b.*\b(talk|work out|sort|figure)\b|^what do you think/i;
  it.each([
    [
      "I am not discussing your sister's debts today, tomorrow or ever. Your family, your mess. Don't text me about it.",
      /your sister's debts/,
    ],
  ])('%j', (text, kept) => {
    const whole = rewriteMessage(text);
    expect(whole).toMatch(PAUSED);
    expect(whole).toMatch(kept);
    expect(sentences(whole).filter((s) => TALKS.test(s))).toEqual([]);
  });

  // The twenty-first session's weights read the closing "I'm not letting you forget this one." beside the
  // rewrite as a complaint, not a shut-down: its rewrite asked to talk a second time, until a question
  // asking to "work out" what would help counted as the message's one invitation.
  it('asks to talk once when the kept closer is rewritten as a complaint', () => {
    const whole = rewriteMessage(
      "We missed the ferry to Bilbao because you had to stop for cigarettes. Forty quid to rebook. I'm not letting you forget this one.",
    );
    expect(whole).toMatch(/ferry to Bilbao/);
    expect(whole).not.toMatch(/forget this one/);
    expect(sentences(whole).filter((s) => TALKS.test(s))).toHaveLength(1);
  });

  // A known regression of the twenty-eighth session's weights (they placed the stonewall on the plain
  // sentence before the refusal) until the thirty-second session's weights (blind rounds 50-52 joined) placed it on the refusal again.
  it('keeps the writer’s plain sentence beside the pause', () => {
    const whole = rewriteMessage(
      "You left the gate open and the dog got out. Don't talk to me about it, I'm done.",
    );
    expect(whole).toMatch(/^You left the gate open and the dog got out\. /);
    expect(whole).toMatch(PAUSED);
  });
});
