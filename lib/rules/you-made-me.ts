import { predicate, predicateValence } from './grammar';
import type { Rule } from './types';

/** "you made me dinner" gives; "you made me yell" causes. */
const GIFT_START = new Set([
  'a',
  'an',
  'some',
  'the',
  'this',
  'that',
  'my',
  'dinner',
  'breakfast',
  'lunch',
  'tea',
  'coffee',
  'soup',
  'cake',
  'one',
]);

export const youMadeMe: Rule = {
  id: 'you-made-me',
  category: 'blame',
  description: 'Making the partner responsible for the writer’s reaction: “you made me yell”.',
  message: '“You made me…”',
  confidence: 0.85,
  patterns: [
    // "you made me yell", "you make me feel small"
    { match: 'you #Adverb? {make} me' },
  ],
  accept(m) {
    const result = predicate(m.after);
    if (result.length === 0 || GIFT_START.has(result[0] as string)) return false;
    // "you make me laugh", "you make me so happy" are love, even "…laugh at the worst times".
    if (predicateValence(result.slice(0, 2)) > 0) return false;
    // "you made me catch the boat just in time": what they made happen went well (blind round 72).
    if (/\b(in|on) time\b/.test(m.after.slice(0, 10).join(' '))) return false;
    return predicateValence(result) <= 0;
  },
  span(m) {
    return [0, m.words.length + Math.min(1, m.after.length)];
  },
  examples: {
    flag: [
      "[[you made me yell]], I wasn't like this before you",
      '[[you made me cancel]] on my friends AGAIN',
      '[[you make me feel]] so small',
    ],
    pass: [
      'you keep doing this thing where you make me laugh at the worst times',
      'you always make me laugh',
      'you made me dinner, thank you',
      'you made me catch the last ferry just in time, thank you',
      'you make me so happy',
      'my boss made me stay late',
    ],
  },
};
