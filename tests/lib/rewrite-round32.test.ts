/**
 * The kinds review rounds 32 and 33 found (issue 12, parts 1, 2 and 4), each in new sentences of the
 * same shape as the graded ones: a topic taken from an idiom, an aside or an empty head; a request
 * built the wrong way round; a rewrite pasted from the wrong words; a whole rewrite saying a feeling
 * twice. The sentences are new; the graded ones are held by the regression sets
 * (rewrite-review.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { rewriteMessage } from '../../lib/index';
import { grammarProblem } from '../../lib/rewrite/gate';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';
import { findingsOf, rewritesIn } from './found';

const topics = (text: string) => topicPhrases(readSentence(text, []));
const firsts = (text: string) => findingsOf(text).map((f) => f.rewrites[0] ?? '');

describe('what the topic is', () => {
  it.each([
    ['she never lets me get a word in edgeways about the garden', /edgeways/],
    ["I'm on the A14 so quick one, the reason the car's been towed is you parked on the red line", /A14/i],
    ["you're stingy and the whole street knows it", /street/],
    ['he is not willing to revisit the question of the allotment', /question/],
    ['you never have time for me but always time for darts with the lads', /lads/],
    ['the fact you can laugh right now says everything', /fact/],
    ['you know you are in the wrong about the parking', /wrong/],
    ['thanks for the heads up about your mum visiting', /heads/],
  ])('%s', (text, not) => {
    for (const t of topics(text)) expect(t).not.toMatch(not);
  });

  it.each([
    ['he is not willing to revisit the question of the allotment', 'the allotment'],
    ["you ruined my brother's engagement party by arguing with the DJ", "my brother's engagement party"],
    ['you always skip date night for the gym', 'date night'],
    ['the girls’ sleepover was a disaster because of you', 'the girls’ sleepover'],
  ])('%s is about %s', (text, topic) => {
    expect(topics(text)).toContain(topic);
  });
});

describe('what the request is', () => {
  it('"as usual I hear from your sister that you…" is how the writer learns it, not a wish against it', () => {
    const first = rewritesIn("as usual I hear from your sister that you've booked the cruise", 'absolute')[0];
    expect(first).toMatch(/when I hear from your sister that you've booked the cruise/);
    expect(first).not.toMatch(/if you didn't|don't book/);
  });

  it('"instead of" is no part of what they do not do', () => {
    for (const r of rewritesIn('for once can you come home by six instead of going to the pub', 'absolute'))
      expect(r).not.toMatch(/don't come home by six instead/);
  });

  it('"not once in twenty years" counts, and the act follows it', () => {
    const all = rewritesIn(
      'you have not once in twenty-two years of marriage cooked me breakfast',
      'absolute',
    );
    expect(all.join(' ')).toMatch(/cook me breakfast|cooked me breakfast/);
    for (const r of all) expect(r).not.toMatch(/not in twenty|in twenty two years/);
  });

  it('"when you say" stays a promise', () => {
    for (const r of rewritesIn("you're never ready when you say", 'absolute'))
      expect(r).not.toMatch(/after you say/);
  });

  it('an order swept with "for once" is asked for plainly', () => {
    expect(rewritesIn('tell me the truth for once', 'absolute')[0]).toMatch(/like you to tell me the truth/);
  });

  it('help named as a gerund is the demand of an either-or', () => {
    expect(rewritesIn('Counselling at the surgery or I move back to Dad’s.', 'ultimatum')[0]).toMatch(
      /us to try counselling at the surgery/,
    );
  });

  it('a thing off by a time is asked for whole, and a threat to a thing is minor', () => {
    const all = rewritesIn('tablet off by eight or it goes in the drawer', 'ultimatum');
    expect(all[0]).toMatch(/turn the tablet off by eight/);
    for (const r of all) expect(r).not.toMatch(/keep going the way we have been/);
  });

  it('a drastic outcome after "one more time" is the act not wanted again', () => {
    expect(
      rewritesIn('Stay out till three one more time and your things are going in the bin.', 'ultimatum')[0],
    ).toMatch(/don't want you to stay out till three again/);
  });

  it('firm noes in formal words close the subject for good', () => {
    for (const text of [
      'Colin, I am not willing to discuss the timeshare any further. My decision stands.',
      'I shall not be going to your cousin’s barbecue. Please stop asking me.',
    ])
      for (const r of findingsOf(text).flatMap((f) => f.rewrites))
        expect(r).not.toMatch(/not ready|for now|pick it up another time|come back to it/);
  });

  it('"I hope you\'re proud." is no outcome', () => {
    for (const r of firsts(
      'you broke the greenhouse roof with the football. that’s on you. I hope you’re proud.',
    ))
      expect(r).not.toMatch(/hope you're proud/i);
  });
});

describe('the gate and the whole message', () => {
  it.each([
    ["Lately I've been feeling lonely when you money from the savings.", 'no-verb'],
    ['I feel hurt when you late again. Can we talk?', 'no-verb'],
    ["I'd really rather you didn't decide not to come.", 'fragment'],
    ["I'd really like you to stop the sighing eyeroll. It would mean a lot to me.", 'fragment'],
  ])('rejects %s (%s)', (text, reason) => {
    expect(grammarProblem(text)).toBe(reason);
  });

  it.each([
    'I feel hurt when you guys fight in front of the kids.',
    'It would mean a lot to me if you were home by six.',
  ])('passes %s', (text) => {
    expect(grammarProblem(text)).toBeUndefined();
  });

  it('a second rewrite does not say a feeling about the same thing again', () => {
    const whole = rewriteMessage('wow the bins are still out. shocking. truly nobody saw that coming');
    expect(whole.match(/about the bins/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('whose act it is (review round 32’s regrade, blind round 44)', () => {
  it('a "you" after the writer\'s verb is its object; the complaint is the later "you"', () => {
    const first = rewritesIn(
      "I'm sending you money every month from Qatar and you can't even tell me where it's going.",
      'absolute',
    )[0];
    expect(first).not.toMatch(/you didn't money|when you money/);
    expect(first).toMatch(/tell me where it's going/);
  });

  it('"I asked you to…" keeps its "you to"', () => {
    expect(rewritesIn('I asked you to ring the plumber and you never did.', 'absolute')[0]).toMatch(
      /ring the plumber/,
    );
  });

  it.each([
    ['you always get like this when the bills come', /when you get like this/],
    ['you always act like that at my cousin’s', /when you act like that/],
  ])('"like this" is how they act: %s', (text, act) => {
    const all = rewritesIn(text, 'absolute');
    expect(all.some((r) => act.test(r))).toBe(true);
    for (const r of all) expect(r).not.toMatch(/when you (get|act)\b[.,]/);
  });
});

describe('a sweep someone reports (review round 34)', () => {
  it.each([
    [
      "It's your fault my dad thinks I'm lazy, you told him I never do the garden.",
      /told him I never do the garden/,
    ],
    ['you told your sister we always argue, and that is on you', /told your sister we always argue/],
    [
      'the garage said the parts were never ordered because you forgot to ring them',
      /the parts were never ordered/,
    ],
  ])('keeps the sweep the report is about: %s', (text, kept) => {
    expect(rewritesIn(text, 'blame').some((r) => kept.test(r))).toBe(true);
  });

  it('still drops the partner’s own sweep', () => {
    for (const r of rewritesIn(
      'you always tell my mum everything and it is your fault she is upset',
      'blame',
    ))
      expect(r).not.toMatch(/you always tell/);
  });
});

describe('a no for good said with a dropped "g" or "finished with" (review round 34)', () => {
  it.each([
    "Right, I ain't goin over the caravan again. Leave it.",
    'Yer sister is not stayin here. Not happenin. Drop it.',
    "I don't want to hear about the loan. I'm finished with this topic.",
  ])('%s is not put off for later', (text) => {
    expect(rewriteMessage(text)).not.toMatch(/for now|another time|when I am|not ready|yet\b/);
  });

  it('a no for tonight with a dropped "g" stays a no for tonight', () => {
    expect(rewriteMessage("stop. I'm not talkin about the caravan tonight, drop it")).not.toMatch(
      /rather not go over|mind is made up/,
    );
  });
});

describe('a bare label beside what happened (review round 34)', () => {
  it.each([
    [
      "You're spineless. You let your brother talk to me like that at the barbecue and laughed along.",
      /you let your brother talk to me like that at the barbecue/,
    ],
    [
      "You're such a coward. You spoke to my dad like that in front of the whole table.",
      /spoke to my dad like that/,
    ],
  ])('names the act, "like that" and all: %s', (text, act) => {
    expect(firsts(text).some((r) => act.test(r))).toBe(true);
  });

  it('a deed that looks present stays a habit when nothing else in it is past', () => {
    for (const r of firsts("You're hopeless. You let the dog sleep on my pillow."))
      expect(r).not.toMatch(/that you let the dog/);
  });

  it.each([
    ["You're a drunk. Everybody at the club can see it.", /about your drinking/],
    ['honestly ur a workaholic, the boys hardly see u', /worried about how much you work/],
  ])('a label that names a habit is a worry about the habit: %s', (text, worry) => {
    expect(firsts(text).some((r) => worry.test(r))).toBe(true);
  });

  it('a label that names no habit is not given one', () => {
    for (const r of firsts("You're a snob. Everybody at the club can see it."))
      expect(r).not.toMatch(/drinking|work|gambling|spending|smoking/);
  });
});

describe('a mishap the scorer flagged whole (review round 35)', () => {
  // "you forgot our anniversary" was a known regression from the thirtieth session's weights (read as an
  // absolute only, whose rewrite says a habit); the fifty-eighth session's weights read it as what happened
  // again, and it is back in the table.
  it.each([
    ['you missed my graduation', /that you missed my graduation/],
    ['you forgot our anniversary', /that you forgot our anniversary/],
  ])('says what happened: %s', (text, act) => {
    const all = findingsOf(text).flatMap((f) => f.rewrites);
    expect(all.some((r) => act.test(r))).toBe(true);
  });

  it('a hostile word in it still makes it the jab', () => {
    for (const r of findingsOf('you ruined my birthday you disgusting pig').flatMap((f) => f.rewrites))
      expect(r).not.toMatch(/pig|disgusting/);
  });
});

describe('a bare label kept beside a rewrite (review round 35)', () => {
  it.each([
    "You're useless. You told me you paid the gas bill and the red letter came today. Liar.",
    'Wah you say you saving for the wedding then go buy new speakers. Hypocrite lah.',
    'Stop drinking on weeknights or I move out. Drunkard.',
  ])('goes: %s', (text) => {
    expect(rewriteMessage(text, findingsOf(text))).not.toMatch(/\b(Liar|Hypocrite|Drunkard)\b/);
  });

  it('a word that as often describes the writer or a thing stays', () => {
    const text =
      'I missed the bus and it is freezing. Cold. Can you pick me up? You never answer your phone.';
    expect(findingsOf(text).length).toBeGreaterThan(0);
    expect(rewriteMessage(text)).toMatch(/\bCold\b/);
  });
});

describe('a no said for good in other words (review round 35)', () => {
  it.each([
    'Nope. Not talking about the timeshare. Ever.',
    "I'm not coming to the office party and that's that.",
    'Your nephew is not moving in. Not discussing it.',
  ])('%s is not put off for later', (text) => {
    expect(findingsOf(text).length).toBeGreaterThan(0);
    expect(rewriteMessage(text)).not.toMatch(
      /for now|another time|when I am|not ready|come back to it|yet\b/,
    );
  });

  it('"not going anywhere" is no decision', () => {
    expect(
      rewriteMessage("I'm not going anywhere, but I'm not talking about the loan tonight, drop it"),
    ).not.toMatch(/mind is made up|leave it there, please/);
  });
});

describe('what the partner did, read behind the words (review round 35)', () => {
  it('"nice of you to tell…" is a deed done', () => {
    const all = findingsOf(
      'Real nice of you to tell your brother about my job before me. Really classy.',
    ).flatMap((f) => f.rewrites);
    expect(all.some((r) => /you told your brother about my job before me/.test(r))).toBe(true);
  });

  it('chat\'s "u r" is a verdict, never what happened', () => {
    for (const r of findingsOf('u r such a sulker omg').flatMap((f) => f.rewrites))
      expect(r).not.toMatch(/you r\b/);
  });
});

describe('"one more X and…" read by the scorer (review round 35)', () => {
  it.each([
    ['One more poker night and I am moving out.', /poker nights/],
    ['one more fishing trip and I swear I am done', /fishing trips/],
  ])('names what the writer can take no more of: %s', (text, named) => {
    const ultimatum = findingsOf(text).find((f) => f.category === 'ultimatum');
    expect(ultimatum?.rewrites[0]).toMatch(named);
  });

  it('"one more time and…" names nothing', () => {
    for (const f of findingsOf('one more time and I walk out'))
      for (const r of f.rewrites) expect(r).not.toMatch(/finding the times/);
  });
});
