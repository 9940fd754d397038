/**
 * The topic of a rewrite is a whole noun phrase of the complaint (issue 12, part 1): a possessive keeps
 * the noun it owns and its owner ("your cousin's loan", not "loan"), and "thing" after a name is the
 * phrase's own head ("the whole Cleveland thing", not "the whole Cleveland"). Review round 13 graded
 * "go over loan again", "what's going on with birthday" and "the whole Cleveland" broken; these
 * sentences are new ones of the same shapes.
 */
import { describe, expect, it } from 'vitest';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';

const topics = (text: string) => topicPhrases(readSentence(text, []));

describe('the topic is a whole noun phrase', () => {
  it.each([
    ["I'm not talking about your brother's van anymore.", "your brother's van"],
    ["You went fishing on Dad's birthday again.", "Dad's birthday"],
    ["You forgot the cat's flea treatment.", "the cat's flea treatment"],
    ["I'm done going over the whole Leeds thing.", 'the whole Leeds thing'],
    ["It's the money thing again.", 'the money thing'],
    // A determiner before an adjective the topic leaves out still comes with the noun.
    ["I've read your long message about the party.", 'your message'],
  ])('%s → %s', (text, phrase) => {
    expect(topics(text)).toContain(phrase);
  });

  // "miss" before a name is the verb, never a title: "what's going on with miss Ellie's recital".
  it.each([
    ["If you miss Amira's school play for the pub, I'm going to my mum's.", "Amira's school play"],
    ["Miss Noah's birthday for golf and see what happens.", "Noah's birthday"],
  ])('%s → %s, with no "miss"', (text, phrase) => {
    expect(topics(text)).toContain(phrase);
    expect(topics(text).join(' ')).not.toMatch(/\bmiss\b/i);
  });

  it('keeps a teacher called Miss', () => {
    expect(topics('Miss Patel rang about the school trip.').join(' ')).toMatch(/miss Patel/i);
  });

  it.each(["That's the thing.", 'Every single time.'])('%s names no topic', (text) => {
    expect(topics(text)).toEqual([]);
  });
});
