import { predicate, predicateValence } from './grammar';
import type { Rule } from './types';

/** An outcome of joy, and of hurt: what "look what you did" points at. */
const JOY =
  /\b(smil\w*|grin\w*|beam\w*|laugh\w*|giggl\w*|happy|happiest|delighted|thrilled|chuffed|proud|over the moon|loves? it)\b/;
/** Joy said as a sneer: "I hope you're happy now", "proud of yourself?", "everyone is laughing at me". */
const SNEERED =
  /\b(hope (you are|your|u r|ur) (happy|proud|pleased)|happy now|proud of yourself|pleased with yourself|laugh\w* at (me|us)|(you are|your) (happy|proud) now)\b/;
const HURT = /\b(tears?|cry\w*|cried|upset|sad|ruin\w*|broke\w*|hurt\w*|scared|angry|furious|sulk\w*|mess)\b/;

export const blameVerbs: Rule = {
  id: 'blame-verbs',
  category: 'blame',
  description: 'The partner as the cause of the damage: “you ruined the evening”, “you started it”.',
  message: 'Putting it all on them',
  confidence: 0.85,
  patterns: [
    // "you ruined the whole evening", "you wrecked my car" (one pattern per verb: compromise does not
    // match {root} terms inside an alternation)
    ...['{ruin}', '{wreck}', '{destroy}', '{spoil}', '{cause}', '{mess} up', '{screw} up', '{blow} up'].map(
      (verb) => ({
        match: `you (have|had)? #Adverb? ${verb}`,
      }),
    ),
    // "we're only fighting because you started it"
    {
      match: 'you (started|caused|began) (it|this|all this|all of this|the fight|the argument)',
    },
    {
      match: 'you (started|caused|began) (this|the) whole (thing|mess|fight)',
    },
    // "you pushed me to it", "you drove me to this"
    { match: 'you (pushed|drove|forced|provoked) me (to|into)' },
    // "you turned my own family against me"
    { match: 'you {turn} .{1,4} against me' },
    // "you're the one who forgot to book it"
    { match: 'you are the one (who|that)' },
    // "you're the reason we're always fighting" (but "you're the reason I smile" is praise: see accept)
    { match: 'you are (the|the whole|the only|the main|the real) reason' },
    // "look at the state of this, you did this": the whole clause
    { match: '^you (did|caused|started) (this|that)$' },
    // "the only reason we argue is you"
    { match: 'the (only|real|main)? reason .{1,5} is you' },
    // "you've made my life hell"
    { match: 'you (have)? made my life (hell|miserable|a misery|a nightmare|a living hell|so hard)' },
    // "you made this so much worse"
    { match: 'you (made|make|have made) (this|it|things|everything|that) .{0,3} worse' },
    // "look what you did", "look what you made me do"
    { match: 'look (at)? what you (did|have done|made me do|have made me do|did to)' },
  ],
  accept(m) {
    // "look what you did, our Jess hasn't stopped smiling since you plaited her hair" credits: the
    // outcome is joy and nothing is hurt (blind round 81).
    // Read from what follows the match, and never a sneer ("look what you did, I hope you're happy now").
    const outcome = m.sentenceAfter.join(' ');
    if (m.words[0] === 'look' && JOY.test(outcome) && !HURT.test(m.messageText) && !SNEERED.test(outcome))
      return false;
    // "you're the one who found this place, good call" credits.
    if (
      m.words.includes('one') &&
      /\b(good call|thank|well done|genius|love|clever|nice one)\b/.test(m.messageText)
    )
      return false;
    // "you're the one who taught me to swim" credits.
    if (m.words.includes('one') && predicateValence(m.sentenceAfter) > 0) return false;
    // "you've ruined me for other pizza", "you ruin me with those puppy eyes": the idiom is praise.
    if (m.after[0] === 'me' && predicateValence(m.sentenceAfter) >= 0) return false;
    // "you did this?! amazing" marvels.
    if (m.words.length === 3 && ['this', 'that'].includes(m.words[2] as string))
      return !m.isQuestion && predicateValence(m.sentence) <= 0 && !/!/.test(m.sentenceText) ? 0.75 : false;
    if (!m.words.includes('reason')) return true;
    // "the only reason we argue is you" blames; "the only reason I'm smiling is you" loves.
    if (m.words.at(-1) === 'you' && m.words[0] === 'the')
      return !m.isQuestion && predicateValence(m.words.slice(m.words.indexOf('reason') + 1, -2)) < 0;
    // The reason for something bad ("…we're always fighting", "…for all this"), not "…I smile".
    if (m.isQuestion) return false;
    const rest = predicate(m.after);
    const object =
      m.after[0] === 'for' || m.after[0] === 'why' || m.after[0] === 'that' ? m.after[1] : m.after[0];
    return predicateValence(rest) < 0 || ['this', 'it', 'everything', 'all'].includes(object ?? '');
  },
  examples: {
    flag: [
      '[[you’ve made my life hell]]',
      '[[the only reason we argue is you]]',
      '[[you started this whole thing]]',
      '[[you ruined]] the whole evening',
      "don't blame me, [[you're the one who]] forgot to book it",
      '[[you turned my own family against me]]',
      '[[you wrecked]] my car and now you want me to be calm??',
      'I only snapped because [[you pushed me to]] it',
      '[[you’re the reason]] we keep arguing',
      '[[you made this so much worse]]',
      '[[you’ve ruined]] christmas for everyone',
      'look at the state of this, [[you did this]]',
      '[[look what you did]], our Ava is in tears because you laughed at her drawing',
      '[[look what you did]], I hope you’re happy now',
    ],
    pass: [
      'you’ve made my life so much better',
      'you’re the one who taught me to swim',
      'the only reason I’m smiling is you',
      'you ruin me with those puppy eyes',
      'you’re the one who found this place, good call',
      'you started the dishwasher, right?',
      "you've ruined me for other pizza, this is incredible",
      'wow, you did this? it looks amazing',
      'you did that all by yourself!',
      "you didn't ruin anything, the cake was delicious",
      'the rain ruined the picnic',
      'I ruined the sauce again lol',
      'you turned the oven off right?',
      'you’re the reason I smile every morning',
      'you’re the reason we moved to Leeds and I’m glad',
      'you’re the reason I came to this city',
      'look what you did, Nana hasn’t stopped smiling since you fixed her radio 📻',
    ],
  },
};
