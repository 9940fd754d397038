/**
 * The kinds review round 39 found (issue 12, parts 1 and 4), each in new sentences of the same shape as
 * the graded ones: a mishap said without its subject that the scorer's finding spans whole; a refused
 * talk about something named bare ("Crete", "Dashain plans"); where the writer stands and waits, and a
 * simile, taken as the topic. The graded sentences themselves are held by the regression sets
 * (rewrite-review.test.ts); another harsh sentence of the message getting its own finding is tested on
 * the engine (detect.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from './found';

/** Every rewrite offered for the message's findings. */
const offered = (text: string) => findingsOf(text).flatMap((f) => f.rewrites);

describe('a mishap said without its subject is what happened, even when the scorer spans it whole', () => {
  it.each([
    ['Forgot the school play for the darts final. Smashing.', /you forgot the school play/],
    ['Lost the caravan keys at the services. Outstanding.', /you lost the caravan keys/],
  ])('%s', (text, said) => {
    expect(findingsOf(text)).not.toEqual([]);
    expect(offered(text).some((r) => said.test(r))).toBe(true);
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
