import { CONTEMPT_PHRASES, SARCASTIC_REWARDS } from '../lexicon/phrases';
import type { Rule } from './types';

const REWARDS = new Set(SARCASTIC_REWARDS);
/** What may come before a sarcastic reward in its clause: "do you want a medal", "oh, want a cookie". */
const REWARD_LEAD = new Set([
  'do',
  'you',
  'u',
  'oh',
  'wow',
  'so',
  'and',
  'now',
  'what',
  'ok',
  'okay',
  'great',
]);

export const mockery: Rule = {
  id: 'mockery',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'Dismissive or mocking expressions: “grow up”, “cry me a river”, “slow clap”.',
  message: 'Mockery',
  confidence: 0.85,
  phrases: [...CONTEMPT_PHRASES, ...SARCASTIC_REWARDS],
  patterns: [
    // "wow, congrats on finally doing one thing", "thanks for actually showing up"
    {
      match:
        '(congrats|congratulations|thanks|bravo|kudos|well done|nice of you) (on|for|to)? (finally|actually|bothering|remembering)',
    },
    // "oh well done, you finally remembered"
    { match: 'you (finally|actually) #Verb' },
  ],
  accept(m) {
    if (m.kind === 'phrase' && REWARDS.has(m.words.join(' '))) {
      if (!m.before.every((w) => REWARD_LEAD.has(w))) return false;
      const at = m.messageText.indexOf(` ${m.words.join(' ')} `);
      const partnerDidSomething = / (you|u) /.test(m.messageText.slice(0, at + 1));
      return partnerDidSomething ? 0.8 : false;
    }
    // "oh well done, you finally remembered": "finally" is a sneer only after a sarcastic opener.
    if (m.kind === 'pattern' && m.patternIndex === 1)
      return /\b(oh|wow|well done|congrats|congratulations|bravo|great job|nice one|slow clap)\b/.test(
        m.sentence.join(' '),
      )
        ? 0.75
        : false;
    // "don't cry me a river" is still mockery, but "I won't get over it" is the writer's pain.
    if (m.words[0] === 'get' && m.before.includes('i')) return false;
    return true;
  },
  examples: {
    flag: [
      '[[grow up]].',
      '[[man up]] ffs',
      'wow, [[congrats on finally]] doing one thing',
      '[[slow clap]] for remembering my birthday a day late 👏👏',
      'oh well done, [[you finally remembered]]',
      'oh wow, you did the dishes, [[want a medal]]?',
    ],
    pass: [
      'you finally made it, welcome home!',
      "my mum used to say 'grow up' whenever I cried",
      'the kids are growing up so fast',
      'thanks for the flowers, finally had a chance to put them in water',
      'want a cookie? I baked some',
      'the kids want a medal for finishing the race haha',
    ],
  },
};
