import { INSULTS } from '../lexicon/phrases';
import { predicateValence } from './grammar';
import type { Rule } from './types';

/** What a partner is told to stop being: a trait named as theirs ("stop being lazy"). */
const STOP_BEING = [
  'dramatic',
  'childish',
  'ridiculous',
  'petty',
  'paranoid',
  'hysterical',
  'pathetic',
  'lazy',
  'selfish',
  'immature',
  'clingy',
  'needy',
  'jealous',
  'stubborn',
  'difficult',
  'defensive',
  'passive aggressive',
  'precious',
  'touchy',
  'sensitive',
  'a baby',
  'a child',
];

/** Words of fondness that make a comparison a tease. */
/** Fondness, or the excitement and peace a child stands for: "like a kid in a toy shop", "like a baby asleep". */
const FOND =
  /\b(adorable|cute|sweet|love|lovely|bless|asleep|sleeping|peaceful|excited|theme park|toy shop|sweet shop|candy store|at christmas)\b/;

/** Things of no use that a partner is likened to: "a chocolate teapot", "a wet paper bag". */
const USELESS_THING =
  /\b(chocolate|paper|cardboard|ashtray|handbrake|screen door|glass hammer|sieve|lead balloon|one legged|inflatable|rubber|fart|ejector seat|bull|eunuch|solar powered torch|soggy|wet)\b/;

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
    // "Stop being dramatic, it was one text", "quit being lazy and help": told to stop a trait, with or
    // without "so" (review round 28). "don't be jealous" without "so" is often reassurance, so only
    // "stop"/"quit" and the traits nobody is reassured out of take no intensifier.
    { match: `(stop|quit) being (so|such a)? (${STOP_BEING.join('|')})` },
    { match: 'do not be (dramatic|childish|ridiculous|petty|paranoid|hysterical|pathetic)' },
    // "you always act like a spoilt child", "you act like a teenager": with a word between and without,
    // as two patterns: in the rules' net ".?" there matched only with the word, and review round 51's "You
    // act like a teenager whenever your brother's around" went unflagged, as did "you act like a child".
    // "ur like a toddler when you don't get your way", "you're acting like a baby": the comparison with
    // "like" and no verb of acting, or with one in the progressive
    {
      match: `you are (just|literally|honestly|really)? like (a|an|some) #Adjective? (${INSULTS.mild.join('|')})`,
    },
    {
      match: `you are (just|literally|honestly|really)? (acting|behaving) like (a|an|some) #Adjective? (${INSULTS.mild.join('|')})`,
    },
    // "you're as much use as a chocolate teapot", "ur about as helpful as a wet paper bag": worth measured
    // against a useless thing (blind round 86). Only "as much use as" and "about as useful as", and only
    // against a thing that is no use ("as much help as a second pair of hands" is thanks; the helper's
    // review). Chat's "ur" is read "your" before "as".
    { match: '(you are|your) (just|literally|honestly|really|about)? as much use as (a|an|some)' },
    { match: '(you are|your) (just|literally|honestly|really)? about as (useful|helpful) as (a|an|some)' },
    // "you're proper thick sometimes", "ur so dense": slowness of mind called theirs (blind round 87).
    {
      match:
        'you are (so|proper|really|bloody|just|that|too|a bit|honestly|literally|actually)? (thick|dense) #Adverb?$',
    },
    ...['{act}', '{behave}'].flatMap((verb) => [
      { match: `you #Adverb? ${verb} like (a|an|some) (${INSULTS.mild.join('|')})` },
      { match: `you #Adverb? ${verb} like (a|an|some) . (${INSULTS.mild.join('|')})` },
    ]),
  ],
  accept(m) {
    if (m.kind === 'pattern' && (m.patternIndex === 7 || m.patternIndex === 8))
      return USELESS_THING.test(m.after.slice(0, 5).join(' ')) && !FOND.test(m.messageText);
    // "I need to stop being lazy about the gym", "she told me to stop being clingy": said of oneself or
    // reported, not said to the partner.
    const told = /^(stop|quit)$/.test(m.words[0] ?? '');
    if (
      told &&
      m.before.some((w) =>
        ['to', 'i', 'we', 'he', 'she', 'they', 'gonna', 'should', 'must', 'will'].includes(w),
      )
    )
      return false;
    // "you're such a child at the fair, it's adorable" is fondness.
    if (FOND.test(m.messageText)) return false;
    // "Stop being lazy and help": what follows is the request, whatever its words.
    if (told) return true;
    return predicateValence(m.sentenceAfter) <= 0;
  },
  span(m) {
    // "you're as much use as a chocolate teapot": the thing compared with is the insult.
    return [
      0,
      m.kind === 'pattern' && (m.patternIndex === 7 || m.patternIndex === 8)
        ? m.words.length + m.after.length
        : m.words.length,
    ];
  },
  examples: {
    flag: [
      '[[don’t be so dramatic]]',
      "[[you're such a baby]] about being sick",
      '[[you always act like a spoilt child]], grow up',
      '[[ur like a toddler]] when you don’t get your way',
      '[[you’re acting like a baby]] about the dentist',
      '[[ur acting like a big baby]] about the dentist',
      '[[you act like a teenager]] every time your mates come round',
      '[[you behave like a child]]',
      '[[youre being a brat]]',
      '[[stop being such a baby]]',
      '[[Stop being dramatic]], it was one work text.',
      '[[quit being lazy]] and give me a hand with the shopping',
      "[[don't be ridiculous]], the bill was forty quid",
      'Can you do the bins tonight? Honestly [[you’re as much use as a chocolate teapot lately]].',
      'three hours to hang one shelf, [[ur as much use as a wet paper bag]]',
      '[[you’re proper thick sometimes]], honestly',
      'I explained it three times, [[ur so dense]]',
    ],
    pass: [
      'don’t be so hard on yourself',
      'you’re such a child at the fair, it’s adorable',
      'you were such a cute baby in that photo',
      'my baby is asleep',
      'you act like a kid at Christmas, love it x',
      'our eldest is a teenager now',
      'the kid next door is a brat',
      "don't be jealous, I'll be home by ten x",
      'stop being so hard on yourself, you did great',
      'I need to stop being lazy about the gym',
      'you’re like a kid in a toy shop at the garden centre haha',
      'you’re like a baby when you’re asleep, so peaceful',
      'I’m as much use as a chocolate teapot tonight so straight to bed, can you do the bins? x',
      'the new ladder is about as useful as a chocolate fireguard, sending it back',
      'you’re as much use as a second pair of hands on bath night, honestly a star',
      'you’re so thick skinned, I wish I could shrug things off like you',
      'is the custard thick enough or shall I add more?',
    ],
  },
};
