import { negatedBefore } from './grammar';
import type { Rule } from './types';

export const yourFault: Rule = {
  id: 'your-fault',
  category: 'blame',
  description: 'Fault assigned to the partner: “it’s your fault”, “because of you”, “this is on you”.',
  message: 'Assigning fault',
  confidence: 0.9,
  phrases: [
    'your fault',
    'because of you',
    'because of your',
    'thanks to you',
    'this is on you',
    'that is on you',
    'you are to blame',
    'blame you',
    'all on you',
  ],
  accept(m) {
    // "it's not your fault", "not because of you" reassure.
    if (negatedBefore(m, 3)) return false;
    // "thanks to you" is often gratitude: only blame when the sentence is about damage.
    if (m.words[0] === 'thanks') {
      const bad = [
        'late',
        'ruined',
        'gone',
        'broke',
        'broken',
        'stressed',
        'fighting',
        'mess',
        'missed',
        'lost',
      ];
      return m.sentence.some((w) => bad.includes(w)) ? 0.7 : false;
    }
    if (m.words.join(' ') === 'blame you' && m.before.at(-1) !== 'i') return false;
    return true;
  },
  examples: {
    flag: [
      "it's [[your fault]] we're always late",
      "[[because of you]] we can't afford the holiday",
      'im this stressed [[because of u]]',
      "and now I'm in a foul mood [[because of you]]",
    ],
    pass: [
      "it's not your fault, please don't beat yourself up",
      "the landlord said it's our fault the boiler broke",
      'I got the job thanks to you!',
      'not because of you, I promise',
    ],
  },
};
