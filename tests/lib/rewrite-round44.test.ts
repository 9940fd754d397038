import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { gateProblem } from '../../lib/rewrite/gate';
import { rewriteMessage } from '../../lib/rewrite/index';
import { partnerAct } from '../../lib/rewrite/parts';
import { readSentence } from '../../lib/rewrite/sentence';

/** The first rewrite of the message's finding in `category` (or of its first finding). */
const first = (text: string, category?: string) => {
  const found = analyze(text);
  return (found.find((f) => f.category === category) ?? found[0])?.rewrites[0] ?? '';
};

/** What the partner did, read from a sentence with no word flagged. */
const act = (text: string) => partnerAct(readSentence(text, []))?.text;

describe('what happened, said plainly after sarcastic praise (review round 44: generic stock lines)', () => {
  it.each([
    // The praise may open with an interjection, or be the sentence before.
    ['oh well done, you locked us out. again.', 'you locked us out'],
    ['right, great. forgot the school lunches again 👏', 'you forgot the school lunches'],
    // A misdeed said bare, in the past, is the partner's.
    ['nice one, spent the gas money on a new controller', 'you spent the gas money on a new controller'],
  ])('%j says %j', (text, happened) => {
    expect(first(text)).toContain(happened);
  });

  it('drops the praise said first, as it drops the praise said after, and keeps no sweep', () => {
    const whole = rewriteMessage('right, great. forgot the school lunches again 👏');
    expect(whole).not.toMatch(/great|again|👏/i);
    expect(whole).toContain('you forgot the school lunches');
  });

  it("reads a name's or a noun's \"'s\" as possessive where compromise does, so the act keeps its verb", () => {
    expect(act("you forgot Brody's dentist AGAIN.")).toBe("you forgot Brody's dentist");
    expect(act("you missed your mum's birthday")).toBe("you missed your mum's birthday");
  });

  it('keeps a denial that closes the flagged words: the thanks were for nothing done', () => {
    const rewrite = first("Thanks for picking up the kids. Oh wait you didn't. Again.", 'contempt');
    expect(rewrite).toContain("you didn't pick up the kids");
    expect(rewrite).not.toMatch(/that you picked up/);
  });

  it('keeps a "never" inside what happened, said as "didn\'t"', () => {
    const text =
      "typical you. you said you'd fetch mum from Thorpe station and never even looked at your phone. she was stood there an hour in the rain.";
    expect(first(text)).toContain("didn't even look at your phone");
  });

  it('reads no time spent as a deed without what was spent ("you spent at the pub")', () => {
    expect(act('another Sunday you spent at the pub while I did the big shop')).toBeUndefined();
    expect(act('you spent the rent on a telly')).toBe('you spent the rent on a telly');
  });
});

describe('labels of what comes first (review round 43 and 44: "I notice I feel hurt" for them)', () => {
  it.each([
    ['you only care about your mates', 'your mates come first'],
    ['all you care about is the football', 'the football comes first'],
    ["u only care about ur mum's opinion", "your mum's opinion comes first"],
    ['you care more about your phone than me', 'your phone comes first'],
    // A put-down inside the phrase is left out.
    ['you only care about your stupid mates', 'your mates come first'],
  ])('%j → %j', (text, said) => {
    expect(first(text)).toContain(said);
  });

  it('says no thing for "yourself": the label is all there is', () => {
    expect(first('you only care about yourself')).not.toMatch(/comes? first/);
  });
});

describe('ultimatums: the request in plain words, and no topic taken from the threat', () => {
  it.each([
    ['Phone off at supper or I cancel the data.', 'turn your phone off at supper'],
    ["phone off after ten or I'm done", 'turn your phone off after ten'],
  ])('a device and its switch: %j asks to %j', (text, asked) => {
    expect(first(text, 'ultimatum')).toContain(`I'd really like you to ${asked}.`);
  });

  it('reads a belief in the condition as no act to wish away', () => {
    const rewrite = first(
      "if you think im cooking for your mates again you've another thing coming",
      'ultimatum',
    );
    expect(rewrite).not.toMatch(/rather you didn't think/);
  });

  it('ends the condition at chat\'s "were done" (we\'re done)', () => {
    const rewrite = first('if u go to jaydens without me were done fr', 'ultimatum');
    expect(rewrite).toContain("rather you didn't go to jaydens without me.");
    expect(rewrite).not.toMatch(/were done/);
  });

  it('takes no topic from the threat itself', () => {
    const rewrite = first(
      'You go out with your colleague again. Come home 2am. One more time and I take baby back to Chiang Mai.',
      'ultimatum',
    );
    expect(rewrite).not.toMatch(/about Chiang Mai/);
  });
});

describe('blame, stonewall and the gate (review round 44)', () => {
  it('reads "your X is why…" as the outcome the writer lives with', () => {
    expect(first('your hair is why we missed the 7:45')).toMatch(/we missed the 7:45/i);
  });

  it('takes no "I warned you" for what happened', () => {
    expect(first('This wahala na your own making. I warned you.')).not.toMatch(/that I warned you/);
  });

  it('hands the problem back when the writer says "so you sort it out"', () => {
    const text =
      "you told your mother we'd come for the feast without asking me, so you sort it out, I'm not going";
    expect(first(text, 'blame')).not.toMatch(/went wrong with your mother together/);
  });

  it.each([
    "we've talked the move to Auckland to death. the answer is still no.",
    "Mother's visit, I am not discussing. Decision made.",
  ])('says a settled no as settled: %j', (text) => {
    // ("the answer is still no" is said back as "My answer is no…" since the sixtieth session.)
    expect(first(text)).toMatch(/made up|rather not go over|My answer is no/);
    expect(first(text)).not.toMatch(/some time with it|not ready/);
  });

  it('rejects a double negative copied from the message', () => {
    expect(gateProblem("It would mean a lot to me if you didn't say nothing.")).toBe('fragment');
    expect(gateProblem('It would mean a lot to me if you spoke up.')).toBeUndefined();
  });
});

describe('the whole message (review round 44: dangling echoes and asking twice)', () => {
  it.each([
    ["you're not depressed, you're just lazy. there's a difference.", /difference/],
    ["Therapy's our last shot. Nothing left after that.", /Nothing left/],
    ['counseling is just paying somebody $150 an hour to tell us to communicate. no thanks', /no thanks/i],
  ])('drops what only points back at the harsh sentence: %j', (text, echo) => {
    expect(rewriteMessage(text)).not.toMatch(echo);
  });

  it('asks for the help once when the writer asks for it in their own words', () => {
    const whole = rewriteMessage(
      "We're at the point where I dread you coming home. We need a counsellor before it gets any worse.",
    );
    expect(whole.match(/counsellor/g)).toHaveLength(1);
    expect(whole).toContain('before it gets any worse');
  });

  it("asks for the help once when two of Softer's rewrites would", () => {
    const whole = rewriteMessage(
      "i need you to understand we are one fight away from divorce. i'm not exaggerating. we need a counsellor NOW, not in january",
    );
    expect(whole.match(/counsellor/g)).toHaveLength(1);
    expect(whole).not.toMatch(/exaggerating/);
  });

  it("points back at the partner's act the writer's kept words just stated, instead of saying it twice", () => {
    const whole = rewriteMessage(
      'you left the scooter keys at the beach shack again and now I have to take a taxi to work. thanks for nothing men',
    );
    expect(whole.match(/left the scooter keys/g)).toHaveLength(1);
    expect(whole).toMatch(/hurt by that|It really hurt me|upset about that/);
  });

  // A known regression of the thirty-seventh session's weights (b21-b24 joined): they read "Please take
  // this seriously for once." alone as a sweep (absolute, 0.85), and the whole drops the plea as a kept
  // harsh sentence asking again.
  it.fails('keeps "seriously" where it says how to take something (known regression)', () => {
    const whole = rewriteMessage(
      "We need marriage counselling right now or we're finished, there's no other way. Please take this seriously for once.",
    );
    expect(whole).toContain('take this seriously');
  });
});

describe("help that cannot wait keeps the writer's own deadline (review rounds 43 and 44)", () => {
  it.each([
    [
      "I can't keep living like this. The baby's due in nine weeks. If we aren't in counselling before the baby comes I honestly don't know what happens to us.",
      'before the baby comes?',
    ],
    [
      "It's gone past sorting it ourselves. If we don't get a counsellor in the next fortnight, I honestly think we'll be living apart by spring.",
      'in the next fortnight?',
    ],
  ])('%j asks for the help %j', (text, when) => {
    const rewrite = first(text, 'crisis');
    expect(rewrite).toMatch(/can't wait|cannot wait|can wait/);
    expect(rewrite.endsWith(when)).toBe(true);
  });

  it.each([
    'counseling is literally the last thing standing between us and a lawyer. I booked thursday at 5. u better show up',
    "I've booked Relate for Thursday at 6. Don't tell me you've got football. This is our last shot Dan, I mean it.",
  ])('asks the partner to come to a session the writer booked: %j', (text) => {
    expect(first(text, 'crisis')).toContain('the session on Thursday');
  });

  it('offers no "What would therapy mean to you? … as a way to grow" (50 of 136 graded would be sent)', () => {
    expect(first('therapy is our last resort')).not.toMatch(/mean to you|way to grow/);
  });
});
