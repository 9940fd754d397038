import {
  aimedAtPartner,
  copulaSubject,
  KIN,
  opensOnSomeoneElse,
  opensOnTheWorld,
  PARTNER_WORDS,
  predicateValence,
  warmTowardPartner,
} from './grammar';
import type { Rule } from './types';

/**
 * Whom else a count can be of, named first in its clause: a determiner's noun or a pronoun ("the bus",
 * "she"). Not the writer: "as usual I'm the bad guy" counts what the partner leaves them with.
 */
const OTHER_SUBJECTS = new Set(['the', 'my', 'ma', 'our', 'his', 'her', 'their', 'he', 'she', 'they', 'it']);
/** A verb said of them: "won", "rang", "says". */
const KIN_DOES = /^(\w+(ed|s)|won|rang|sent|came|went|made|got|said|gave|brought|took|left|sang)$/;

/** The writer as a subject. */
const WRITER = new Set(['i', 'we']);
/**
 * A past act of the writer's own ("remembered", "got", "beat"), not one that reaches for the partner
 * ("asked", "wanted", "needed", "hoped", "expected", "tried").
 */
const WRITER_DID =
  /^(?!(asked|wanted|needed|hoped|expected|tried|begged|waited|wished|relied|counted|trusted)$)(\w+ed|got|won|beat|made|came|went|did|found|woke|slept|took|left|caught|ran|sat|ate|cooked|paid|finished)$/;

/** Slips a writer owns up to: "forgot", "burnt", "let the fire go out", "lost my keys". */
const SLIP =
  /^(forgot|forgotten|lost|burned|burnt|dropped|broke|broken|spilled|spilt|overslept|missed|let|locked|overcooked|overdid|misread|mixed)$/;
/** What may sit between the writer and the slip: "I've", "I have gone and", "I just". */
const SLIP_LEAD = new Set([
  'have',
  'had',
  'just',
  'gone',
  'went',
  'and',
  'only',
  'totally',
  'completely',
  'clean',
]);
/** A race the writer won: "beat you to the bins for once", "won for once". */
const WRITER_WON = /^(beat|won|outran|outdid|pipped|trounced|thrashed)$/;

/**
 * The words open on the writer owning a slip ("I've let the fire go out", "I burnt the toast") or on a
 * race of theirs won against the partner, said with no subject ("beat you to the bins"): a count of the
 * writer's own, not a jab (blind round 86). Not where the partner or a cause is in the clause ("yet
 * again I left work early to collect YOUR kids", "as usual I let you walk all over me", "…because you
 * had the car"), and not a favour counted against them ("Called you six times as usual"; the helper's
 * review).
 */
function writersOwn(words: readonly string[], phrase: string): boolean {
  if (phrase === 'for once' && WRITER_WON.test(words[0] ?? '') && (words[1] === 'you' || words[1] === 'u'))
    return true;
  if (words.some((w) => PARTNER_WORDS.has(w) || w === 'because' || w === 'cos' || w === 'since'))
    return false;
  if (!WRITER.has(words[0] ?? '')) return false;
  let k = 1;
  while (k < words.length && SLIP_LEAD.has(words[k] as string)) k++;
  return SLIP.test(words[k] ?? '');
}

export const asUsual: Rule = {
  id: 'as-usual',
  category: 'absolute',
  description: 'Indirect absolutes: “same as ever”, “as usual”, “for a change”, “yet again”.',
  message: 'Indirect “always”',
  // The jab leans on the clause it follows ("you forgot to call, like every week"): rewrite the sentence.
  scope: 'sentence',
  confidence: 0.65,
  patterns: [
    // "every bloody weekend it's the same, you on the xbox"
    { match: 'every .? (time|day|night|week|weekend|morning|evening) (it is|its) (always)? the same' },
    // "it's the same thing every single time with you"
    { match: 'the same (thing|story|crap|rubbish) every .? (time|day|night|week|weekend)' },
    // "typical, you're late and I'm standing in the rain"
    { match: '^typical$' },
  ],
  phrases: [
    'same as ever',
    'same as always',
    'as usual',
    'like always',
    'like usual',
    'for a change',
    'yet again',
    'for once in your life',
    'one more time you',
    // "you forgot the bins again, like every week"
    ...['time', 'day', 'week', 'weekend', 'night', 'morning', 'month', 'other time', 'single time'].flatMap(
      (when) => [`like every ${when}`, `same as every ${when}`, `as with every ${when}`],
    ),
    'as always',
    // "same old story with you", "can you for once just take my side"
    'same old story',
    'same old same old',
    'for once',
    // "thanks for nothing as per": British "as per usual", at the end of its clause
    'as per',
    'as per usual',
    // "would it hurt you to text back once in a while"
    'once in a while',
    // "you left the car on empty AGAIN": shouted, "again" is a count of every time
    'again',
    // "typical you, late again": one moment read as their nature
    'typical you',
    'so typical of you',
    'typical of you',
  ],
  accept(m) {
    if (m.kind === 'pattern') return m.sentence.includes('you') || m.sentence.includes('u');
    // "like every week" and "as always" say nothing about anyone by themselves: "like every week,
    // the market is on saturday". The partner must be in the sentence.
    if (m.words.join(' ') === 'again' && !(m.shouted && m.sentence.includes('you'))) return false;
    if (m.words.join(' ') === 'as per' && m.after.length > 0) return false;
    const bare =
      m.words.includes('every') ||
      ['as always', 'once in a while', 'same old story', 'same old same old', 'for once'].includes(
        m.words.join(' '),
      );
    if (bare && !m.sentence.some((w) => w === 'you' || w === 'u')) return false;
    // "For once I remembered before you did!": the writer's own act, counted ("for once I wish you
    // would…" and "for once I asked you…" still count the partner; blind round 49).
    if (m.words.join(' ') === 'for once' && WRITER.has(m.after[0] ?? '') && WRITER_DID.test(m.after[1] ?? ''))
      return false;
    if (writersOwn(m.before.length > 0 ? m.before : m.after, m.words.join(' '))) return false;
    // "…for once in a blue moon let me win at scrabble lol" teases.
    if (bare && /\b(lol|lmao|haha\w*|blue moon)\b/.test(m.messageText)) return false;
    // "delicious as always, thank you" is praise; "late as usual" is not. "help for a change" and
    // "yet again" are jabs whatever the verb.
    const jab = !['as', 'like', 'same'].includes(m.words[0] as string) || m.words.includes('typical');
    // "yet again you've outdone yourself, dinner was perfect" is praise, jab words or not.
    if (m.words.join(' ') === 'yet again' && predicateValence(m.sentence) > 0) return false;
    if (!jab && predicateValence(m.sentence) > 0) return false;
    // "typical you, always putting everyone first ❤️": their nature named fondly.
    if (m.words.includes('typical') && warmTowardPartner(m)) return false;
    // "as usual" beside no "you" counts the partner only when nobody else is named: "late as usual,
    // thanks" jabs; "curry night as usual?" asks about a plan, and "as usual the kids want the same
    // cereal" counts a third party (plain set 10 had one of each).
    // A jab counts a third party the same way: "Ma brother's went and took another payday loan, yet
    // again." worries about him (blind round 50); "late yet again" with nobody named still jabs.
    if (!m.sentence.some((w) => PARTNER_WORDS.has(w))) {
      if (!jab && m.isQuestion) return false;
      // "Yet again rain cancelled the falls", "train late as per": a count of the weather or the trains.
      const clause = m.before.length > 0 ? m.before : m.after;
      if (opensOnTheWorld(clause, m.sentence)) return false;
      if (!jab && OTHER_SUBJECTS.has((m.before.length > 0 ? m.before[0] : m.sentenceAfter[0]) ?? ''))
        return false;
      // The sentence opens on someone else ("my sister bought another puppy, yet again"); "late yet
      // again" with nobody named still counts the partner.
      if (jab && opensOnSomeoneElse(m.sentence, m.sentenceText)) return false;
      // "Mum says she'll bring the trifle as usual": someone else's habit, said of them (plain set 32).
      if (!jab && opensOnSomeoneElse(m.sentence, m.sentenceText) && !m.isQuestion) return false;
      // "As usual nan sent us home with a week of soup": opening the sentence, the count is of the
      // clause after it, and that clause opens on someone else (plain set 38).
      const after = m.before.length === 0 ? m.sentenceAfter : [];
      if (
        !jab &&
        (opensOnSomeoneElse(after, m.sentenceText) ||
          (KIN.has(after[0] ?? '') && KIN_DOES.test(after[1] ?? '')))
      )
        return false;
    }
    // With no "you" as a subject in the sentence, someone else may be the one who does it.
    if (!jab && !m.sentence.some((w) => ['you', 'u', 'ya', 'yourself'].includes(w))) {
      // "The cat has claimed your side of the bed as usual": someone else does it, to what is the
      // partner's (plain set 13).
      if (OTHER_SUBJECTS.has(m.sentence[0] ?? '')) return false;
      // "train is late again, as usual for the Thrissur line": a bare noun is the subject.
      const start = Math.max(0, m.sentence.length - m.sentenceAfter.length - m.words.length);
      // The copula opens the sentence ("train to Bern was…"), not a later "'s" ("your sister's thing").
      const subject = copulaSubject(m.sentence.slice(0, Math.min(start, 5)));
      if (subject !== undefined && !PARTNER_WORDS.has(subject) && !['this', 'that', 'it'].includes(subject))
        return false;
      // "As usual, your dad won at carrom": the partner's people do it, not the partner ("I'll pick your
      // mum up, as usual" still counts what the partner leaves to the writer).
      const rest = [...m.sentence.slice(0, start), ...m.sentenceAfter];
      if (rest[0] === 'your' && KIN.has(rest[1] ?? '') && KIN_DOES.test(rest[2] ?? '')) return false;
    }
    return aimedAtPartner(m);
  },
  examples: {
    flag: [
      'it’s [[the same thing every single time]] with you',
      '[[same old story]] with you',
      'can you [[for once]] just take my side',
      '[[for once]] I asked you for one thing and you forgot it',
      'late [[as usual]], thanks',
      'missed the bus [[yet again]], so the kids waited an hour',
      'maybe you could help [[for a change]]',
      'you forgot the bins [[yet again]]',
      'and you forgot to call, [[like every week]]',
      '[[typical you]], late again',
      'you left the car on empty [[AGAIN]] btw',
      'would it hurt you to text back [[once in a while]]',
      'k. thanks for nothing [[as per]]',
      'home at midnight [[as usual]], not a single text',
      '[[as usual]] I’m the one ringing the plumber',
      '[[as usual]] I have to ring your mum because you forgot',
      'picked up your dry cleaning [[as usual]], since you never do',
      'Called you six times [[as usual]], straight to voicemail',
      '[[yet again]] I left work early to collect YOUR kids',
      "I'm at the station. [[typical]], you're late and I'm standing in the rain",
      '[[every bloody weekend it’s the same]], you on the xbox and me doing everything',
    ],
    pass: [
      'yet again you’ve outdone yourself, dinner was perfect',
      'Nan says she’ll do the roast potatoes as usual',
      'same thing every time at the dentist, they tell me to floss',
      'can you for once in a blue moon let me win at scrabble lol',
      'same old story at work, my boss is hopeless',
      'for once the bus was early!',
      'for once we finished the crossword before you got home 😄',
      'For once I got to the station before your train did!',
      'my train is late as usual',
      'bus is late again, as usual for the 42 🙄',
      'As usual, your dad won at dominoes',
      'the cake was lovely as usual, thank you',
      'traffic is bad for a change lol',
      'you call me every morning, like every morning since we met, and I love it',
      'my brother is late like every week',
      'Ma sister went and bought another puppy, yet again. I give up on her',
      'the 7:40 is cancelled for a change',
      'like every week, the market is on saturday',
      'you won again, well done!',
      'we should do this again once in a while',
      'we should call your mum once in a while, she’d like that',
      'as per the doctor, rest for a week',
      'every weekend it’s the same at the market, so busy',
      'pizza and a film on saturday as usual?',
      'as usual the dog wants his walk at six sharp',
      'typical you, remembering my mum’s birthday before I did ❤️',
      'The cat has claimed your side of the bed as usual.',
      'As usual, the train is packed.',
      'As usual nan packed far too many sandwiches for the trip.',
      'As usual Mam sent us home with loads of stew.',
      'As usual my Kyle slept through the alarm',
      'Yet again the snow closed the pass, so no trip to Leh 😩',
      'bus late as per',
      'Beat you to the bins for once! Tidy.',
      'Same as ever I’ve let the stove go out. Sat here like a lemon. More wood when you’re back.',
      'I’ve gone and forgotten my lunch yet again, can you bring it if you’re passing?',
      'as usual I burnt the toast, you want eggs instead?',
    ],
  },
};
