/**
 * Pieces of a flagged sentence that rewrites are built from: the partner's action after "always" or
 * "never", the situation ("when I'm talking about work"), the outcome of a blame, the demand of an
 * ultimatum. All work on normalised words and give back the writer's own display words.
 */
import { verbBase, verbPast } from '../nlp/adapter';
import { type FlaggedSentence, show, type Word } from './sentence';

export const ABSOLUTE_ADVERBS = new Set([
  'always',
  'never',
  'constantly',
  'continually',
  'forever',
  'perpetually',
  'repeatedly',
]);
/** Words that intensify or generalise: dropped from a rewrite, which names one situation instead. */
const GENERALISERS = new Set([
  ...ABSOLUTE_ADVERBS,
  'anymore',
  'ever',
  'again',
  'so',
  'such',
  'just',
  'really',
  'literally',
  'honestly',
  'even',
  'actually',
  'seriously',
  'only',
  'somehow',
  'suddenly',
  'totally',
  'completely',
  'once',
  'yet',
  // chat fillers: "you left the car on empty AGAIN btw"
  'btw',
  'tbh',
  'fyi',
  'lol',
  'x',
  'xx',
]);
const SITUATION_MARKERS = new Set([
  'when',
  'whenever',
  'while',
  'after',
  'before',
  'if',
  'every',
  'the',
  'unless',
]);
/** Where a complaint's own content ends: what follows is another thought ("…because honestly what I think…"). */
const ACTION_END = new Set([
  'because',
  'but',
  'and',
  'though',
  'although',
  'cause',
  'cos',
  'like',
  'lol',
  'eyeroll',
  'clap',
  // "you always forget the oat milk so pls write it down": a request is another thought.
  'please',
  'pls',
  'plz',
]);
const PRONOUNS = new Set(['i', 'we', 'you', 'it', 'he', 'she', 'they', 'that', 'this']);
const URGENCY = new Set(['now', 'asap', 'immediately', 'today', 'tonight', 'right']);

/** The text of words [from, to) without generalisers ("always", "so", "again"). */
export function showPlain(words: readonly Word[], from: number, to: number): string {
  const kept: Word[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i] as Word;
    if (GENERALISERS.has(word.w)) continue;
    // "every single thing" → "things", "every time" → dropped.
    if (word.w === 'every') {
      const next = words[i + 1]?.w === 'single' ? i + 2 : i + 1;
      const noun = words[next];
      if (noun && noun.w !== 'time') kept.push({ ...noun, d: noun.d.endsWith('s') ? noun.d : `${noun.d}s` });
      i = next;
      continue;
    }
    kept.push(word);
  }
  return show(kept);
}

/**
 * Where the situation starts: "when I'm talking about work", "the second things get hard",
 * "every time we argue". Returns the index and the situation as a "when …" phrase.
 */
export function situation(
  words: readonly Word[],
  from: number,
  to: number,
): { at: number; text: string } | undefined {
  for (let i = from; i < to; i++) {
    const w = (words[i] as Word).w;
    if (!SITUATION_MARKERS.has(w)) continue;
    if (w === 'the' && !['second', 'minute', 'moment'].includes(words[i + 1]?.w ?? '')) continue;
    if (w === 'every' && !(words[i + 1]?.w === 'time' || words[i + 2]?.w === 'time')) continue;
    const skip = w === 'the' ? 2 : w === 'every' ? (words[i + 1]?.w === 'single' ? 3 : 2) : 1;
    // The situation stops where a label starts: "every time I bring up feelings | you get so defensive".
    let stop = i + skip;
    // It also stops at a new thought: "…when I'm upset | and it makes me feel so alone".
    while (stop < to && !(words[stop] as Word).label && !ACTION_END.has((words[stop] as Word).w)) stop++;
    const rest = show(words, i + skip, stop);
    // "every single time with you" names no situation.
    if (rest === '' || /^(with|to|for|at|from)( you)?$/i.test(rest)) return undefined;
    const lead =
      w === 'the' || w === 'every' || w === 'whenever' ? 'when' : (words[i] as Word).d.toLowerCase();
    return { at: i, text: `${lead} ${rest}` };
  }
  return undefined;
}

/** The verb phrase after an index, split from its situation: "listen to me" + "when I'm talking about work". */
export function action(
  sentence: FlaggedSentence,
  from: number,
  to = sentence.words.length,
): { verb: string; rest: string; situation?: string } | undefined {
  const { words } = sentence;
  let i = from;
  // "you have not once said…": the negation and the count frame the verb.
  while (
    i < to &&
    (GENERALISERS.has((words[i] as Word).w) ||
      ['not', 'one', 'single', 'time', 'just'].includes((words[i] as Word).w) ||
      // "can you for once just take my side"
      ((words[i] as Word).w === 'for' && words[i + 1]?.w === 'once'))
  )
    i++;
  // "why do you always have to raise your voice": the obligation is the complaint's frame, not its content.
  if (words[i]?.w === 'have' && words[i + 1]?.w === 'to') i += 2;
  if (i >= to) return undefined;
  let stop = i + 1;
  // "so" ends the complaint only as a conjunction: "…so I stopped", not "feel so small".
  const ends = (k: number) =>
    ACTION_END.has((words[k] as Word).w) ||
    ((words[k] as Word).w === 'so' && PRONOUNS.has(words[k + 1]?.w ?? ''));
  while (stop < to && !ends(stop)) stop++;
  const where = situation(words, i + 1, stop);
  const end = where ? where.at : stop;
  const first = words[i] as Word;
  return { verb: first.w, rest: showPlain(words, i + 1, end), situation: where?.text };
}

// biome-ignore format: a dense data table
const IRREGULAR_BASE: Record<string, string> = {
  made: 'make', makes: 'make', making: 'make', got: 'get', gets: 'get', did: 'do', does: 'do', has: 'have',
  had: 'have', forgot: 'forget', left: 'leave', took: 'take', said: 'say', went: 'go', came: 'come', told: 'tell',
  broke: 'break', spent: 'spend', gave: 'give', thought: 'think', brought: 'bring', bought: 'buy', felt: 'feel',
  // past participles: "you've forgotten", "you've taken"
  forgotten: 'forget', gotten: 'get', given: 'give', taken: 'take', broken: 'break', eaten: 'eat',
  written: 'write', spoken: 'speak', driven: 'drive', chosen: 'choose', hidden: 'hide', fallen: 'fall',
  seen: 'see', done: 'do', gone: 'go', known: 'know', shown: 'show', thrown: 'throw', worn: 'wear',
  stolen: 'steal', begun: 'begin', been: 'be',
};

export function baseOf(verb: string): string {
  // "miss", "pass", "guess" end in "s" but are base forms already (compromise reads "miss" as "mis").
  if (/ss$/.test(verb)) return verb;
  return IRREGULAR_BASE[verb] ?? verbBase(verb);
}

export function pastOf(verb: string): string {
  return verbPast(baseOf(verb));
}

/** Words [from, to) as they read after "I'd really like you to": urgency and lead-ins dropped. */
export function demand(words: readonly Word[], from: number, to: number): string {
  let i = from;
  while (
    i < to &&
    // "you can either be a husband or a gamer": the modal and "either" frame the choice.
    [
      'so',
      'honestly',
      'just',
      'then',
      'now',
      'ok',
      'and',
      'either',
      'you',
      'seriously',
      'unless',
      'can',
      'could',
      'will',
    ].includes((words[i] as Word).w)
  )
    i++;
  let end = to;
  while (
    end > i &&
    (URGENCY.has((words[end - 1] as Word).w) ||
      (words[end - 1] as Word).w === 'at' ||
      (words[end - 1] as Word).w === 'all')
  )
    end--;
  // "right now" sits before the end too: "come home right now or …".
  const kept: Word[] = [];
  for (let k = i; k < end; k++) {
    const word = words[k] as Word;
    if (word.w === 'right' && words[k + 1]?.w === 'now') {
      k++;
      continue;
    }
    if (URGENCY.has(word.w) && word.w !== 'today' && word.w !== 'tonight') continue;
    kept.push(word);
  }
  return show(kept);
}

export function indexOfWord(words: readonly Word[], ...targets: string[]): number {
  return words.findIndex((x) => targets.includes(x.w));
}
