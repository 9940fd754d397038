import { NEGATIVE_TRAITS } from '../lexicon/traits';
import { messageSays, predicate, predicateValence, sarcastic, warmTowardPartner } from './grammar';
import type { Match, Rule } from './types';

/** One-word character labels: "you get weird every time…" complains even without a hurtful verb. */
const TRAIT_WORDS = new Set(NEGATIVE_TRAITS.filter((t) => !t.includes(' ')));
const OCCASIONS = new Set(['time', 'day', 'night', 'week', 'weekend', 'morning']);
/** "you're off hunting every single weekend", "you've been late every Friday": a day named as the occasion. */
const WEEKDAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Words that start someone else's clause: the predicate is not the partner's. */
const OTHER_SUBJECT = new Set(['i', 'we', 'he', 'she', 'they', 'and', 'but', 'so']);
const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should']);
/** Being elsewhere: "off hunting", "out with the lads", "away", "down the pub". */
const AWAY = new Set(['off', 'out', 'away', 'gone', 'down', 'missing', 'elsewhere']);
/** Praise said beside the habit: "…what a guy", "she adores you", "you're too good to me". */
const PRAISED_AFTER =
  /\b(too good|so good|what a (guy|man|gem|star)|adores? you|the best|legend|love (it|you|that)|thank)\b/;
const LAUGHTER = /\b(lol|lmao|haha\w*|hehe\w*)\b|[\u{1F602}\u{1F923}\u{1F60A}\u{1F970}\u{2764}]/iu;
const MANNER = new Set([
  'well',
  'fast',
  'quickly',
  'nicely',
  'beautifully',
  'perfectly',
  'sweetly',
  'kindly',
  'gently',
]);

/** Where "every time"/"whenever" starts in `words`, and whether the partner is the subject of the clause it opens. */
function occasion(words: readonly string[]): { at: number; partnerSubject: boolean } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let end = -1;
    // "whenever" and "every time" open a clause of their own ("every time you visit, …");
    // "every weekend" is only a when ("every weekend you disappear").
    let opensClause = false;
    if (w === 'whenever') {
      end = i + 1;
      opensClause = true;
    } else if (w === 'every' || w === 'each') {
      const next = words[i + 1] === 'single' ? i + 2 : i + 1;
      if (OCCASIONS.has(words[next] ?? '')) end = next + 1;
      opensClause = words[next] === 'time';
    }
    if (end >= 0) return { at: i, partnerSubject: opensClause && words[end] === 'you' };
  }
  return undefined;
}

/**
 * The complaint after the occasion: neutral is enough when someone else's act is the occasion
 * ("every time I call, you don't pick up"); when the partner's own act is ("whenever you're ready,
 * you can call me"), or the complaint is only an offer ("…, you can come over"), it must hurt.
 */
function complains(m: Match, rest: readonly string[], partnerOccasion: boolean): boolean {
  const said = predicate(rest);
  let valence = predicateValence(said);
  // "every time you visit I'm happy": the writer's reply carries the meaning.
  if (valence === 0) valence = predicateValence(rest.slice(0, 10));
  if (valence > 0) return sarcastic(m);
  // A routine told with a laugh, or done "so well": fond, not a complaint.
  if (valence === 0 && (LAUGHTER.test(m.sentenceText) || rest.slice(0, 10).some((w) => MANNER.has(w))))
    return false;
  const offer = MODALS.has(rest[0] ?? '') && rest[1] !== 'not';
  if (partnerOccasion || offer) return valence < 0 || said.some((w) => TRAIT_WORDS.has(w));
  return true;
}

export const everyTime: Rule = {
  id: 'every-time',
  category: 'absolute',
  description: '“Every time …, you …”: one hurt generalised to every occasion.',
  message: 'Sweeping “every time”',
  scope: 'sentence',
  confidence: 0.85,
  patterns: [
    // "every time I bring up money you change the subject"
    { match: '(every|each) single? (time|day|night|weekend|morning) .{0,12} you' },
    // "you forget every single thing I tell you"
    { match: 'you #Adverb? #Verb every single? (thing|time|day|night|weekend)' },
    // "whenever I need you you're busy"
    { match: 'whenever .{0,12} you' },
    // "you get weird every time my ex comes up": the complaint first, the occasion after; "you've been
    // late every Friday since you started", "you're off hunting every single weekend"
    { match: `you .{1,6} (every|each) single? (time|day|night|week|weekend|morning|${WEEKDAYS})` },
    // "you forget everything I tell you", "you ruin everything"
    { match: 'you #Adverb? #Verb everything (i|we)' },
    { match: 'you #Adverb? #Verb everything$' },
  ],
  // "every time I bring up money, you change the subject": the partner's clause after a comma. A
  // phrase, not a pattern: "you" opens too many clauses to parse each one for it.
  phrases: ['you'],
  accept(m) {
    // "why do you have to go through my phone every time I shower?" asks only to accuse.
    const whyAttack =
      m.isQuestion && /^why do you (have to|always|keep|need to)\b/.test(m.sentence.join(' '));
    if (m.isQuestion && !(whyAttack && m.patternIndex === 3)) return false;
    if (m.kind === 'phrase') {
      if (m.before.length > 0 || m.after.length === 0) return false;
      // The occasion must open the sentence's earlier clause: in the sentence, not after this match.
      const found = occasion(m.sentence);
      if (!found || occasion(m.sentenceAfter) || occasion(m.words)) return false;
      return complains(m, m.words.slice(1).concat(m.after), found.partnerSubject);
    }
    // "you remember everything I tell you" is praise: only a hurtful verb sweeps.
    if (m.patternIndex === 4) return predicateValence(m.words.slice(1, -2)) < 0;
    if (m.patternIndex === 5) return predicateValence(m.words.slice(1, -1)) < 0;
    // Complaint first: only a hurtful predicate ("you call me every day" is just a fact).
    if (m.patternIndex === 3) {
      const said = m.words.slice(
        1,
        m.words.findIndex((w) => w === 'every' || w === 'each'),
      );
      if (said.some((w) => OTHER_SUBJECT.has(w))) return false;
      if (whyAttack)
        return (
          predicateValence(said) <= 0 && !warmTowardPartner(m) && !messageSays(PRAISED_AFTER, m.messageText)
        );
      if (predicateValence(said) < 0 || said.some((w) => TRAIT_WORDS.has(w))) return true;
      // "you're off hunting with your brother every single weekend": being away, stressed with "single", is
      // the complaint in itself; a neutral habit is not ("you read me a story every single night").
      return (
        m.words.includes('single') &&
        predicateValence(said) === 0 &&
        said.some((w) => AWAY.has(w)) &&
        !said.some((w) => w === 'me' || w === 'us') &&
        !LAUGHTER.test(m.sentenceText) &&
        !warmTowardPartner(m) &&
        !messageSays(PRAISED_AFTER, m.messageText)
      );
    }
    const occasionFirst = m.patternIndex === 0 || m.patternIndex === 2;
    const youAt = m.words.lastIndexOf('you');
    const rest = occasionFirst ? [...m.words.slice(youAt + 1), ...m.after] : m.words.slice(1);
    // "you" must be the agent: "every time I hear this song I think of you" is about the writer,
    // "every time we argue it's because of you" is not.
    const agent = m.words[youAt - 1] === 'of' && m.words[youAt - 2] === 'because';
    if (occasionFirst && !agent && (rest.length === 0 || OTHER_SUBJECT.has(rest[0] as string))) return false;
    if (!occasionFirst) {
      const valence = predicateValence(predicate(rest));
      // "you called every night, that meant a lot": a neutral habit, thanked for in the next clause.
      const next = m.sentenceAfter.slice(m.after.length, m.after.length + 8);
      if (
        valence === 0 &&
        (predicateValence(next) > 0 || /\b(meant|means) (a lot|so much|the world)\b/.test(next.join(' ')))
      )
        return sarcastic(m);
      return valence <= 0 || sarcastic(m);
    }
    // "whenever you …" alone: the partner's act is the occasion and also the predicate.
    const partnerOccasion = occasion(m.words)?.partnerSubject === true && youAt === m.words.indexOf('you');
    return agent || complains(m, rest, partnerOccasion);
  },
  span(m) {
    if (m.patternIndex === 0 || m.patternIndex === 2) {
      // Underline "every time …": up to and including the verb after "you".
      const youAt = m.words.lastIndexOf('you');
      return [0, Math.min(m.words.length + (m.after.length > 0 ? 1 : 0), youAt + 2)];
    }
    if (m.kind === 'phrase') return [0, 2];
    return [0, m.words.length];
  },
  examples: {
    flag: [
      '[[you ruin everything]]',
      '[[you forget everything I]] tell you',
      '[[every time I bring up money you change]] the subject',
      '[[Every single time we make plans you cancel]] last minute',
      'i swear [[you forget every single thing]] i tell u',
      '[[whenever I need you you’re]] busy',
      '[[each time I open up you make]] a joke of it',
      '[[you get weird every time]] my ex comes up',
      'every time I ask for help, [[you sigh]]',
      '[[every single weekend you disappear]] to your brother’s',
      'whenever you drink, [[you get]] mean',
      '[[you’ve been late home every Friday]] for weeks',
      'harvest break and [[you’re off fishing with your cousin every single weekend]]',
      'why do [[you have to read my texts every time]] I leave the room?',
    ],
    pass: [
      'three weeks away and you called every night, that meant a lot',
      'you fix everything, honestly',
      'you remember everything I tell you, it’s lovely',
      'each time we visit, you charm my gran',
      'every time I see you I smile',
      'every time we talk you make me laugh',
      'every time my boss calls I panic',
      'every time I hear this song I think of you',
      'do you walk there every day?',
      'you call me every morning and it makes my day',
      'whenever you want to talk, I’m here',
      'whenever I’m sad you cheer me up',
      'every time you visit I’m happy',
      'whenever you’re ready, you can call me',
      'every time I’m low, you make me laugh',
      'whenever I’m free, you can come over',
      'every time we go there, you order the same pasta lol',
      'every time I visit my mum, you look after the dog so well',
      'you make pancakes every Sunday and I love it',
      'you ring me every single morning before work 🥰',
      'why do you go to the gym every Monday?',
      'you bring me tea every single morning, best husband',
      'you read me a bedtime story every single night',
      'you walk the dog every single night even when it’s raining, what a guy',
      'why do you always bring me flowers every time you come home? you’re too good to me',
    ],
  },
};
