/**
 * Valence of the words in a predicate: is "you always X" praise or a complaint?
 * "you never fail to cheer me up" multiplies fail (−) by cheer (+): negative, so "never" makes it
 * praise. Words are stored as stems; `valenceOf` tries the common inflections. Words not listed are
 * neutral, and a neutral predicate after "always"/"never" is read as a complaint.
 */

// biome-ignore format: a dense data table reads better than one word per line
const POSITIVE = [
  // warmth and care
  'laugh', 'smile', 'cheer', 'comfort', 'support', 'care', 'love', 'adore', 'hug', 'kiss', 'cuddle',
  'help', 'notice', 'remember', 'surprise', 'thank', 'appreciate', 'encourage', 'understand',
  'listen', 'manage', 'inspire', 'protect', 'forgive', 'calm', 'reassure', 'brighten', 'delight',
  'charm', 'impress', 'entertain', 'amaze', 'pamper', 'spoil me', 'cute', 'taught', 'teach', 'perfect',
  'outdone', 'believe in',
  'praise', 'celebrate', 'treat', 'fix', 'save', 'rescue', 'nail', 'win', 'shine', 'glow', 'make time',
  // feelings and states
  'happy', 'glad', 'safe', 'loved', 'special', 'better', 'good', 'great', 'amazing', 'wonderful',
  'beautiful', 'gorgeous', 'handsome', 'lovely', 'kind', 'sweet', 'funny', 'clever', 'smart', 'brave',
  'proud', 'calm', 'patient', 'generous', 'thoughtful', 'warm', 'gentle', 'fun', 'lucky', 'welcome',
  'strong', 'whole', 'seen', 'heard', 'valued', 'grateful', 'relaxed', 'hopeful', 'beloved', 'best',
];

// biome-ignore format: a dense data table reads better than one word per line
const NEGATIVE = [
  'fail', 'disappoint', 'complain', 'whine', 'moan', 'nag', 'criticize', 'judge', 'blame', 'hurt',
  'forget', 'ignore', 'interrupt', 'dismiss', 'belittle', 'mock', 'insult', 'yell', 'shout', 'scream',
  'lie', 'cheat', 'cancel', 'miss', 'neglect', 'abandon', 'leave', 'break', 'ruin', 'spoil', 'waste',
  'wreck', 'wrecked', 'trash', 'destroy', 'victim', 'worst', 'take it out', 'takes it out', 'took it out',
  'let down', 'let me down', 'let us down', 'doubt', 'hesitate', 'worry', 'stress', 'panic', 'cry', 'sulk', 'snap', 'argue',
  'fight', 'embarrass', 'humiliate', 'upset', 'annoy', 'bother', 'bore', 'burden', 'alone', 'lonely',
  'small', 'stupid', 'crazy', 'worthless', 'useless', 'bad', 'sad', 'awful', 'terrible', 'horrible',
  'guilty', 'ashamed', 'invisible', 'unwanted', 'unloved', 'ill', 'sick', 'tired', 'late', 'rude',
  'mean', 'cold', 'angry', 'mad', 'wrong', 'nothing', 'struggle', 'suffer', 'grumpy', 'awkward',
  'like a child', 'like a kid', 'like a baby', 'like an idiot', 'like a doormat', 'like a servant',
  'like a maid', 'like dirt', 'like crap', 'like rubbish', 'like a fool', 'like a joke', 'idiot', 'fool',
];

const POSITIVE_SET = new Set(POSITIVE);
const NEGATIVE_SET = new Set(NEGATIVE);
const PHRASE_VALENCE = new Map<string, number>([
  ...POSITIVE.filter((w) => w.includes(' ')).map((w): [string, number] => [w, 1]),
  ...NEGATIVE.filter((w) => w.includes(' ')).map((w): [string, number] => [w, -1]),
  ...['make time', 'made time', 'makes time', 'making time', 'on my mind'].map((w): [string, number] => [
    w,
    1,
  ]),
  ...['let me down', 'lets me down', 'letting me down', 'let us down'].map((w): [string, number] => [w, -1]),
  // "you never bother to ask" lacks an effort; "you never bother me" spares an annoyance.
  ...['bother to', 'bothers to', 'bothered to', 'bothering to'].map((w): [string, number] => [w, 1]),
]);

/** "loves" → love, "cheered" → cheer, "making" → make. Cheap and good enough for a look-up. */
function stems(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (/(\w)\1(ed|ing)$/.test(word)) out.push(word.replace(/(\w)\1(ed|ing)$/, '$1'));
  if (word.endsWith('ly')) out.push(word.slice(0, -2));
  return out;
}

const GIVING_VERBS = new Set(['make', 'bring', 'cook', 'buy', 'get', 'send', 'pour', 'fetch']);

/**
 * "making me cups of tea", "bring me flowers": a giving verb with the writer as recipient and a thing
 * after it is kindness, whatever the thing is ("you made me yell" has a verb after "me").
 */
function givesSomething(words: readonly string[]): boolean {
  let at = 0;
  while (['have', 'has', 'had', 'will', 'would', 'just', 'finally', 'already'].includes(words[at] ?? ''))
    at++;
  const [verb = '', recipient = '', thing = ''] = words.slice(at);
  // "cooked for me", "made it for us"
  if (
    stems(verb).some((s) => GIVING_VERBS.has(s)) &&
    recipient === 'for' &&
    (thing === 'me' || thing === 'us')
  )
    return true;
  if (!stems(verb).some((s) => GIVING_VERBS.has(s)) || (recipient !== 'me' && recipient !== 'us'))
    return false;
  return (
    thing !== '' &&
    !stems(thing).some((s) => POSITIVE_SET.has(s) || NEGATIVE_SET.has(s)) &&
    !['feel', 'so', 'look', 'want', 'think', 'do', 'go', 'wait', 'cry', 'yell'].includes(thing)
  );
}

/** +1 for a positive word, −1 for a negative one, 0 otherwise. */
export function valenceOf(word: string): number {
  for (const stem of stems(word)) {
    if (POSITIVE_SET.has(stem)) return 1;
    if (NEGATIVE_SET.has(stem)) return -1;
  }
  return 0;
}

/**
 * The sign of a predicate: the product of its valenced words ("fail to cheer" → −, "fail to
 * disappoint" → +), or 0 when none is valenced.
 */
const STOPPERS = new Set(['stop', 'stops', 'stopped', 'stopping', 'quit', 'quits', 'cease', 'ceases']);

export function predicateValence(words: readonly string[]): number {
  if (givesSomething(words)) return 1;
  let sign = 0;
  for (let i = 0; i < words.length; i++) {
    // Two- and three-word phrases first: "let me down", "make time".
    let v = 0;
    for (const n of [3, 2]) {
      const phrase = words.slice(i, i + n).join(' ');
      v = PHRASE_VALENCE.get(phrase) ?? 0;
      if (v !== 0) {
        i += n - 1;
        break;
      }
    }
    if (v === 0 && STOPPERS.has(words[i] as string)) {
      // "stop" turns a valenced word after it ("never stop surprising me" praises) and is nothing alone
      // ("never stop talking" still complains).
      const next = words[i + 1] === 'to' ? words[i + 2] : words[i + 1];
      v = valenceOf(next ?? '') !== 0 ? -1 : 0;
    }
    if (v === 0) v = valenceOf(words[i] as string);
    if (v === 0) continue;
    sign = sign === 0 ? v : sign * v;
  }
  return sign;
}
