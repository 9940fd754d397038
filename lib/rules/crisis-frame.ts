import { CRISIS_PHRASES, HELP_WORDS } from '../lexicon/phrases';
import { containsPhrase, expandPhrases, RELATIONSHIP, reportedSpeech } from './grammar';
import type { Rule } from './types';

const HELP = expandPhrases(HELP_WORDS);
/** A kind of emergency that befalls someone in daily life: "she got a work emergency", "a vet emergency". */
const EVERYDAY_EMERGENCY = new Set([
  'work',
  'family',
  'medical',
  'dental',
  'vet',
  'plumbing',
  'childcare',
  'kid',
  'baby',
]);

export const crisisFrame: Rule = {
  id: 'crisis-frame',
  category: 'crisis',
  scope: 'sentence',
  description:
    'The relationship framed as an emergency or help as a last resort: “therapy is our last resort”.',
  message: 'Crisis framing',
  confidence: 0.85,
  phrases: CRISIS_PHRASES,
  accept(m) {
    // "we're drowning in laundry" is a chore; "drowning in debt" or "in arguments" is not.
    if (
      m.words.at(-1) === 'drowning' &&
      m.after[0] === 'in' &&
      !['debt', 'problems', 'arguments', 'fights', 'resentment', 'this', 'it', 'sadness'].includes(
        m.after[1] ?? '',
      )
    )
      return false;
    // "it's our last chance to see the lights": a chance at help only.
    if (m.words.join(' ') === 'last chance' && !containsPhrase(m.messageText, HELP)) return false;
    // "our last shot at Fredericksburg peaches this year", "last hope for tickets": a chance at a thing,
    // not at the two of them (blind round 54); "our last shot at making this work" is at them.
    if (
      /^(last|final) (shot|hope|chance)$/.test(m.words.join(' ')) &&
      ['at', 'for'].includes(m.after[0] ?? '') &&
      // "…at doing this without lawyers", "…at being parents", "…at us": the two of them.
      !/^(us|this|it|we|our|the (marriage|relationship)|\w+ing)\b/.test(m.after.slice(1).join(' ')) &&
      !containsPhrase(m.messageText, HELP)
    )
      return false;
    // "we're falling apart laughing at this video" is joy; "rock bottom prices" a sale.
    if (/\b(laugh\w*|lol|haha\w*|prices?|sale)\b/.test(m.messageText) && !containsPhrase(m.messageText, HELP))
      return false;
    if (m.isQuestion && !containsPhrase(m.messageText, HELP)) return false;
    // "we won't survive this" (or "…another year", or the end of the sentence); not "…the drive".
    if (m.words.includes('survive') && !containsPhrase(m.messageText, HELP)) {
      const next = m.after[0];
      if (next !== undefined && !['this', 'it', 'another', 'much', 'if', 'unless', 'like'].includes(next))
        return false;
    }
    // "The counsellor cancelled again, she got a work emergency": an everyday emergency is someone's
    // errand, not the relationship's state (blind round 49).
    if (m.words.join(' ') === 'emergency' && EVERYDAY_EMERGENCY.has(m.before.at(-1) ?? '')) return false;
    // With help-seeking anywhere in the message, the crisis frame is about the relationship.
    if (containsPhrase(m.messageText, HELP)) return 0.9;
    // "The doctor said this round is our final chance with the embryos": someone else's words about a
    // treatment, not the writer's pressure (blind round 49).
    if (reportedSpeech(m)) return false;
    // Otherwise "we're drowning", "our marriage is on life support", "this is the end of us":
    // the couple must be the subject. "the sofa's falling apart" and "emergency!! out of coffee" are not.
    // "it" and "this" alone are not the couple: "the doctor said it's an emergency appointment".
    if (
      m.before.some((w) => RELATIONSHIP.has(w) && w !== 'it' && w !== 'this') ||
      m.words.includes('relationship')
    )
      return 0.8;
    if (m.words.includes('us') || m.words.includes('our')) return 0.8;
    return false;
  },
  examples: {
    flag: [
      'this is [[do or die]] for us, we need a counsellor',
      'it’s counselling or I’m moving out, this is our [[last chance]]',
      'it’s therapy [[or nothing]] at this point',
      'our marriage is [[over unless]] we get help',
      'we’re at [[rock bottom]], we need professional help immediately',
      'therapy is our [[last resort]]',
      'our marriage is on [[life support]], counselling is the [[only way]]',
      "we're [[drowning]], we need someone to help us [[before it's too late]]",
      'this relationship is [[broken beyond repair]]',
      'if we don’t get help now we [[won’t survive]] this',
      'we need a counsellor before this [[destroys us]]',
    ],
    pass: [
      "that's our last shot at Fredericksburg peaches this year, wanna drive out Saturday?",
      'it’s do or die for the team tonight, come watch',
      'we’re drowning in laundry, can you help fold later?',
      'it’s our last chance to see the lights before they come down',
      'we’re falling apart laughing at this video',
      'rock bottom prices at the garden centre today',
      "the doctor said it's an emergency appointment but nothing serious",
      "emergency!! we're out of coffee ☕😱",
      "the sofa's literally falling apart, shall we look at new ones?",
      'the server is dying again lol',
      'I won’t survive this heat without ice cream',
      'we won’t survive the drive without snacks',
      'the counsellor cancelled on us, she had a family emergency. shall we rebook?',
      'the consultant said this is our final chance with this clinic, so fingers crossed',
    ],
  },
};
