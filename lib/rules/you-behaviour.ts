import { DIAGNOSING_BEHAVIOURS } from '../lexicon/traits';
import type { Rule, RulePattern } from './types';

/** Phrasal behaviours that are literal with a thing as object: "you shut down the laptop". */
const LITERAL_WITH_OBJECT = new Set([
  'shut',
  'close',
  'check',
  'blow',
  'pull',
  'run',
  'hide',
  'project',
  'avoid',
  'pretend',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'this', 'that', 'these', 'those', 'his', 'her', 'its']);

// "you shut down", "you're manipulating me again", "you always go quiet": one pattern per behaviour,
// built from the lexicon so new behaviours need no new code.
const PATTERNS: RulePattern[] = DIAGNOSING_BEHAVIOURS.map((b) => {
  const [verb, ...rest] = b.split(' ');
  return {
    match:
      `you (are|keep|always|just|constantly|really|totally|literally|again|so|even|trying|to){0,4} {${verb}} ${rest.join(' ')}`.trim(),
  };
});

// "you're too busy sulking to call her" (not "too busy to sulk")
const BUSY_PATTERNS: RulePattern[] = DIAGNOSING_BEHAVIOURS.map((b) => {
  const [verb, ...rest] = b.split(' ');
  return { match: `you are (too|so)? busy {${verb}} ${rest.join(' ')}`.trim() };
});

// "you flirt with everyone and then act innocent": the partner, still the subject after "and"
const AND_PATTERNS: RulePattern[] = DIAGNOSING_BEHAVIOURS.map((b) => {
  const [verb, ...rest] = b.split(' ');
  return { match: `and (then)? {${verb}} ${rest.join(' ')}`.trim() };
});

// "stop gaslighting me", "quit playing the victim": the behaviour named in a command.
const STOP_PATTERNS: RulePattern[] = DIAGNOSING_BEHAVIOURS.map((b) => {
  const [verb, ...rest] = b.split(' ');
  return { match: `^(stop|quit|enough) {${verb}} ${rest.join(' ')}`.trim() };
});

export const youBehaviour: Rule = {
  id: 'you-behaviour',
  category: 'diagnosis',
  description:
    'Naming the partner’s behaviour as a pattern of theirs: “you shut down”, “you’re manipulating me”.',
  message: 'Diagnosing their behaviour',
  confidence: 0.85,
  patterns: [...PATTERNS, ...STOP_PATTERNS, ...BUSY_PATTERNS, ...AND_PATTERNS],
  accept(m) {
    if (m.isQuestion) return false;
    // After "and", the subject must be the partner's: "you flirt … and then act innocent", not "we
    // went out and then pulled away from the kerb".
    if (m.words[0] === 'and' && !(m.before[0] === 'you' || m.before[0] === 'u')) return false;
    const verb =
      m.words.find(
        (w, i) =>
          i > 0 &&
          ![
            'are',
            'keep',
            'always',
            'just',
            'constantly',
            'really',
            'totally',
            'literally',
            'again',
            'so',
            'even',
          ].includes(w),
      ) ?? '';
    const stem = verb.replace(/(ting|ing|ed|s)$/, '');
    // "you shut down the laptop" is literal; "you shut down the second things get hard" is not.
    const timeWord = ['second', 'minute', 'moment', 'instant', 'day', 'time', 'way'].includes(
      m.after[1] ?? '',
    );
    if (
      [...LITERAL_WITH_OBJECT].some((v) => stem.startsWith(v)) &&
      DETERMINERS.has(m.after[0] ?? '') &&
      !timeWord
    )
      return false;
    return true;
  },
  examples: {
    flag: [
      'you flirt with everyone [[and then act innocent]]',
      '[[you always play innocent]]',
      "[[you're shutting down]] again, I can see it",
      '[[youre manipulating]] me again',
      '[[you always shut down]] the second things get hard',
      '[[you play the victim]] every time',
    ],
    pass: [
      'we laughed and then pulled away from the kerb',
      'you’re too busy to sulk, you’ve got a wedding to plan!',
      'did you shut down the laptop?',
      'I shut down when I am overwhelmed',
      'the server shut down overnight',
      'you shut down the laptop before bed, right',
    ],
  },
};
