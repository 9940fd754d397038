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
    // "you're unbelievable, in the best way" is delight.
    if (/\b(best way|amazing|incredible|love you|thank)\b/.test(m.messageText)) return false;
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
      'ugh [[you’re unbelievable]]',
      'listen to yourself, [[you sound ridiculous]]',
      "[[you're pathetic]]",
      'what an [[idiot]]. seriously.',
      "[[you're useless]]",
      "[[you're a coward]], you can't even look me in the eye",
    ],
    pass: [
      'you’re unbelievable, in the best way',
      'my brother is a muppet, he locked himself out again',
      'this stupid kettle is broken again',
      "I'm such an idiot, I left my keys",
      'she yelled "you\'re pathetic" at him',
    ],
  },
};
