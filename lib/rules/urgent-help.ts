import { HELP_WORDS, URGENCY_WORDS } from '../lexicon/phrases';
import { containsPhrase, expandPhrases } from './grammar';
import type { Rule } from './types';

const URGENT = expandPhrases(URGENCY_WORDS);

export const urgentHelp: Rule = {
  id: 'urgent-help',
  category: 'crisis',
  scope: 'sentence',
  description: 'A demand for help made urgent: “we need a counsellor TODAY”.',
  message: 'Help as an emergency',
  confidence: 0.8,
  phrases: HELP_WORDS,
  accept(m) {
    if (m.isQuestion) return false;
    const sentence = m.sentence;
    if (!containsPhrase(sentence, URGENT)) return false;
    // "the counsellor at the clinic said we only need to come once a month now": good news the help
    // reported, not pressure ("the counselor said we need to come weekly now. That's how far gone this
    // is" still presses; blind round 72).
    if (
      /^(\S+ ){0,3}(said|says|thinks|told|tells|reckons)\b/.test(m.after.slice(0, 5).join(' ')) &&
      sentence.some((w) => ['only', 'well', 'great', 'good', 'better', 'less', 'fewer'].includes(w))
    )
      return false;
    // "can we see the counsellor today at 5?" plans; "we need a therapist yesterday" presses.
    const pressing = ['need', 'must', 'please', 'book', 'urgent', 'asap', 'immediately', 'yesterday'];
    return sentence.some((w) => pressing.includes(w)) || containsPhrase(sentence, ['have to', 'got to']);
  },
  examples: {
    flag: [
      'we need a [[counsellor]] TODAY',
      "please just book the [[counselling]], it's urgent",
      "we're a disaster and we need a [[therapist]] yesterday",
    ],
    pass: [
      'would you be up for seeing a couples counsellor together sometime? no pressure',
      'I have therapy today at 5, back by 6',
      'my session is today, wish me luck',
      'the therapist at the centre said we are doing great and we only need to go monthly now',
    ],
  },
};
