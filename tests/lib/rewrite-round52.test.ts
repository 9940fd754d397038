/** Review round 52 (the forty-second session): each kind of failure its readers graded, in new words. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';
import { partnerAct } from '../../lib/rewrite/parts';
import { readSentence } from '../../lib/rewrite/sentence';

/** Every rewrite Softer offers for the message, in order. */
const rewrites = (text: string) => analyze(text).flatMap((f) => f.rewrites);
const whole = (text: string) => rewriteMessage(text, analyze(text));
/** What the partner did, read from a sentence with nothing flagged in it. */
const act = (text: string) => partnerAct(readSentence(text, []))?.text;

describe('chat\'s "ya" before a noun is "your" (items 131, 201)', () => {
  it.each([
    ['ya always put ya brother before me', 'your brother'],
    ['every time we visit ya sister in Hull you vanish to the pub with ya uncles', 'your uncles'],
  ])('%j says %j', (text, said) => {
    const all = rewrites(text).join(' ');
    expect(all).toContain(said);
    expect(all).not.toMatch(/\byou (brother|uncles|sister)\b/);
  });

  it('before a verb or an address word it is still "you"', () => {
    const words = readSentence('love ya babe, ya never ring me back', []).words.map((x) => x.w);
    expect(words.filter((w) => w === 'you')).toHaveLength(2);
    expect(words).not.toContain('your');
  });
});

describe('what the partner did ends where it is judged (item 206)', () => {
  it('"the way you… was…": the verdict is no part of the act', () => {
    expect(act('the way you talked to my dad at the wedding was shameful')).toBe(
      'you talked to my dad at the wedding',
    );
  });

  it('a deed with no "way" before it keeps its own words', () => {
    expect(act('you told the neighbours our business is failing')).toBe(
      'you told the neighbours our business is failing',
    );
  });

  it('the rewrite that tells it never carries the verdict', () => {
    const all = rewrites(
      "I'm not going to lie, the way you spoke to my sister at the party was vile. You think you're better than everyone.",
    ).join(' ');
    expect(all).toContain('you spoke to my sister at the party');
    expect(all).not.toMatch(/party was vile/);
  });
});

describe('a "you" after its object names no deed when only a time is left (item 277)', () => {
  it.each(["That's the fourth match you've missed this season.", 'the second dinner you skipped this week'])(
    '%j is no act',
    (text) => {
      expect(act(text)).toBeUndefined();
    },
  );

  it('a time after a real object stays', () => {
    expect(act('you missed the school play this week')).toBe('you missed the school play this week');
  });
});

describe("a deed praised for its rarity is the sarcasm's object, not the harm (item 5)", () => {
  it('"you remembered…" beside a sarcastic verdict is never "it hurt that you remembered"', () => {
    const all = rewrites('Oh wow, you remembered my birthday. Only a week late. Stunning.').join(' ');
    expect(all).not.toMatch(/hurt that you remembered my birthday\b(?! a week late)/);
  });

  it('thanks for remembering late still says how late', () => {
    expect(rewrites('thanks for remembering my birthday a week late').join(' ')).toMatch(
      /remembered my birthday a week late/,
    );
  });
});

describe('a mishap with a mild verb in it is still what happened (round 47, item 205)', () => {
  it('"forgot to cancel…" is said plainly', () => {
    expect(act('You forgot to cancel the streaming trial')).toBe('you forgot to cancel the streaming trial');
  });

  it('the partner called a name after the act is no part of it', () => {
    expect(act('you forgot to lock the shed you absolute muppet')).toBe('you forgot to lock the shed');
    expect(act('you told your brother you hated the flat')).toBe('you told your brother you hated the flat');
  });

  it('a hostile word inside the mishap still makes it the jab', () => {
    expect(act('you forgot to feed the stupid cat')).toBeUndefined();
  });
});

describe('"have to be" keeps its "have to" (item 200)', () => {
  it('"you suddenly have to be at the office" never reads "you be at the office"', () => {
    const all = whole(
      'Every time my cousins come from Accra you suddenly have to be at the gym. Every time.',
    );
    expect(all).not.toMatch(/\byou be\b/);
    expect(all).toContain('at the gym');
  });
});

describe('chat\'s "w" is "with" before a topic (round 50, item 40)', () => {
  it('"ur so controlling w money" is about money', () => {
    expect(rewrites('ur so controlling w money its scary').join(' ')).toContain('money');
  });
});

describe('"yet" before a subject ends the act (item 157)', () => {
  it('"always on about money yet you\'re down the bookies" keeps the two apart', () => {
    const all = rewrites("You're always on about money yet you're down the bookies every Saturday.").join(
      ' ',
    );
    expect(all).not.toMatch(/money you're down/);
  });
});

describe('how a talk is refused is no topic (item 182)', () => {
  it('"…any further by text or by phone" is not about "phone"', () => {
    const all = rewrites(
      'I have read your message about the car. I will not be discussing it further by text or by phone.',
    ).join(' ');
    expect(all).not.toMatch(/\b(about|over) (the )?phone\b|finding phone|phone hard/);
  });
});

describe("the writer's own busy moment makes a no for now (item 202)", () => {
  it('"stop messaging me about the caravan. I\'m at work" is a pause, not "rather not go over it again"', () => {
    const first = rewrites("stop messaging me about the caravan. I'm at work")[0] ?? '';
    expect(first).toContain('caravan');
    expect(first).not.toMatch(/go over .* again|leave it there/);
  });
});

describe('thanks for a kindness done to someone the writer minds is thanks for what was done (item 30)', () => {
  it('"thanks for inviting your ex…" is said as "you invited your ex"', () => {
    const all = rewrites('Thanks so much for inviting your ex to the barbecue. Super thoughtful 🙃').join(
      ' ',
    );
    expect(all).toContain('you invited your ex to the barbecue');
    expect(all).not.toMatch(/didn't invite/);
  });

  it('thanks for a kindness to the writer is still thanks for its absence', () => {
    expect(rewrites('thanks for remembering the vet 🙄').join(' ')).toContain("didn't remember the vet");
  });
});

describe('a decision made without the writer asks to decide together (item 72)', () => {
  it.each([
    'yet again you booked the caravan without asking me',
    'you always invite your brother round without telling me',
  ])('%j', (text) => {
    const first = rewrites(text)[0] ?? '';
    expect(first).toMatch(/unimportant/);
    expect(rewrites(text).join(' ')).toMatch(/decisions like that|decide things like that together/);
    expect(first).not.toMatch(/overwhelmed|share it/);
  });

  it('help given without being asked is still about help', () => {
    expect(rewrites('you never do the dishes without me asking').join(' ')).not.toMatch(/decide things/);
  });
});
