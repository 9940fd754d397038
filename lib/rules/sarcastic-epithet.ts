import { INSULTS } from '../lexicon/phrases';
import type { Rule } from './types';

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
