/**
 * Help a couple can be asked to see or try, as Softer's rewrites name it. One lexicon for the rewrite
 * builders and the whole-message rewrite; the rules (lib/rules) keep their own patterns, since a change
 * there changes the model's features and needs a retraining. Normalised words: "counsellor" also reads
 * "counselor". Pure data.
 */

/** People a couple sees for help: "see a therapist", "the mediator". */
export const HELP_PEOPLE = [
  'therapist',
  'counselor',
  'counsellor',
  'psychologist',
  'psychiatrist',
  'mediator',
  // "We must go to a specialist before it is too late" (review round 56, item 57).
  'specialist',
] as const;

/** Help that is tried rather than seen: "counselling or we're done" → "try counselling". */
export const HELP_TRIED = ['therapy', 'counselling', 'counseling', 'rehab', 'relate', 'mediation'] as const;

/**
 * People of faith a couple goes to for help: "if we don't see di pastor dis week", "the elders at
 * church". "Father" and "minister" are help only with a name or in a crisis message (the builders say
 * when).
 */
export const CLERGY = [
  'pastor',
  'priest',
  'imam',
  'rabbi',
  'vicar',
  'minister',
  'reverend',
  'father',
  'sheikh',
  'elders',
  'deacon',
  'bishop',
] as const;

/** Clergy who are never anyone's family or government: the ones a sentence names help with alone. */
export const CLERGY_ALONE = CLERGY.filter((w) => w !== 'father' && w !== 'minister');
