import { valenceOf } from '../lexicon/valence';
import type { Rule } from './types';

const WRITER_OR_US = new Set(['i', 'we', 'our', 'my', 'it', 'this', 'everything', 'the', 'me', 'us']);

export const becauseYou: Rule = {
  id: 'because-you',
  category: 'blame',
  description:
    'A bad outcome for the writer or the couple explained by the partner: “we’re late because you…”.',
  message: 'Blaming with “because you”',
  scope: 'sentence',
  confidence: 0.75,
  patterns: [
    // "we're late to the wedding because you spent 40 mins ironing"
    { match: 'because you' },
  ],
  accept(m) {
    const at = m.sentence.indexOf('because');
    const main = m.sentence.slice(0, Math.max(0, at));
    // "I'm sorry, and not just cos you caught me": the writer denies the partner is the reason, in an
    // apology of their own (blind round 51).
    const [two, one] = main.slice(-2);
    if (one === 'not' || (two === 'not' && ['just', 'only', 'simply', 'merely'].includes(one ?? '')))
      return false;
    // The main clause must be about the writer or the couple, not about the partner
    // ("you only said sorry because you…" is a diagnosis, not blame).
    let subject = main.find((w) => WRITER_OR_US.has(w) || w === 'you');
    // Opening with "because": the outcome comes after the partner's clause.
    const opening = !subject && at === 0;
    if (opening) subject = m.sentence.slice(3).find((w) => ['i', 'we', 'our', 'my'].includes(w));
    if (!subject || subject === 'you') return false;
    // "because you cooked, I'll wash up" thanks; the opening form blames only with a hurt in it.
    if (opening)
      return m.sentence.map(valenceOf).includes(-1) ||
        /\b(we|i) (can|could|will) not\b/.test(m.sentence.join(' '))
        ? 0.8
        : false;
    // Any hurt in the sentence makes it blame; warmth with no hurt ("I smiled because you…") does not.
    const valences = m.sentence.map(valenceOf);
    if (valences.includes(-1)) return 0.85;
    return valences.includes(1) ? false : 0.6;
  },
  span(m) {
    return [0, m.words.length + Math.min(1, m.after.length)];
  },
  examples: {
    flag: [
      '[[because you maxed]] out the card we can’t go away',
      "the car still isn't taxed [[because you couldn't]] be bothered",
      "we're only fighting [[because you started]] it",
      "our savings are gone [[because you couldn't]] stop betting",
      "so we're late to the wedding [[because you spent]] 40 mins ironing ONE shirt",
      "[[because you couldn't]] be bothered we missed the flight",
    ],
    pass: [
      'because you booked early we got the good seats',
      'because you cooked, I’ll wash up',
      'I love you because you make me laugh',
      'you only said sorry because you want this over',
      'I smiled because you remembered',
      "he's late because his train broke",
      "I'm telling you this not because you asked but because I want to be honest",
      "I'm sorry, and not only because you found the receipt",
    ],
  },
};
