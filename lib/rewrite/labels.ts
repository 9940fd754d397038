/**
 * Two labels whose rewrite is the need behind them, not a stock "I feel hurt": "liar" (trust in what the
 * partner says) and "coward" (the partner on the writer's side with someone, or face to face).
 *
 * Graded over review rounds 2-56, 82 of 105 messages calling the partner a liar and 62 of 80 calling
 * them a coward had a first rewrite that was generic or changed the meaning: the contempt and diagnosis
 * frames said "I'm feeling frustrated" or "I'm feeling stuck about your mum", losing what was asked
 * for ("you said the card was paid", "you couldn't even tell your mum we're not coming for Easter").
 * Where a deed is said beside the label ("you let your dad talk to me like that"), the builders' own
 * reading of it comes first and these are not asked.
 */

import { upperFirst } from '../text/case';
import { baseOf, DIALECT_YOU, plainClause } from './parts';
import { type FlaggedSentence, show, type Word } from './sentence';

/** Sentences only a label's reading can say, offered before the frames (see Reading in builders.ts). */
export interface LabelSpecial {
  name: string;
  names?: string[];
  texts: string[];
}

const LIAR = /^(liar|liars|lier|lyer)$/;
const COWARD = /^(coward|cowards|spineless|gutless|wimp|cowardly)$/;
/** Someone other than the partner before the label in its clause: "she called me a liar", "he's a coward". */
const OTHER_SUBJECT =
  /^(i|me|my|myself|we|us|our|he|him|his|she|her|they|them|their|it|mom|mum|dad|everyone|everybody|nobody|someone)$/;
const PARTNER_WORD = /^(you|u|ya|your|yourself)$/;

/** The index of a label word of `re`, marked as harsh in the sentence and said of the partner, or -1. */
function labelAt(words: readonly Word[], re: RegExp): number {
  for (let k = 0; k < words.length; k++) {
    const x = words[k] as Word;
    if (!re.test(x.w) || !(x.label || x.harsh || x.cue)) continue;
    let aimed = true;
    for (let j = k - 1; j >= 0 && (words[j] as Word).clause === x.clause; j--) {
      const w = (words[j] as Word).w;
      if (PARTNER_WORD.test(w) || DIALECT_YOU.test(w)) break;
      // "you made me look like a liar", "your mum called me a coward": the writer or someone else.
      if (OTHER_SUBJECT.test(w) || /^(look|looks|looked|call|calls|called|calling)$/.test(w)) {
        aimed = false;
        break;
      }
    }
    if (aimed) return k;
  }
  return -1;
}

/** Verbs a claim is reported by, and their past: "you said…", "you told me…", "u promised…". */
const SAID: Record<string, string> = {
  said: 'said',
  say: 'said',
  says: 'said',
  told: 'told',
  tell: 'told',
  promised: 'promised',
  promise: 'promised',
  swore: 'swore',
  swear: 'swore',
};
/** Words that end a reported claim: a turn ("but"), a reason, or the words of another clause. */
const CLAIM_ENDS = /^(but|so|yet|because|cause|cos|coz|which|though|tho|lol|and|then)$/;

/**
 * What the partner said, reported: "you said the card was paid" → "You said the card was paid". From
 * `words[k]` ("you") to its clause's end, or a turn; undefined when a harsh word, a question or more than
 * fourteen words is in it. `promise`: what was said is what they would do ("you'd fix the geyser").
 */
function claimAt(
  words: readonly Word[],
  k: number,
): { text: string; promise: boolean; end: number } | undefined {
  const verb = words[k + 1];
  const past = verb ? SAID[verb.w] : undefined;
  if (!verb || !past) return undefined;
  let j = k + 2;
  const to = /^(me|us)$/.test(words[j]?.w ?? '') ? ` ${(words[j] as Word).d.toLowerCase()}` : '';
  if (to) j++;
  if (words[j]?.w === 'that') j++;
  // "you told me nothing", "you said so": no claim.
  if (!words[j] || /^(nothing|so|it|that|this|sorry|no|yes)$/.test((words[j] as Word).w)) return undefined;
  let end = j;
  while (
    end < words.length &&
    (words[end] as Word).clause === (words[j] as Word).clause &&
    !CLAIM_ENDS.test((words[end] as Word).w)
  )
    end++;
  const own = words.slice(j, end);
  if (own.length === 0 || own.length > 14 || own.some((x) => (x.harsh && !x.cue) || x.label))
    return undefined;
  const claim = plainClause(words, j, end);
  if (claim === '' || /[?"“”]/.test(claim)) return undefined;
  const said = own.map((x) => x.w);
  const promise =
    past === 'promised' ||
    past === 'swore' ||
    // "you'd be home by six" will be; "you'd finished with the app" (had) was.
    (/^(would|will|shall)$/.test(said[1] ?? '') && baseOf(said[2] ?? '') === said[2]) ||
    said.includes('coming') ||
    (said.includes('going') && said[said.indexOf('going') + 1] === 'to');
  return { text: `You ${past}${to} ${claim}`, promise, end };
}

/** The first claim reported in a sentence, with where it ends. */
function claimIn(words: readonly Word[]): (ReturnType<typeof claimAt> & { at: number }) | undefined {
  for (let k = 0; k < words.length - 1; k++) {
    const w = (words[k] as Word).w;
    if (w !== 'you' && w !== 'u' && !DIALECT_YOU.test(w)) continue;
    const claim = claimAt(words, k);
    if (claim) return { ...claim, at: k };
  }
  return undefined;
}

/** Whether only punctuation and emoji follow word `end`. */
const endsAt = (words: readonly Word[], end: number) =>
  words.slice(end).every((x) => !/[\p{L}\d]/u.test(x.d));

/**
 * "you're a liar. you said the card was paid." → "You said the card was paid, and that's not what
 * happened. I need to be able to trust what you tell me. Can we talk about it honestly?"; said bare,
 * the trust itself. A claim in the words around the label (the rest of its sentence, the sentence after
 * or before) is said only when it is all of them, which the whole message then says once.
 */
function liarNamed(
  sentence: FlaggedSentence,
  near: () => readonly FlaggedSentence[],
): LabelSpecial | undefined {
  if (labelAt(sentence.words, LIAR) < 0) return undefined;
  let claim = claimIn(sentence.words);
  for (const other of claim ? [] : near()) {
    if (claim) break;
    const found = claimIn(other.words);
    if (found && found.at === 0 && endsAt(other.words, found.end)) claim = found;
  }
  if (claim)
    return {
      name: 'trust-said',
      texts: [
        claim.promise
          ? `${claim.text}, and it didn't happen. I need to be able to count on what you tell me. Can we talk about it?`
          : `${claim.text}, and that's not what happened. I need to be able to trust what you tell me. Can we talk about it honestly?`,
      ],
    };
  // "I saw the receipt from Speke Resort. You're a liar.": what the writer found is said with the trust,
  // and the whole message says it once (the regrade of review round 56 read the bare trust line generic
  // beside such evidence).
  for (const other of near()) {
    const found = evidenceIn(other.words);
    if (found)
      return {
        name: 'trust-found',
        texts: [
          `${upperFirst(found)}, and I'm finding it hard to trust what you tell me right now. Can we talk about it honestly?`,
        ],
      };
  }
  return {
    name: 'trust',
    names: ['trust', 'trust-believe'],
    texts: [
      "I'm finding it hard to trust what you tell me right now, and that hurts. Can we talk about it honestly?",
      "I need to be able to believe what you tell me, and right now I'm struggling to. Could we talk about it honestly?",
    ],
  };
}

/** Words of what the writer saw or found: "I saw the receipt", "Niamh saw you in Hayes's", "smelling of Star". */
const EVIDENCE =
  /^(saw|seen|found|heard|caught|receipt|receipts|statement|notification|notifications|text|texts|texted|messages|photo|photos|pic|pics|smelling|smelled|smelt|lipstick)$/;

/**
 * A plain sentence of evidence, as typed without its closing marks: no harsh word, no question, no quote or
 * emoji, three to sixteen words, with a word of seeing or finding in it. Undefined otherwise.
 */
function evidenceIn(words: readonly Word[]): string | undefined {
  if (words.length < 3 || words.length > 16) return undefined;
  if (!words.some((x) => EVIDENCE.test(x.w)) || words.some((x) => (x.harsh && !x.cue) || x.label))
    return undefined;
  // A statement of what was seen, opening on its witness or its thing ("I saw…", "Niamh saw…", "The
  // receipts were…", "You said… but…"); a question or a jab about it ("ok so you liked her pic and im
  // supposed to be chill??", "you really thought I wouldn't see…") is no evidence to repeat, and the words
  // carry no question mark to tell it by.
  const [first, second] = words.map((x) => x.w);
  const opens =
    /^(i|the|my|your)$/.test(first ?? '') ||
    (/^\p{Lu}/u.test(words[0]?.d ?? '') && !/^(you|ok|so|eh|oh|and|but)$/.test(first ?? '')) ||
    (first === 'you' && /^(said|told|promised|came|were|was)$/.test(second ?? ''));
  if (!opens || words.some((x) => /^(thought|think|supposed|wonder|really)$/.test(x.w))) return undefined;
  const text = show(words).replace(/[\s.!,…]+$/u, '');
  return /^[\p{L}\d\s'’,:-]+$/u.test(text) ? text : undefined;
}

/** Whom a partner is asked to stand up to: family, and the boss (only when something is to be told). */
const FAMILY =
  /^(mom|mum|mam|mother|mama|ma|dad|father|papa|da|sister|brother|family|parents|folks|ex|nan|gran|grandma|grandmother|aunt|auntie|uncle|cousin|son|daughter|ammi|abba|amma|appa|mammy|mummy)$/;
const WORK = /^(boss|manager|supervisor)$/;

/** "your mum", "your ex-wife", "your dad's": the person as typed, from `words[k]` ("your"). */
function personAt(
  words: readonly Word[],
  k: number,
  withWork: boolean,
): { text: string; end: number } | undefined {
  if (!/^(your|ur|yer|yuh)$/.test((words[k] as Word).w)) return undefined;
  const noun = words[k + 1];
  if (!noun || (!FAMILY.test(noun.w) && !(withWork && WORK.test(noun.w)))) return undefined;
  let end = k + 2;
  while (end < words.length && words[end]?.joined) end++;
  // "your ex-wife" is read as two words.
  if (noun.w === 'ex' && /^(wife|husband|partner|girlfriend|boyfriend)$/.test(words[end]?.w ?? ''))
    return { text: `your ex-${(words[end] as Word).w}`, end: end + 1 };
  const text = `your ${show(words, k + 1, end)}`.replace(/['’]s$/u, '');
  return /^[\p{L}\s'’-]+$/u.test(text) ? { text: text.toLowerCase(), end } : undefined;
}

/**
 * Verbs of what a partner is asked to say to someone: "tell your mum…", "say no to your brother…". Not
 * "told": "you told your mum about our fight" is a deed, the complaint itself.
 */
const TELL = /^(tell|say)$/;

/**
 * "you're a coward, you can't even tell your mum we're not coming for Easter" → "I'd really like you
 * to tell your mum we're not coming for Easter. I need to feel you're on my side with this."; "coward.
 * you'd rather text than face me" → face to face; "you're a coward, hiding behind your mother" → on the
 * writer's side with her. Undefined where no one is named and nothing is asked.
 */
function cowardNamed(
  sentence: FlaggedSentence,
  message: readonly Word[] | undefined,
): LabelSpecial | undefined {
  if (labelAt(sentence.words, COWARD) < 0) return undefined;
  const words = message ?? sentence.words;
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] as Word).w;
    // "tell your mum we're not coming", "say no to your brother about the loan"
    const sayNo = w === 'say' && words[k + 1]?.w === 'no' && words[k + 2]?.w === 'to';
    if (!TELL.test(w) || (w === 'say' && !sayNo)) continue;
    const at = sayNo ? k + 3 : k + 1;
    const person = personAt(words, at, true);
    if (!person) continue;
    let end = person.end;
    while (
      end < words.length &&
      (words[end] as Word).clause === (words[at] as Word).clause &&
      !/^(but|because|cause|cos|so|and|plain)$/.test((words[end] as Word).w)
    )
      end++;
    const own = words.slice(person.end, end);
    if (own.length > 12 || own.some((x) => (x.harsh && !x.cue) || x.label)) continue;
    const rest = plainClause(words, person.end, end);
    if (/[?"“”]/.test(rest)) continue;
    const asked = sayNo
      ? `be able to say no to ${person.text}${rest ? ` ${rest}` : ''}`
      : rest === '' || rest === 'no'
        ? `be able to tell ${person.text} no sometimes`
        : `tell ${person.text} ${rest}`;
    return {
      name: 'on-my-side-ask',
      texts: [`I'd really like you to ${asked}. I need to feel you're on my side with this.`],
    };
  }
  const said = ` ${words.map((x) => x.w).join(' ')} `;
  // "coward. getting your sister to text me for you": the partner's own words were asked for, in person.
  if (
    / (to my face|face me|face to face|look me in the eye|by text|than text|rather text|text (me|us) for (you|him|her)) /.test(
      said,
    )
  ) {
    const text = / text /.test(said) ? ', not by text' : '';
    // "coward. say it to my face": what is asked is said, so the sentence it was asked in goes with it.
    return {
      name: 'face-to-face',
      texts: [
        // ("…to my face. Could we talk about this face to face?" said it twice: the regrade of round 56.)
        / say (it|that|this) to my face /.test(said)
          ? `I'd rather you said it to my face${text}. Could we find a time to talk?`
          : `I'd really like us to talk about this face to face${text}. Could we find a time?`,
      ],
    };
  }
  for (let k = 0; k < words.length; k++) {
    const person = personAt(words, k, false);
    if (person && !words.slice(k, person.end).some((x) => x.harsh && !x.cue))
      return {
        name: 'on-my-side',
        texts: [
          `I need to feel you're on my side with ${person.text}, even when it's hard. Could we talk about it?`,
        ],
      };
  }
  return undefined;
}

/**
 * The need behind either label, "liar" first: what the contempt and diagnosis builders ask when no deed is
 * said beside the label. `around` is read only when the liar's claim is not in its own sentence.
 */
export function labelNamed(
  sentence: FlaggedSentence,
  around: () => readonly FlaggedSentence[],
  message: readonly Word[] | undefined,
): LabelSpecial | undefined {
  return liarNamed(sentence, around) ?? cowardNamed(sentence, message);
}
