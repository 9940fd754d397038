import { INSULTS } from '../lexicon/phrases';
import { aimedAtPartner } from './grammar';
import type { Rule } from './types';

/** Adjectives among the insults: they need to be said of someone ("you're pathetic"), not describe a thing ("stupid kettle"). */
const ADJECTIVES = new Set([
  'pathetic',
  'useless',
  'worthless',
  'stupid',
  'dumb',
  'idiotic',
  'spineless',
  'disgusting',
]);
const SOFTENERS = new Set(['lol', 'honestly', 'seriously', 'mate', 'tbh', 'babe', 'and', 'of', 'to', 'as']);

export const insult: Rule = {
  id: 'insult',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Name-calling aimed at the partner: “you’re pathetic”, “what an idiot”.',
  message: 'Name-calling',
  confidence: 0.9,
  phrases: INSULTS.strong,
  accept(m) {
    if (!aimedAtPartner(m)) return false;
    const word = m.words[m.words.length - 1] as string;
    // "this stupid kettle": an adjective before a noun describes the thing.
    if (ADJECTIVES.has(word) && m.after.length > 0 && !SOFTENERS.has(m.after[0] as string)) return false;
    // "I'm such an idiot" is about the writer.
    if (m.before.includes('i') && !m.before.includes('you')) return false;
    return true;
  },
  span(m) {
    // Underline "you're pathetic" when the partner is named, else the insult itself.
    const you = m.before.lastIndexOf('you');
    return [you >= 0 && m.before.length - you <= 4 ? you - m.before.length : 0, m.words.length];
  },
  examples: {
    flag: [
      "[[you're pathetic]]",
      'what an [[idiot]]. seriously.',
      "[[you're useless]]",
      "[[you're a coward]], you can't even look me in the eye",
    ],
    pass: [
      'my brother is a muppet, he locked himself out again',
      'this stupid kettle is broken again',
      "I'm such an idiot, I left my keys",
      'she yelled "you\'re pathetic" at him',
    ],
  },
};

export const mildInsult: Rule = {
  id: 'mild-insult',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Belittling comparisons: “you’re such a baby”, “you act like a spoilt child”.',
  message: 'Belittling them',
  confidence: 0.85,
  patterns: [
    // "you're such a baby about being sick"
    { match: `you are (such|a|an|so|being|total|complete|#Adjective){1,4} (${INSULTS.mild.join('|')})` },
    // "stop being such a baby", "don't be such a child"
    { match: `(stop|quit|not) (being|be) (such|a|an|so|total|complete){1,3} (${INSULTS.mild.join('|')})` },
    // "you always act like a spoilt child"
    ...['{act}', '{behave}'].map((verb) => ({
      match: `you #Adverb? ${verb} like (a|an|some) .? (${INSULTS.mild.join('|')})`,
    })),
  ],
  examples: {
    flag: [
      "[[you're such a baby]] about being sick",
      '[[you always act like a spoilt child]], grow up',
      '[[youre being a brat]]',
      '[[stop being such a baby]]',
    ],
    pass: ['you were such a cute baby in that photo', 'my baby is asleep', 'the kid next door is a brat'],
  },
};

export const sarcasticEpithet: Rule = {
  id: 'sarcastic-epithet',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Mock titles as a form of address: “ok genius”, “whatever you say boss”.',
  message: 'Mocking them',
  confidence: 0.85,
  phrases: INSULTS.sarcastic,
  accept(m) {
    const prev = m.before[m.before.length - 1];
    const vocative = [
      'ok',
      'sure',
      'thanks',
      'job',
      'done',
      'one',
      'right',
      'say',
      'yes',
      'yeah',
      'well',
      'oh',
      'wow',
      'lol',
    ];
    return (prev !== undefined && vocative.includes(prev)) || (m.before.length === 0 && m.after.length === 0);
  },
  examples: {
    flag: [
      'lol ok [[genius]]',
      'great job [[genius]], you ruined the whole trip',
      'k whatever you say [[boss]]',
    ],
    pass: ['my boss always picks on me', 'she is a genius at maths', 'the boss said we can leave early'],
  },
};
