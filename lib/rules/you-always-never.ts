import { messageSays, predicate, predicateValence, sarcastic, warmTowardPartner } from './grammar';
import type { Rule } from './types';

/** A past verb: "you never told me" tells of one time, much as "you didn't tell me" does. */
const PAST = /^(\w+ed|told|said|rang|sent|gave|came|went|brought|got|took|left|made|saw|knew|thought)$/;
/** Words that let a slip go: "you never told me the plumber was coming! no worries". */
const LET_GO =
  /\b(no worries|no worry|no problem|no prob|all good|no biggie|no big deal|no harm done|never mind)\b/;

/** Someone or something put ahead of the writer: "…over mine", "…instead of me", "…before us". */
const AHEAD_OF_ME = /\b(over|instead of|before|ahead of|rather than) (me|mine|us|ours|my|our)\b/;

const ALWAYS = new Set(['always', 'constantly', 'continually', 'forever', 'perpetually', 'repeatedly']);
/** Idioms where "you" is anyone: "you never know", "you'll never guess/believe", "you always have to press it twice". */
const GENERIC_STARTS = [
  'know',
  'guess',
  'believe',
  'have to',
  'has to',
  'need to',
  'been to',
  'can tell',
  'can never tell',
  // "you can never have too many cushions": anyone
  'have too',
  'have enough',
  'be too',
  'go wrong',
];

/** Open appreciation anywhere in the message: "I love it", "so thoughtful", "you are the best" (read once per message). */
const OPEN_PRAISE =
  /\b(i love it|i love that|so thoughtful|so sweet|adorable|you are the best|love you for)\b/;
export const youAlwaysNever: Rule = {
  id: 'you-always-never',
  category: 'absolute',
  description: '“You always / you never” about the partner’s behaviour, unless it is praise.',
  message: 'Sweeping “always” or “never”',
  confidence: 0.9,
  patterns: [
    // "you won't ever change"
    { match: 'you will not ever' },
    // "you make everything about you"
    { match: 'you (make|turn) (everything|it all) (about|into) (you|yourself)' },
    // "it's always about you", "it's always your way"
    { match: '(it is|its) (always|never) (about you|your way|about what you want|what you want)' },
    // "you never listen", "you're always so cold", "you've never once asked"
    {
      match:
        'you (are|have|will|do|does|can)? (really|just|honestly|literally|seriously|still|pretty|basically|also)? (always|never|constantly|continually|forever|perpetually|repeatedly)',
    },
  ],
  accept(m) {
    // "you won't ever change" (but "you won't ever guess…" is anyone).
    if (m.patternIndex === 0)
      return !m.isQuestion && !GENERIC_STARTS.some((g) => predicate(m.after).join(' ').startsWith(g));
    if (m.patternIndex === 1 || m.patternIndex === 2) return !m.isQuestion;
    const adv = m.words[m.words.length - 1] as string;
    const pred = predicate(m.after);
    if (pred.length === 0) return false;
    const start = pred.join(' ');
    if (GENERIC_STARTS.some((g) => start === g || start.startsWith(`${g} `))) {
      // Obligation is generic ("you always have to press it twice"), unless it is a "why" attack.
      return m.isQuestion && m.sentence[0] === 'why' && start.startsWith('have to') ? 0.85 : false;
    }
    // "you never think I notice, but I do": the writer's reassurance.
    if (pred[0] === 'think' && m.after[1] === 'i' && /\b(but i do|thank)\b/.test(m.messageText)) return false;
    // "you never listen to podcasts, right?" checks a fact; with "me"/"us" in it, the tag is a jab.
    if (
      /,\s*(right|yeah|yes|ok|okay|correct)\s*\?/i.test(m.sentenceText) &&
      !pred.some((w) => ['me', 'my', 'us', 'our', 'i'].includes(w)) &&
      predicateValence(pred) >= 0
    )
      return false;
    // "you're always texting me cute things, I love it", "you never put the heating on without
    // asking, so thoughtful": a habit told with open appreciation is praise.
    if (messageSays(OPEN_PRAISE, m.messageText)) return sarcastic(m) ? 0.7 : false;
    if (adv === 'never' && pred.includes('without')) return false;
    // "you never mentioned the car was booked in! no worries, I'll get the bus" lets one slip go (blind
    // round 51); "you never help. no worries, I'll do it myself" is a habit, and a martyr's jab.
    if (adv === 'never' && PAST.test(pred[0] as string) && LET_GO.test(m.messageText)) return false;
    // "you ALWAYS do 🥰": an absolute with hearts and nothing bad in it is fondness (blind round 51).
    // "Thank you for the bento. But you are always choosing your work friends" turns on its "but".
    if (
      ALWAYS.has(adv) &&
      predicateValence(pred) === 0 &&
      warmTowardPartner(m) &&
      !/\b(but|though|however|although)\b/.test(m.messageText)
    )
      return false;
    // "would/could never" is trust, not a complaint: "you would never do that".
    if (m.before.some((w) => w === 'would' || w === 'could')) return false;
    const valence = predicateValence(pred);
    // "you always choose her comfort over mine": a kindness given to someone else ahead of the writer
    // is a complaint, whatever its words (review round 49).
    const praise =
      (ALWAYS.has(adv) ? valence > 0 : valence < 0) && !AHEAD_OF_ME.test(m.after.slice(0, 10).join(' '));
    if (praise && !sarcastic(m)) return false;
    if (m.isQuestion) {
      // A real question ("do you always take the bus?") is curiosity; "why do you always…" at a fault,
      // and "why do you never…" at all, are complaints.
      return m.sentence[0] === 'why' && (valence < 0 || adv === 'never') ? 0.8 : false;
    }
    return true;
  },
  span(m) {
    // Underline "you never listen": the adverb and the first word of what follows.
    return [0, m.words.length + (m.after.length > 0 ? 1 : 0)];
  },
  examples: {
    flag: [
      '[[you make everything about you]]',
      '[[you can never just]] say sorry',
      '[[you won’t ever change]]',
      '[[it’s always about you]]',
      '[[you never listen]] to me when I talk about work',
      'honestly [[u nvr help]] with anything',
      '[[You ALWAYS forget]] the things that matter to me.',
      'thanks for dinner. [[you never ask]] how my day was though',
      '[[youre always late]] for everything',
      '[[you never help]]. no worries, I’ll do it all myself as usual',
      '[[you always leave]] the wet towels on the bed 💔',
      'thanks for the lift ❤️ but [[you always leave]] the seat soaked',
      '[[you always help]] your brother before me',
      '[[you always bring]] his kids treats instead of us',
    ],
    pass: [
      'you make everything better',
      'you’re always texting me cute things, I love it',
      'you never put the heating on without asking, so thoughtful',
      'you can never have too many cushions',
      'you won’t ever guess who I saw today',
      'ur always on my mind',
      'you never listen to podcasts, right? I found a good one',
      'it’s always about the kids for us, and that’s ok',
      'you never think I notice but I do, thank you',
      'you always make me laugh',
      'you never fail to cheer me up',
      'do you always take the bus?',
      'my boss never listens to anyone',
      'I always overthink this stuff',
      'you never know with the weather',
      'you always have to press the button twice on that kettle',
      'you ALWAYS get there first 🥰',
      'you always put me before your mates ❤️',
      'you always do that 😍',
      'you never mentioned the car was booked in for its MOT! no worries, I’ll get the bus',
    ],
  },
};
