import { aimedAtPartner, predicateValence } from './grammar';
import type { Rule } from './types';

export const asUsual: Rule = {
  id: 'as-usual',
  category: 'absolute',
  description: 'Indirect absolutes: “same as ever”, “as usual”, “for a change”, “yet again”.',
  message: 'Indirect “always”',
  confidence: 0.65,
  phrases: [
    'same as ever',
    'same as always',
    'as usual',
    'like always',
    'like usual',
    'for a change',
    'yet again',
    'for once in your life',
    'one more time you',
  ],
  accept(m) {
    // "delicious as always, thank you" is praise; "late as usual" is not. "help for a change" and
    // "yet again" are jabs whatever the verb.
    const jab = !['as', 'like', 'same'].includes(m.words[0] as string);
    if (!jab && predicateValence(m.sentence) > 0) return false;
    return aimedAtPartner(m);
  },
  examples: {
    flag: [
      'late [[as usual]], thanks',
      'maybe you could help [[for a change]]',
      'you forgot the bins [[yet again]]',
    ],
    pass: [
      'my train is late as usual',
      'the cake was lovely as usual, thank you',
      'traffic is bad for a change lol',
    ],
  },
};
