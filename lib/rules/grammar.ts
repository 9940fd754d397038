/**
 * Grammar checks the rules share: where a predicate ends, who the subject is, negation, sarcasm.
 * They read normalised words (contractions expanded: "you're" → you, are; "don't" → do, not).
 */
import { LEVERAGE_ACTS, SAYING_VERBS } from '../lexicon/phrases';
import { predicateValence } from '../lexicon/valence';
import { toWords } from '../nlp/words';
import type { Match } from './types';

/** Words that end a predicate: a new clause starts ("you never call when you say you will"). */
const PREDICATE_END = new Set([
  'when',
  'because',
  'if',
  'unless',
  'while',
  'after',
  'before',
  'until',
  'but',
  'and',
  'so',
  'that',
  'who',
  'which',
  'what',
  'where',
  'whenever',
  'though',
  'although',
  'cause',
  'since',
  'even',
  'or',
  'i',
  'lol',
  'haha',
  'x',
  'xx',
]);

/** Words that open a new clause after "so": "you never help so I do it all". */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'now', 'that']);

/** The predicate after an adverb like "always": up to the next clause word, at most `max` words. */
export function predicate(after: readonly string[], max = 8): string[] {
  const out: string[] = [];
  for (let k = 0; k < after.length; k++) {
    const w = after[k] as string;
    const soAdverb = w === 'so' && !SUBJECTS.has(after[k + 1] ?? '');
    if (PREDICATE_END.has(w) && out.length > 0 && !soAdverb) break;
    out.push(w);
    if (out.length >= max) break;
  }
  return out;
}

export { predicateValence };

// "it's nae your fault": Scots "nae" is "not" (blind round 54).
const NEGATIONS = new Set(['not', 'never', 'no', 'nothing', 'hardly', 'barely', 'nae']);

/** A negation among the last `n` words before the match: "it's not your fault". */
export function negatedBefore(match: Match, n = 3): boolean {
  return match.before.slice(-n).some((w) => NEGATIONS.has(w));
}

const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'being',
  'been',
  'feel',
  'feels',
  'felt',
  'seems',
  'seem',
  'looks',
  'look',
]);
const PARTNER = new Set(['you', 'your', 'yourself', 'u']);

/**
 * The subject of the nearest copula before the match ("my brother is a muppet" → brother), or
 * undefined when there is none (a bare exclamation: "what an idiot").
 */
export function copulaSubject(before: readonly string[]): string | undefined {
  for (let i = before.length - 1; i > 0; i--) {
    if (COPULAS.has(before[i] as string)) return before[i - 1];
  }
  return undefined;
}

/** The people of a family or a circle: "my brother", "our Kyle's mum", "ma sister". */
export const KIN = new Set(
  'mum mom mam ma mother dad father brother sister parents family folks boss friends mates kids son daughter nan gran grandma grandad aunt auntie uncle cousin neighbour neighbor sista sis bro bruv cuz mammy mummy daddy nana granny bestie kuya lola lolo tita tito bhaiya didi bhabhi amma appa chacha mausi mamu dadi nani babu nonna nonno oma opa abuela abuelo tia tio gogo'.split(
    ' ',
  ),
);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their']);

/**
 * The words open on someone else: "he", "their…", or "my"/"our" before a relative or a name ("my
 * brother", "our Kyle"). Not the writer's own things: "my dinner is cold again 🙄" is left to the partner.
 */
export function opensOnSomeoneElse(words: readonly string[], text: string): boolean {
  const first = words[0] ?? '';
  if (THIRD_PERSON.has(first)) return true;
  // "sister's that selfish 🙄", "mum rang again 🙄": a relative named bare, with no "my" (blind round 54).
  // Not "father of the year 🙄", a mock title for the partner.
  if (
    KIN.has(first) &&
    /^(is|was|has|had|will|would|does|did|just|always|never|keeps|still|so|says|said|rang|wants|\w+ed)$/.test(
      words[1] ?? '',
    )
  )
    return true;
  if (!['my', 'ma', 'our'].includes(first)) return false;
  const next = words[1] ?? '';
  if (KIN.has(next)) return true;
  // A name: the next word as typed starts with a capital and goes on in lowercase ("our Kyle's").
  const typed = new RegExp(`(?:^|[^\\p{L}])${first}\\s+(\\p{L}+)`, 'iu').exec(text)?.[1];
  return typed !== undefined && /^\p{Lu}\p{Ll}/u.test(typed);
}

/** The partner, as the rules read them in a clause. */
export const PARTNER_WORDS: ReadonlySet<string> = new Set([
  'you',
  'u',
  'your',
  'ur',
  'yourself',
  'ya',
  'yer',
]);

/**
 * Things that are nobody's doing: weather, traffic, transport, the power and the signal. A count or an
 * eye-roll at them ("Yet again rain cancelled the falls 😩", "Gila road's closed 🙄") is no jab at anyone
 * (blind round 85).
 */
const WORLD = new Set(
  'rain snow hail sleet fog wind storm storms weather traffic road roads highway motorway bridge bus buses train trains flight flights ferry tube metro power electricity internet wifi signal network'.split(
    ' ',
  ),
);

/**
 * The words open on the world, not a person: a thing of WORLD in their first two words ("rain cancelled
 * it", "the bus is late", "Gila road is closed"), with no partner word anywhere in them.
 */
export function opensOnTheWorld(words: readonly string[], sentence: readonly string[] = words): boolean {
  if (sentence.some((w) => PARTNER_WORDS.has(w))) return false;
  // Doubt of an excuse is at the partner: "traffic was bad was it", "traffic 🙄 like that's an excuse".
  const said = ` ${sentence.join(' ')} `;
  if (/ (excuse|excuses) | (was|is|did|does) it( eyeroll| clap)? $/.test(said)) return false;
  const at = words.slice(0, 2).findIndex((w) => WORLD.has(w));
  if (at < 0) return false;
  // The thing is the subject, not a modifier: "rain cancelled it", "Gila road is closed", not "internet
  // bill unpaid" or "train tickets not booked".
  const next = words[at + 1];
  return next === undefined || WORLD_DOES.test(next);
}
/** What the world's subject is followed by: its verb, or an adverb before one. */
const WORLD_DOES =
  /^(is|was|are|were|has|had|have|been|be|will|would|wo|can|could|not|never|still|just|always|again|keeps|kept|cancelled|canceled|closed|delayed|late|down|off|out|packed|blocked|shut|stuck|broke|broken|died|dead|went|came|stopped|runs|stops|goes|leaves|comes|\w+ed)$/;

const WRITER_OR_PARTNER = new Set(['i', 'you', 'u', 'we']);

/**
 * Someone else's words, reported: a verb of saying before the match in its clause, whose subject is
 * neither the writer nor the partner ("the foreman said end of discussion", "mum says grow up").
 */
export function reportedSpeech(match: Match): boolean {
  const at = match.before.findIndex((w) => SAYING_VERBS.has(w));
  return at > 0 && !WRITER_OR_PARTNER.has(match.before[at - 1] as string);
}

/** The match is said of the partner, or of nobody named: not of a third party or of the writer. */
export function aimedAtPartner(match: Match): boolean {
  const subject = copulaSubject(match.before);
  if (subject === undefined) return true;
  return PARTNER.has(subject) || subject === 'that' || subject === 'this' || subject === 'it';
}

/** Eye-rolls, "funny how that works", an opening "oh"/"wow": praise said this way is sarcasm. */
export function sarcastic(match: Match): boolean {
  if (/[\u{1F644}\u{1F643}\u{1F612}]/u.test(match.sentenceText)) return true;
  const s = match.sentence.join(' ');
  return (
    /\b(funny how|yeah right|sure you do|oh great|oh wow|wow)\b/.test(s) || match.messageWords.has('eyeroll')
  );
}

/** Gratitude, pride or love said to the partner in words that are seldom sarcastic. */
const WARM_WORDS =
  /(?<! real| so very| oh so) (proud of (you|u)|thank (you|u)|thanks (so much|babe|love|hun|darling)|so grateful|love (you|u|ya)|you are (a|an|the|my) (star|legend|genius|angel|hero|rock|best)|you are (amazing|brilliant|incredible|wonderful|the best)|te amo|ti amo|te quiero|je t['’]aime|ich liebe dich|mahal kita|eu te amo) /;
/**
 * Whether `re` matches the whole message `text`, read once per message and pattern however many matches
 * ask: a 200,000-character paste has thousands of matches, and a read of the whole text for each made a
 * rule's time grow with the square of the length. `re` must not be global (its test keeps no state).
 */
const messageReads = new WeakMap<RegExp, { text: string; said: boolean }>();
export function messageSays(re: RegExp, text: string): boolean {
  const last = messageReads.get(re);
  if (last?.text === text) return last.said;
  const said = re.test(text);
  messageReads.set(re, { text, said });
  return said;
}

/** Hearts and kisses: a fond mark that is seldom sarcastic (unlike 👏, 😊 or 🙂). */
export const WARM_EMOJI =
  /[\u{2764}\u{1F970}\u{1F618}\u{1F60D}\u{1F495}\u{1F496}\u{1F497}\u{1F49E}\u{1F499}\u{1F49A}\u{1F49C}\u{1F9E1}]/u;

/**
 * The message is warm toward the partner: thanks, pride or love in words or hearts ("…that's your
 * doing. I'm proud of you"), and no eye-roll or "oh great" that would turn it into sarcasm.
 */
export function warmTowardPartner(match: Match): boolean {
  // A word in scare quotes ("proud of you for 'fixing' it") mocks the praise beside it.
  const scareQuoted = /(^|\s)['‘"“]\w+['’"”](?=[\s.,!?]|$)/u.test(match.sentenceText);
  return (
    (messageSays(WARM_WORDS, match.messageText) || WARM_EMOJI.test(match.sentenceText)) &&
    !scareQuoted &&
    !sarcastic(match)
  );
}

/** Words that put "we"/the relationship in the subject: "we're drowning", "our marriage is dying". */
export const RELATIONSHIP = new Set([
  'we',
  'us',
  'our',
  'relationship',
  'marriage',
  'everything',
  'this',
  'it',
  'things',
]);

/** A phrase list in the words rules see: "it's too late" → "it is too late". */
export function expandPhrases(phrases: readonly string[]): string[] {
  return phrases.map((p) => toWords(p.toLowerCase()).join(' '));
}

/** Some phrase of an (expanded) list occurs in `words` (or in a text already joined with spaces at each end). */
export function containsPhrase(words: readonly string[] | string, phrases: readonly string[]): boolean {
  const text = typeof words === 'string' ? words : ` ${words.join(' ')} `;
  return phrases.some((p) => text.includes(` ${p} `));
}

const ING: Record<string, string> = { take: 'taking', tell: 'telling', change: 'changing', lock: 'locking' };
/** The writer's own act of leverage, as said: "i take the kids", "i am taking the kids", "i will tell your mum". */
const LEVERAGE = LEVERAGE_ACTS.flatMap((act) => {
  const [verb, ...rest] = toWords(act);
  const base = [verb, ...rest].join(' ');
  const ing = [ING[verb as string] ?? verb, ...rest].join(' ');
  return [
    ...['i', 'i will', 'i shall', 'i am going to', 'i am gonna', 'i will just', 'i just'].map(
      (p) => `${p} ${base}`,
    ),
    ...['i am', 'i will be', 'i am just'].map((p) => `${p} ${ing}`),
  ];
});

/**
 * Where the writer's own act of leverage begins in `words` ("…i am taking the children to my mother"),
 * or -1.
 */
export function leverageAt(words: readonly string[]): number {
  const text = ` ${words.join(' ')} `;
  let at = -1;
  for (const p of LEVERAGE) {
    const i = text.indexOf(` ${p} `);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at < 0 ? -1 : text.slice(0, at).split(' ').filter(Boolean).length;
}
