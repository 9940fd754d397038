import { predicate, predicateValence, sarcastic } from './grammar';
import type { Rule } from './types';

export const everyTime: Rule = {
  id: 'every-time',
  category: 'absolute',
  description: '“Every time …, you …”: one hurt generalised to every occasion.',
  message: 'Sweeping “every time”',
  scope: 'sentence',
  confidence: 0.85,
  patterns: [
    // "every time I bring up money you change the subject"
    { match: 'every single? (time|day|night|weekend|morning) .{0,12} you' },
    // "you forget every single thing I tell you"
    { match: 'you #Adverb? #Verb every single? (thing|time|day|night|weekend)' },
  ],
  accept(m) {
    if (m.isQuestion) return false;
    const youAt = m.words.lastIndexOf('you');
    const rest = m.patternIndex === 0 ? [...m.words.slice(youAt + 1), ...m.after] : m.words.slice(1);
    // "you" must be the agent: "every time I hear this song I think of you" is about the writer,
    // "every time we argue it's because of you" is not.
    const agent = m.words[youAt - 1] === 'of' && m.words[youAt - 2] === 'because';
    if (
      m.patternIndex === 0 &&
      !agent &&
      (rest.length === 0 || ['i', 'we', 'he', 'she', 'they', 'and', 'but', 'so'].includes(rest[0] as string))
    ) {
      return false;
    }
    const valence = predicateValence(predicate(rest));
    if (valence > 0 && !sarcastic(m)) return false;
    return true;
  },
  span(m) {
    if (m.patternIndex === 0) {
      // Underline "every time …": up to and including the verb after "you".
      const youAt = m.words.lastIndexOf('you');
      return [0, Math.min(m.words.length + (m.after.length > 0 ? 1 : 0), youAt + 2)];
    }
    return [0, m.words.length];
  },
  examples: {
    flag: [
      '[[every time I bring up money you change]] the subject',
      '[[Every single time we make plans you cancel]] last minute',
      'i swear [[you forget every single thing]] i tell u',
    ],
    pass: [
      'every time I see you I smile',
      'every time we talk you make me laugh',
      'every time my boss calls I panic',
      'every time I hear this song I think of you',
      'do you walk there every day?',
    ],
  },
};
