/**
 * The kinds review round 39 found (issue 12, parts 1 and 4), each in new sentences of the same shape as
 * the graded ones: a mishap said without its subject that the scorer's finding spans whole; a refused
 * talk about something named bare ("Crete", "Dashain plans"); where the writer stands and waits, and a
 * simile, taken as the topic. The graded sentences themselves are held by the regression sets
 * (rewrite-review.test.ts); another harsh sentence of the message getting its own finding is tested on
 * the engine (detect.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { rewriteMessage } from '../../lib/index';
import { findingsOf } from './found';

/** Every rewrite offered for the message's findings. */
const offered = (text: string) => findingsOf(text).flatMap((f) => f.rewrites);

describe('a mishap said without its subject is what happened, even when the scorer spans it whole', () => {
  it.each([['Lost the caravan keys at the services. Outstanding.', /you lost the caravan keys/]])(
    '%s',
    (text, said) => {
      expect(findingsOf(text)).not.toEqual([]);
      expect(offered(text).some((r) => said.test(r))).toBe(true);
    },
  );

  // A known regression from the thirtieth session's weights to the thirty-ninth; the fortieth session's
  // retraining flagged it again, and the forty-first's (its rule fixes and the tag-question feature,
  // the same corpus and seed) left it unflagged once more (0.49 against the balanced 0.63). The
  // fifty-seventh session's retraining flags it again at the strict setting, which this test reads.
  it('Forgot the school play for the darts final. Smashing.', () => {
    const text = 'Forgot the school play for the darts final. Smashing.';
    expect(findingsOf(text)).not.toEqual([]);
    expect(offered(text).some((r) => /you forgot the school play/.test(r))).toBe(true);
  });
});

describe('a refused talk names what it is about, a name said bare included', () => {
  it.each([
    ["I'm not discussing Lanzarote again. Finished.", /Lanzarote/],
    ["We're not arguing about Kemi's christening again, drop it", /Kemi's christening/],
    ['I am not discussing Eid plans with your brothers anymore. Khalas.', /Eid plans/],
  ])('%s', (text, named) => {
    const firsts = findingsOf(text).map((f) => f.rewrites[0] ?? '');
    expect(firsts.some((r) => named.test(r))).toBe(true);
  });
});

describe('where the writer waits, and what they are treated like, are no topic', () => {
  it.each([
    [
      "so I'm sat here outside the leisure centre and you forgot to pick me up again, every single time",
      /leisure centre/i,
    ],
    ["you message me like I'm some intern you have to manage, you're so controlling", /intern/i],
    ['you talk to me like a naughty child in front of your mates, you are so condescending', /child/i],
  ])('%s', (text, aside) => {
    const all = offered(text);
    expect(all).not.toEqual([]);
    expect(all.filter((r) => aside.test(r))).toEqual([]);
  });
});

describe('the whole message leaves out what only presses the rewritten complaint', () => {
  it.each([
    ["You forgot the parking permit again and now there's a fine. Happy now?", /Happy now/],
    ["If you go to the casino with Pete again, I'm leaving. My suitcase is already packed.", /suitcase/],
    ["I'm done asking nicely. You never take the bins out on a Tuesday.", /asking nicely/],
    ['You never ring your gran on a Sunday. Not once this year.', /Not once this year/],
    ['I have to say, you never once thanked my mum for the dinner.', /I have to say/],
  ])('%s', (text, pressed) => {
    expect(findingsOf(text)).not.toEqual([]);
    const whole = rewriteMessage(text);
    expect(whole).not.toMatch(pressed);
    expect(whole).not.toBe('');
  });
});

describe('what happened to someone named is what the blame is about', () => {
  it.each([
    ["It's on you that Ayo missed her swimming gala.", /Ayo missed her swimming gala/],
    ["It's your fault that Dev missed his bus.", /Dev missed his bus/],
  ])('%s', (text, said) => {
    const all = offered(text);
    expect(all.some((r) => said.test(r))).toBe(true);
    expect(all.filter((r) => /\b(about|with) that (Ayo|Dev)\b/.test(r))).toEqual([]);
  });
});

describe('"very" is shown as typed, though the reader takes it for "every"', () => {
  it('"You are very lazy with the washing up."', () => {
    const all = offered('You are very lazy with the washing up. Never once done it.');
    expect(all).not.toEqual([]);
    expect(all.filter((r) => /\bevery lazy\b/.test(r))).toEqual([]);
  });
});
