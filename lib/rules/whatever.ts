import type { Rule } from './types';

export const whatever: Rule = {
  id: 'whatever',
  category: 'stonewall',
  description: 'A bare “whatever” (or “fine. whatever.”) that ends the conversation.',
  message: '“Whatever”',
  confidence: 0.8,
  phrases: ['whatever'],
  accept(m) {
    // "whatever you prefer 😊" agrees; a clause that is only "whatever" (or "ok whatever") dismisses.
    const rest = [...m.before, ...m.after].filter(
      (w) => !['ok', 'fine', 'sure', 'then', 'man', 'lol', 'eyeroll'].includes(w),
    );
    return rest.length === 0;
  },
  examples: {
    flag: ['fine. [[whatever]].', 'ok [[whatever]]', '[[whatever]]. do what you like'],
    pass: [
      'fine by me! whatever you prefer 😊',
      'whatever you fancy for dinner is fine with me',
      'we can do whatever tomorrow',
    ],
  },
};
