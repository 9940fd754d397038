/**
 * The tail of a complaint (review round 9): a short sentence kept whole beside a rewrite that only
 * carries the tone of the complaint ("Every time.", "Not once.", "Aren't you.", praise about nothing
 * after a complaint) was the jab readers found left in a third of the whole rewrites. It is read by its
 * grammar, so these examples are new, not lines of the round; and a short sentence that says something
 * (a name, a time, thanks for a thing, a warm sign-off, an answer) stays.
 */
import { describe, expect, it } from 'vitest';
import { rewriteMessage } from '../../lib/index';
import { complaintTail } from '../../lib/rewrite/whole';
import { findingsOf } from './found';

describe('the tail of a complaint', () => {
  it.each([
    ['Wasn’t it.', 'tag'],
    ['Didn’t you?', 'tag'],
    ['Won’t you.', 'tag'],
    ['Every weekend.', 'sweep'],
    ['Each and every birthday.', 'sweep'],
    ['Not once this month.', 'sweep'],
    ['Not a single call.', 'sweep'],
    ['Even on my birthday.', 'sweep'],
    ['Never ever.', 'sweep'],
    ['Same old story.', 'sweep'],
    ['Not funny.', 'sweep'],
    ['Wonderful.', 'praise'],
    ['Really impressive, thanks 🙄', 'praise'],
    ['Cheers for this.', 'praise'],
    ['Ever so thoughtful.', 'praise'],
    ['Gold star.', 'praise'],
    ['Brilliant plan.', 'praise'],
    ['Happy now?', 'praise'],
    // Review round 13: words that only point back at the complaint.
    ['You did.', 'echo'],
    ['All of it.', 'echo'],
    ['It always has been.', 'echo'],
    ["That's all.", 'echo'],
  ])('%j is a %s', (sentence, kind) => {
    expect(complaintTail(sentence)).toBe(kind);
  });

  it.each([
    'Thanks for the lasagne.',
    'Love you.',
    'Lunch with Nadia on Friday.',
    'See you at 8.',
    'Not tonight.',
    'Not sure.',
    'Happy anniversary!',
    'Good luck tomorrow.',
    'Even my sister thinks so.',
    'I can forgive that.',
    'Every Monday suits me.',
    'Drive safe.',
    'The kids are asleep.',
    "Sink's full again.",
    'Good night.',
    'Happy birthday, Mum.',
    'Great news about your sister.',
    'I will.',
    'We can.',
  ])('%j says something, and stays', (sentence) => {
    expect(complaintTail(sentence)).toBeUndefined();
  });

  it.each([
    ['You never text back when you say you will. Not once.', /Not once/],
    ['You forgot to pick up the dry cleaning. Wonderful.', /Wonderful/],
    ['You forgot to collect Ella from swimming again. Gold star.', /Gold star/],
    ['You always leave wet towels on the bed. Every weekend.', /Every weekend/],
    ["You always want the last word, don't you.", /don't you/i],
    ['Because of you we lost the deposit on the flat. You did.', /You did/],
    // A closer said to someone by name or an address word is still the closer (review round 13).
    ["You skip the christening again and don't bother coming home. Your call, pal.", /Your call/],
    ["I'm not discussing your brother's loan again. Subject closed.", /Subject closed/],
  ])('leaves no tail in the whole rewrite of %j', (text, tail) => {
    const found = findingsOf(text);
    expect(found.length).toBeGreaterThan(0);
    const whole = rewriteMessage(text, found);
    expect(whole).not.toBe(text);
    expect(whole).not.toMatch(tail);
  });

  it('keeps praise before the complaint, where it is not a reply to it, and what says something', () => {
    const whole = rewriteMessage(
      'Thanks so much! The kids are asleep now. You never listen to a word I say. Dinner is at 7.',
    );
    expect(whole).toMatch(/^Thanks so much! The kids are asleep now\./);
    expect(whole).toMatch(/Dinner is at 7\.$/);
    expect(whole).not.toMatch(/You never/);
  });
});

describe('a closer beside a calm rewrite goes: "I\'m done.", "I\'m sick of it."', () => {
  // Review round 18: kept beside "Can we pick it up another time?", "I'm done." contradicted it.
  it.each([
    ["I'm done. Not replying to this.", "I'm done"],
    [
      "We will see the counsellor at church or I am taking the children to my mother's. I am serious this time.",
      'serious',
    ],
  ])('%j', (text, gone) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole.toLowerCase()).not.toContain(gone.toLowerCase());
  });
  // Known regression: the thirty-second session's weights (blind rounds 50-52 joined) read the message
  // at 0.569 (0.682 before; balanced is 0.616) and no rule names "one more time … I'm changing the
  // code", so nothing is flagged. Back to the table above once the scorer flags it.
  it.fails("If you check my phone one more time I'm changing the code. I'm sick of it. (known regression)", () => {
    const whole = rewriteMessage(
      "If you check my phone one more time I'm changing the code. I'm sick of it.",
    );
    expect(whole).not.toBe("If you check my phone one more time I'm changing the code. I'm sick of it.");
    expect(whole.toLowerCase()).not.toContain('sick of it');
  });
});

describe('a curt jab kept beside a rewrite goes when the scorer flags it alone (review round 20)', () => {
  // Known regression, kept in view: the twenty-first session's retrained weights read both jabs alone
  // below the balanced threshold (0.615): "Everything is lie with you." 0.716 → 0.591, "never once ur
  // fault" 0.702 → 0.548 (buckets near the 24,000 kept shifted), so the whole keeps them. These fail
  // until the scorer flags them alone again, and then go back to `it.each`. The twenty-eighth session's
  // weights (blind rounds 10-47 and plain sets 1-12 joined) flagged "never once ur fault" alone again
  // (0.67); the thirtieth session's weights (blind rounds 48 and 49 joined) read it at 0.615, a hair
  // under their balanced 0.616, and the thirty-second session's (blind rounds 50-52 joined) past it.
  const goes = (text: string, jab: string) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole.toLowerCase()).not.toContain(jab);
  };
  it('its always my fault in ur head isnt it. never once ur fault', () => {
    goes('its always my fault in ur head isnt it. never once ur fault', 'once ur fault');
  });
  it.fails('Jinho, you promised you quit the poker site. You are liar. Everything is lie with you. (known regression)', () => {
    goes(
      'Jinho, you promised you quit the poker site. You are liar. Everything is lie with you.',
      'lie with you',
    );
  });

  it('keeps what is no words at all, however the scorer reads it ("SE1 Z h", a postcode)', () => {
    expect(rewriteMessage('SE1 Z h \n you never listen')).toMatch(/^SE1 Z h\b/);
  });
});

describe('a verdict on the partner kept beside a rewrite goes like a curt jab (review round 22)', () => {
  it.each([
    ["Forty minutes late. Again. You're so disrespectful of my time.", 'disrespectful'],
    [
      "you so damn petty it's unreal. it was ONE text from my cousin about the van. get over yourself",
      'petty',
    ],
  ])('%s', (text, verdict) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole.toLowerCase()).not.toContain(verdict);
  });

  it('keeps a kind verdict beside the rewrite', () => {
    const whole = rewriteMessage(
      "You never ring when you're late. You're so good with the kids though, they adore you.",
    );
    expect(whole).toMatch(/You're so good with the kids though, they adore you\./);
  });
});

describe('a curt order kept beside a rewrite goes (review round 22)', () => {
  // Over rounds 18–22 readers graded most such orders left whole "harsh sentence left".
  it.each([
    ["you're so controlling. get therapy.", 'get therapy'],
    ['Whatever. Sleep downstairs then.', 'downstairs'],
    ["You forgot Gran's birthday again. Sort it.", 'sort it'],
    // Review round 23: "dont you dare lecture me" stayed beside a gentle rewrite.
    ['You forgot the school run again. dont you dare lecture me about phones.', 'lecture me'],
  ])('%j', (text, order) => {
    // The findings of the shared helper: what is held here is the whole beside a rewrite, not whether
    // the learned model flags the message at the balanced setting (the thirty-seventh session's
    // candidate flags the school-run message only at the strict one).
    const whole = rewriteMessage(text, findingsOf(text));
    expect(whole).not.toBe(text);
    expect(whole.toLowerCase()).not.toContain(order);
  });

  it.each([
    ["You never ring when you're late. Call me when you land.", 'Call me when you land.'],
    ["You always leave the gate open. Don't touch me.", "Don't touch me."],
    ["You never take the bins out. Don't you dare touch me.", "Don't you dare touch me."],
    ['You never listen. Drive safe x', 'Drive safe x'],
  ])('keeps a plain request, a boundary or a kind word: %j', (text, kept) => {
    expect(rewriteMessage(text)).toContain(kept);
  });
});

describe('a threat said again as finality goes with the threat (review round 27)', () => {
  // Kept after a calm request, "This is the end of the line." and "I'm not bluffing this time." undid it.
  it.each([
    [
      "If we can't sort this out with the counsellor, I honestly don't think we survive the year. This is the end of the line. Please.",
      /end of the line/,
    ],
    [
      "If you don't come to the marriage counselor at Genesys with me next week I'm filing. I'm not bluffing this time. I already called the lawyer.",
      /bluffing|lawyer/,
    ],
    ["it's counselling or separation. no third option", /third option/],
  ])('%s', (text, kept) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole).not.toMatch(kept);
  });

  it('a plain sentence after the rewrite stays', () => {
    const whole = rewriteMessage(
      "If you don't come to counselling on Friday I'm leaving. The session is at 4.",
    );
    expect(whole).toMatch(/The session is at 4\./);
  });
});

describe('a threat kept beside a rewrite is rewritten as the ultimatum it is (review round 29)', () => {
  // "If we don't see the counsellor this month, I'm going back to Mwanza." was kept whole beside a
  // calm rewrite in nine of round 29's wholes. The messages are new, in the same shapes.
  it.each([
    [
      "Please come to the session with me. If you don't come on Thursday, I'm taking the kids to my sister's.",
      'taking the kids',
    ],
    ["You never listen to me. Unless the shed is cleared by Sunday, I'm selling the lot.", 'selling the lot'],
  ])('%s', (text, threat) => {
    const whole = rewriteMessage(text);
    expect(whole).not.toBe(text);
    expect(whole).not.toContain(threat);
  });

  it('asks for what the condition wanted, when nothing else in the message asks for it', () => {
    expect(
      rewriteMessage(
        "Please come to the session with me. If you don't come on Thursday, I'm taking the kids to my sister's.",
      ),
    ).toMatch(/I'd really like you to come on Thursday/);
  });

  it('keeps a plan with a plain condition', () => {
    expect(
      rewriteMessage("You never help with the shopping. If it's raining later, I'm taking the car."),
    ).toMatch(/If it's raining later, I'm taking the car\.$/);
  });
});

describe('a kept last sentence the writer left open ends with a full stop (review round 30)', () => {
  it('adds one after three words or more, never to a short sign-off', () => {
    const open = "we're going to marriage counselling or we're going to court. I'm not joking anymore";
    const whole = rewriteMessage(open, findingsOf(open));
    expect(whole).not.toBe(open);
    expect(whole).toMatch(/I'm not joking anymore\.$/);
    const signOff = 'you never help with the bins. Night';
    const rewritten = rewriteMessage(signOff, findingsOf(signOff));
    expect(rewritten).not.toBe(signOff);
    expect(rewritten).toMatch(/Night$/);
  });
});

describe('thanks for what was just said goes with the complaint it thanked (review rounds 30 and 31)', () => {
  it('drops "Thanks for that." after a rewritten complaint, never thanks for a request', () => {
    const text =
      'We lost the deposit on the flat in Leith because you never sent the form. Now we are stuck here another year. Thanks for that.';
    const whole = rewriteMessage(text, findingsOf(text));
    expect(whole).not.toBe(text);
    expect(whole).not.toMatch(/Thanks for that/);
    expect(rewriteMessage('Can you grab milk on your way? Thanks.')).toBe(
      'Can you grab milk on your way? Thanks.',
    );
  });
});
