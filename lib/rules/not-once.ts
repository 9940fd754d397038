import type { Rule } from './types';

export const notOnce: Rule = {
  id: 'not-once',
  category: 'absolute',
  description: '“Not once have you …”: a sweeping negative dressed as a count.',
  message: 'Sweeping “not once”',
  confidence: 0.9,
  patterns: [
    // "not once have you asked how my day was"
    { match: 'not (once|one time|one single time|a single time|even once) (have|has|did|do|had) you' },
    // "how many times do I have to ask you to lock the door": the count as a complaint
    {
      match:
        'how many (times|more times) (do|have|did|must|will) (i|we) (have to)? (ask|tell|remind|say|beg)',
    },
    // "you have not once said thank you"
    { match: 'you (have|did|had) not (once|one time|a single time|even once)' },
  ],
  examples: {
    flag: [
      '[[not once have you]] asked how my day was',
      '[[Not one time did you]] call me back',
      '[[you have not once]] said thank you',
      '[[not one single time have you]] said sorry first',
      '[[how many times do I have to ask]] you to lock the door',
    ],
    pass: [
      'how many times have you been to Lisbon?',
      'not once did my boss say thanks',
      'I called not once but twice',
      'you called once, thanks',
    ],
  },
};
