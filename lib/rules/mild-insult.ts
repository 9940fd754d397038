import { INSULTS } from '../lexicon/phrases';
import { predicateValence } from './grammar';
import type { Rule } from './types';

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
    // "don't be so dramatic": the feeling dismissed
    {
      match:
        '(do not|stop|quit) (be|being) (so|such a) (dramatic|sensitive|childish|precious|touchy|soft|ridiculous)',
    },
    // "you always act like a spoilt child"
    ...['{act}', '{behave}'].map((verb) => ({
      match: `you #Adverb? ${verb} like (a|an|some) .? (${INSULTS.mild.join('|')})`,
    })),
  ],
  accept(m) {
    // "you're such a child at the fair, it's adorable" is fondness.
    return (
      !/\b(adorable|cute|sweet|love|lovely|bless)\b/.test(m.messageText) &&
      predicateValence(m.sentenceAfter) <= 0
    );
  },
  examples: {
    flag: [
      '[[don’t be so dramatic]]',
      "[[you're such a baby]] about being sick",
      '[[you always act like a spoilt child]], grow up',
      '[[youre being a brat]]',
      '[[stop being such a baby]]',
    ],
    pass: [
      'don’t be so hard on yourself',
      'you’re such a child at the fair, it’s adorable',
      'you were such a cute baby in that photo',
      'my baby is asleep',
      'the kid next door is a brat',
    ],
  },
};
