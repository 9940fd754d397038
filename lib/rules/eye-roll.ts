import type { Rule } from './types';

export const eyeRoll: Rule = {
  id: 'eye-roll',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'An eye-roll after a remark: the sneer turns it into contempt.',
  message: 'Eye-rolling',
  confidence: 0.8,
  phrases: ['eyeroll'],
  // "Got a parking ticket 🙄 my own silly fault": an eye-roll at the writer's own slip is no sneer.
  accept(m) {
    // Only "my own … fault": "oh it's all MY fault 🙄", "Oh sorry, I forgot you're the only one who
    // works 🙄" and "My bad 🙄" are sarcastic apologies.
    return !/\b(my own (\w+ )?fault|typical me)\b/.test(m.sentence.join(' '));
  },
  span(m) {
    // The remark the eye-roll is aimed at: the clause before it.
    return [-m.before.length, 1];
  },
  examples: {
    flag: [
      'oh great, [[another brilliant idea of yours 🙄]]',
      '[[sure 🙄]]',
      'ok. [[see you at 7 then 🙄]]',
      '[[oh it’s all MY fault 🙄]]',
    ],
    pass: [
      'you always make me laugh 😂',
      'ok see you at 7 😊',
      'I rolled my eyes at the ref lol',
      'Got a parking ticket 🙄 my own silly fault for not reading the sign',
    ],
  },
};
