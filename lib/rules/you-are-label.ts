import { ATTRIBUTED_STATES, NEGATIVE_TRAITS, RELATIVES } from '../lexicon/traits';
import { expandContraction } from '../text/normalize';
import type { Match, Rule } from './types';

/** Words between "you're" and the label: "you're honestly the most inconsiderate…". */
const FILLER = new Set([
  'so',
  'such',
  'a',
  'an',
  'the',
  'most',
  'really',
  'being',
  'just',
  'always',
  'never',
  'honestly',
  'literally',
  'too',
  'very',
  'completely',
  'totally',
  'extremely',
  'incredibly',
  'bit',
  'little',
  'kind',
  'of',
  'sort',
  'actually',
  'lately',
  'sometimes',
  'again',
  'acting',
  'getting',
  'becoming',
  'even',
  'still',
  'seriously',
  'pretty',
  'quite',
  'fucking',
  'bloody',
  'frankly',
  'clearly',
  'obviously',
  'basically',
  'genuinely',
  'truly',
  'ridiculously',
  'unbelievably',
  'insanely',
  'super',
  'hella',
  'soo',
]);

/** Each label as the rules read words: "mama's boy" is ["mama", "is", "boy"], as "you're" is "you are". */
const TRAITS = NEGATIVE_TRAITS.map((t) => t.split(' ').flatMap(expandContraction));

/** The label after the filler words, if any: ["self", "absorbed"]. */
function labelAt(after: readonly string[]): { at: number; length: number } | undefined {
  // "you're not over her" is a diagnosis, and so is "you're not capable of being honest"; "you're not
  // selfish" is reassurance.
  if (after[0] === 'not') {
    if (after[1] === 'capable' && after[2] === 'of') return { at: 0, length: 3 };
    return after[1] === 'over' && after.length > 2 ? { at: 0, length: 3 } : undefined;
  }
  let i = 0;
  while (i < after.length && FILLER.has(after[i] as string)) i++;
  let best: { at: number; length: number } | undefined;
  for (const trait of TRAITS) {
    if (trait.every((w, k) => after[i + k] === w) && (!best || trait.length > best.length)) {
      best = { at: i, length: trait.length };
    }
  }
  if (best) return best;
  // "you're just like your father"
  if (after[i] === 'like' && after[i + 1] === 'your' && RELATIVES.includes(after[i + 2] ?? ''))
    return { at: i, length: 3 };
  // "you're afraid of commitment", "you're not over her"
  if (ATTRIBUTED_STATES.includes(after[i] ?? '') && (after[i + 1] === 'of' || after[i + 1] === 'about'))
    return { at: i, length: 2 };
  return undefined;
}

export const youAreLabel: Rule = {
  id: 'you-are-label',
  category: 'diagnosis',
  description:
    'A label for the partner’s character or inner state: “you’re so defensive”, “you’re just like your father”.',
  message: 'Labelling them',
  confidence: 0.9,
  patterns: [
    // "you're so defensive", "ur so self absorbed", "you get so cold"
    { match: 'you (are|get|got|seem|sound|become|act|always|just|really|can|be|look){1,2}' },
  ],
  accept(m: Match) {
    // "if you're cold, the blanket is in the cupboard" supposes; it does not label.
    if (m.before.some((w) => ['if', 'unless'].includes(w))) return false;
    const label = labelAt(m.after);
    // "you're a victim of your own success" is an idiom.
    if (label && m.after[label.at] === 'victim' && m.after[label.at + 1] === 'of') return false;
    return label !== undefined;
  },
  span(m) {
    const label = labelAt(m.after);
    return [0, m.words.length + (label ? label.at + label.length : 0)];
  },
  examples: {
    flag: [
      '[[you’re not capable of]] being honest',
      '[[ur so defensive]], I literally just asked a question',
      'hope work is ok. [[you are so self-centred]] sometimes',
      '[[youre just like your father]]',
      "[[you're afraid of]] commitment, that's what this is",
      'every time I bring up feelings [[you get so defensive]]',
      'honestly [[you are such a mummy’s boy]] about sunday dinners',
      '[[ur such a snob]] about the caravan',
    ],
    pass: [
      'if you’re cold, the blanket is in the cupboard',
      'you’re a victim of your own success lol',
      "you're so kind",
      'Sarah is so defensive about her cooking',
      'I can be really defensive, sorry about earlier',
      "you're not selfish, you're tired",
      'my dad is so cold with everyone',
      'my sister is such a snob about wine',
      'I’m a people pleaser, I know, I’ll say no next time',
    ],
  },
};
