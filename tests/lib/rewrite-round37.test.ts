/**
 * The kinds review rounds 36 and 37 found (issue 12, parts 1 and 4), each in new sentences of the same
 * shape as the graded ones: a blame that names its outcome ("you're the reason…", "your fault the boiler
 * broke") or its deed ("You let the dog out"); the writer doing a job alone; a label for what takes the
 * partner's time; a demand said without a verb ("Gate fixed by Sunday", "Home by 8") or in the sentence
 * before a bare threat; a refused talk about a plan said as a gerund; chat's "ur" before a place. The
 * graded sentences themselves are held by the regression sets (rewrite-review.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { rewriteMessage } from '../../lib/index';
import { grammarProblem } from '../../lib/rewrite/gate';
import { readWords } from '../../lib/rewrite/sentence';
import { findingsOf } from './found';

const firsts = (text: string) => findingsOf(text).map((f) => f.rewrites[0] ?? '');
/** The words as a rewrite would carry them. */
const shownAs = (text: string) =>
  readWords(text)
    .map((x) => x.d)
    .filter(Boolean)
    .join(' ');
/** Every rewrite offered for the message's findings. */
const offered = (text: string) => findingsOf(text).flatMap((f) => f.rewrites);

describe('a blame says what came of it', () => {
  it.each([
    ["You're the reason Nana won't come for Easter.", /Nana won't come for Easter/],
    ["You're why the van failed its MOT.", /the van failed its MOT/],
    ["it's your fault the boiler packed in, and I had to ring the landlord", /the boiler packed in/],
    ['your fault the cat got out', /the cat got out/],
  ])('%s', (text, said) => {
    const all = offered(text);
    expect(all.some((r) => said.test(r))).toBe(true);
    expect(grammarProblem(firsts(text)[0] ?? '')).toBeUndefined();
  });

  it('a noun with a clause of its own is no outcome ("the mess you left the bathroom in")', () => {
    for (const r of offered(
      "The deposit's gone, and that's down to you and the mess you left the bathroom in",
    ))
      expect(r).not.toMatch(/that the mess you left/);
  });

  it('"you made us…" says what happened to both of them', () => {
    const first = firsts('You made us miss the last ferry to Arran.')[0] ?? '';
    expect(first).toMatch(/^We missed the last ferry to Arran/);
    expect(grammarProblem(first)).toBeUndefined();
  });

  it("the scorer's blame on a deed said plainly is the deed", () => {
    const first = firsts('You let the dog off the lead. Fifty quid vet bill.')[0] ?? '';
    expect(first).toMatch(/that you let the dog off the lead/);
    expect(first).not.toMatch(/with the dog off/);
  });
});

describe('the writer doing a job alone asks for help with it', () => {
  it.each([
    ["Grand, I'll just take the bins out myself like always.", /help me take the bins out/],
    ['Cheers. I guess I am doing the big shop on my own again 🙄', /help (me|to) do the big shop/],
  ])('%s', (text, asked) => {
    expect(offered(text).some((r) => asked.test(r))).toBe(true);
  });

  it('"I\'ll do it myself" names nothing to help with', () => {
    for (const r of offered("fine, I'll do it myself as usual")) expect(r).not.toMatch(/help me do it/);
  });
});

describe("a label for what takes the partner's time names the thing", () => {
  it('"addicted to that console" is a worry about the time it takes', () => {
    const first = firsts("You're addicted to that console.")[0] ?? '';
    expect(first).toMatch(/how much time goes on that console/);
    expect(grammarProblem(first)).toBeUndefined();
  });

  it('never a person ("obsessed with your ex")', () => {
    for (const r of offered("you're obsessed with your ex")) expect(r).not.toMatch(/time goes on/);
  });

  it('a deed said after the label says more', () => {
    expect(firsts("you're so obsessed with your golf you missed her parents' evening")[0]).toMatch(
      /you missed her parents' evening/,
    );
  });
});

describe('an ultimatum asks for what it wants, said without a verb', () => {
  it.each([
    ['Fence painted by Saturday or I ring your brother.', /I'd really like the fence painted by Saturday/],
    ["Back by 6 for the twins' party or stay out.", /I'd really like you back by 6 for the twins' party/],
    ["one appointment or we're finished", /I'd really like us to try one appointment/],
  ])('%s', (text, asked) => {
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(asked);
    expect(grammarProblem(first)).toBeUndefined();
  });

  it('a bare "Or…" threat asks for the order said just before it', () => {
    const text = 'Book the boiler service this week. Or I call the engineer and it comes out of your money.';
    const first = firsts(text)[0] ?? '';
    expect(first).toMatch(/I'd really like you to book the boiler service this week/);
  });

  it('the job done without them is no threat to the two of them', () => {
    for (const r of offered('Ring the garage today. Or I will.'))
      expect(r).not.toMatch(/hard to (keep going|carry on)/);
  });

  it('"I mean done." presses the threat again, and goes from the whole', () => {
    expect(rewriteMessage("one more missed session and we're done. I mean done.")).not.toMatch(/I mean done/);
  });
});

describe('a refused talk about a plan names the plan', () => {
  it.each([
    ["I'm not talking about moving to Leeds. That's that.", /moving to Leeds/],
    ["I'm not discussing selling the boat again, end of.", /selling the boat/],
  ])('%s', (text, plan) => {
    expect(firsts(text)[0]).toMatch(plan);
  });
});

describe('chat\'s "ur" before a place or company is "you\'re"', () => {
  it.each([
    ['when ur with ur mates', "when you're with your mates"],
    ['ur at the pub', "you're at the pub"],
    ['ur mates r here', 'your mates'],
  ])('%s', (text, shown) => {
    expect(shownAs(text)).toContain(shown);
  });
});

describe('a refused talk names what it is about, never a time', () => {
  it('"going through X with you again" is about X, not the evening it costs', () => {
    const first =
      firsts(
        "I'm not going through the holiday spreadsheet with you again, it's a waste of my Sunday night.",
      )[0] ?? '';
    expect(first).toMatch(/the holiday spreadsheet/);
    expect(first).not.toMatch(/my Sunday night/);
  });

  it('"done talking for the weekend" is a pause, and names no weekend', () => {
    const first =
      firsts("After how you spoke to me at the garden centre I'm done talking for the weekend.")[0] ?? '';
    expect(first).not.toMatch(/the weekend again|leave it there/);
  });
});

describe("the scorer's blame with its outcome first", () => {
  it('"we got a fine cos you…" says the fine', () => {
    const first = firsts(
      "we've got a £60 fine cos you wouldn't listen when I said the meter was broken. nice one",
    )[0];
    expect(first).toMatch(/we've got a £60 fine/i);
  });

  it('a thing named as one of many is no topic ("because you had to stop for a pasty")', () => {
    for (const r of offered('we missed the 9:15 train because you had to stop for a pasty'))
      expect(r).not.toMatch(/with a pasty/);
  });
});

describe('chat\'s "its" after a verb owns', () => {
  it.each([
    ['the car failed its service', 'the car failed its service'],
    ['omg its so late', "it's so late"],
  ])('%s', (text, shown) => {
    expect(shownAs(text)).toContain(shown);
  });
});

describe('what a blame says came of it keeps its sense', () => {
  it('"we never see her" is said as "hardly ever", never as its opposite', () => {
    const first = firsts("you're the reason we never see my brother.")[0] ?? '';
    expect(first).toMatch(/we hardly ever see my brother/i);
  });

  it('"were never ordered" is one thing that did not happen, said as it was', () => {
    expect(
      offered('the shop said the tiles were never ordered because you forgot to ring them').join(' '),
    ).toMatch(/the tiles were never ordered/);
  });

  it('a reason said first leaves the outcome to the clause after it', () => {
    const first =
      firsts(
        "Because you took the van without telling me, I missed my nephew's christening completely.",
      )[0] ?? '';
    expect(first).toMatch(/I missed my nephew's christening/);
    expect(first).not.toMatch(/the van without telling me/);
  });

  it('"every penny of our savings" is all of it', () => {
    const whole = rewriteMessage(
      "The boat ate every penny of our savings because you wouldn't listen to me.",
    );
    expect(whole).toMatch(/the boat ate all of our savings/i);
  });

  it('"you made me miss…" stops where how they caused it starts', () => {
    const first = firsts('You made me miss my dentist appointment by taking the car to work.')[0] ?? '';
    expect(first).toMatch(/I missed my dentist appointment,/);
    expect(first).not.toMatch(/by taking/);
    expect(firsts('You made me miss the 8:10 train.')[0]).toMatch(/the 8:10 train/);
  });
});

describe('a refused subject is named without what limits the no', () => {
  it.each([
    ["I ain't talkin about the boat loan no more", /the boat loan no more/],
    ['not talking about the holiday 🏖️❌ subject closed 🔒', /holiday subject closed/],
    ["I'm not discussing your brother's debts today or ever", /your brother's (?!debts)/],
  ])('%s', (text, wrong) => {
    for (const r of offered(text)) expect(r).not.toMatch(wrong);
  });

  it('"hear about your day" refuses to listen, and names no subject', () => {
    for (const r of offered("I don't want to hear about your day")) expect(r).not.toMatch(/your day/);
  });
});

describe('the whole drops what only presses the threat or sneers', () => {
  it.each([
    ["Either you sort the gutters by Friday or I'm ringing your dad. Your call.", /Your call/],
    ["Either you pay the gas bill by Friday or I'm going to my mum's in Exuma. You choose.", /You choose/],
    ['You left the back door open AGAIN. Typical.', /Typical/],
    [
      'We lost the cottage deposit because you never rang them. I reminded you twice. Twice, Dave.',
      /Twice, Dave/,
    ],
  ])('%s', (text, gone) => {
    expect(rewriteMessage(text)).not.toMatch(gone);
  });

  // A known regression of the thirty-seventh session's weights (b21-b24 joined), which read the whole
  // message as contempt and said nothing of the goats that died; the forty-first session's retraining
  // mended it, the fifty-fifth's brought it back ("Two dead." alone as contempt at 0.62, against 0.617),
  // and the fifty-sixth's mended it again (its balanced threshold is 0.627).
  it('a number that says something new stays ("Two dead.")', () => {
    expect(rewriteMessage('You let the goats out. Two dead.')).toMatch(/Two dead/);
  });
});

describe("the regrade's second look", () => {
  it('a refusal kept whole is not said again with its subject named', () => {
    const whole = rewriteMessage("I don't intend to discuss my overtime with you. That's the end of it.");
    expect(whole.match(/my overtime/g) ?? []).toHaveLength(1);
  });

  it('"You decide." hands a choice over when nothing is threatened, and stays', () => {
    expect(rewriteMessage("Amor, the Lisbon trip, I'm done discussing. You decide.")).toMatch(/You decide/);
  });

  it('where the partner is, is said with "while"', () => {
    expect(firsts('u never answer when ur at the gym')[0]).toMatch(/while you're at the gym/);
  });
});
