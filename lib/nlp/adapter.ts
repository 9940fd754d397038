/**
 * The one module that talks to compromise. Rules hand in their patterns as data; this module compiles
 * them once into a single net (`nlp.buildNet`) and sweeps it over clauses, returning plain word
 * offsets so nothing else depends on compromise's types.
 *
 * compromise/two is the smallest build with part-of-speech tags (#Verb, #Adjective, #Gerund…) and
 * root matching ({ruin} matches ruined/ruins); compromise/one has no tagger, three adds chunking and
 * APIs the rules do not use. It is loaded through ./compromise-two.js, which starts it faster.
 *
 * Cheap checks first: each pattern's required words are read from compromise's own parse of the
 * pattern, and a clause lacking them for every pattern is never parsed. The clauses that remain are
 * parsed together in one nlp() call, one paragraph each, so a message pays compromise's set-up once.
 */
import nlp from './compromise-two.js';
import { compileNet, type Net } from './net';
import { type ParsedTerm, type Readings, type Shape, shapeMayMatch, shapeOf } from './prefilter';

export interface CompiledPattern {
  /** compromise match syntax: https://observablehq.com/@spencermountain/compromise-match-syntax */
  match: string;
  /** Which rule it belongs to, and which of its patterns. */
  ruleIndex: number;
  patternIndex: number;
}

export interface PatternHit {
  ruleIndex: number;
  patternIndex: number;
  /** Word indices into the clause, `end` exclusive. */
  start: number;
  end: number;
}

let net: Net | undefined;
/** For each pattern: sets of words, one of each must be in a clause for the pattern to match. */
let requirements: Requirement[][] = [];
/** For each pattern: its literal words in order, with anchors (./prefilter.ts). */
let shapes: Shape[] = [];
/** Patterns by a word one of their requirements starts with: a clause tries only those its words hook. */
let hooks = new Map<string, number[]>();
/** Patterns given to compilePatterns and not compiled yet. */
let pending: readonly CompiledPattern[] | undefined;

/**
 * A pattern's requirement for one of its terms: the term matches only if, for at least one
 * alternative, every word of that alternative is in the clause ("(what a surprise|shocker)" needs
 * what + a + surprise, or shocker).
 */
type Requirement = ReadonlyArray<readonly string[]>;

/** Conjugations by root: the same verb recurs in many patterns ("{sulk}" after "you", "stop", "and"). */
const conjugations = new Map<string, Record<string, string>>();

function conjugate(root: string): Record<string, string> {
  const known = conjugations.get(root);
  if (known) return known;
  const world = nlp.world() as unknown as {
    model: unknown;
    methods: {
      two: { transform: { verb: { conjugate: (v: string, m: unknown) => Record<string, string> } } };
    };
  };
  const forms = world.methods.two.transform.verb.conjugate(root, world.model);
  conjugations.set(root, forms);
  return forms;
}

/** {ruin} matches ruin, ruined, ruins, ruining: every form compromise conjugates. */
function rootForms(root: string): string[] {
  return [root, ...Object.values(conjugate(root)).map((form) => form.split(' ').pop() as string)];
}

/** The words a pattern cannot match without, as "one of these" sets, from compromise's own parser. */
function requiredWords(terms: readonly ParsedTerm[]): Requirement[] {
  const required: Requirement[] = [];
  for (const term of terms) {
    if (term.optional) continue;
    if (term.root) {
      required.push(rootForms(term.root).map((form) => [form]));
    } else if (term.word) required.push([[term.word]]);
    else if (
      term.fastOr instanceof Set &&
      term.fastOr.size > 0 &&
      [...term.fastOr].every((w) => !w.startsWith('#'))
    ) {
      required.push([...term.fastOr].map((w) => [w]));
    } else if (term.choices?.every((c) => c.some((t) => t.word && !t.optional))) {
      // Each alternative needs all of its own literal words, not only its first.
      required.push(
        term.choices.map((c) => c.filter((t) => t.word && !t.optional).map((t) => t.word as string)),
      );
    }
  }
  return required;
}

/**
 * The rules' patterns, compiled when first needed (the first mayMatch or sweep), not when the engine
 * loads: a worker woken for anything but a message pays nothing for them.
 */
export function compilePatterns(patterns: readonly CompiledPattern[]): void {
  pending = patterns;
  net = undefined;
  requirements = [];
  shapes = [];
  hooks = new Map();
}

function compiled(): void {
  if (!pending) return;
  const patterns = pending;
  pending = undefined;
  net = compileNet(patterns);
  // The net holds every pattern parsed: read the terms from it instead of parsing twice.
  const built = net as unknown as {
    hooks: Record<string, Array<CompiledPattern & { regs: ParsedTerm[] }>>;
    always: Array<CompiledPattern & { regs: ParsedTerm[] }>;
  };
  const parsed = new Map<string, ParsedTerm[]>();
  for (const entry of [...Object.values(built.hooks).flat(), ...built.always])
    parsed.set(`${entry.ruleIndex}:${entry.patternIndex}`, entry.regs);
  const terms = patterns.map(
    (p) =>
      parsed.get(`${p.ruleIndex}:${p.patternIndex}`) ?? (nlp.parseMatch(p.match) as unknown as ParsedTerm[]),
  );
  requirements = terms.map(requiredWords);
  shapes = terms.map((t) => shapeOf(t, rootForms));
  if (requirements.some((r) => r.length === 0)) {
    throw new Error(
      'Every compromise pattern needs at least one required literal word, so clauses can be skipped cheaply.',
    );
  }
  hooks = new Map();
  requirements.forEach((pattern, i) => {
    for (const alternative of hookOf(pattern)) {
      const word = alternative[0] as string;
      const list = hooks.get(word) ?? [];
      if (!list.includes(i)) list.push(i);
      hooks.set(word, list);
    }
  });
}

/** Words so common that a pattern hooked on them is checked for nearly every clause. */
const COMMON = new Set([
  'you',
  'i',
  'we',
  'and',
  'not',
  'is',
  'are',
  'do',
  'to',
  'the',
  'a',
  'it',
  'my',
  'your',
]);

/** The requirement a pattern is looked up by: the one whose words are fewest and least common. */
function hookOf(pattern: readonly Requirement[]): Requirement {
  let best = pattern[0] as Requirement;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const requirement of pattern) {
    let cost = 0;
    for (const alternative of requirement) cost += COMMON.has(alternative[0] as string) ? 20 : 1;
    if (cost < bestCost) {
      best = requirement;
      bestCost = cost;
    }
  }
  return best;
}

/** The words compromise splits into several terms ("cannot" → can, not), from its own table. */
let expansions: Map<string, string[]> | undefined;

/** Each word as the terms compromise will read it as, each term with the words it can match. */
function readingsOf(words: readonly string[]): Readings {
  if (!expansions) {
    const world = nlp.world() as unknown as {
      model: { one: { contractions: Array<{ word?: string; out: string[] }> } };
    };
    expansions = new Map();
    for (const c of world.model.one.contractions)
      if (c.word)
        expansions.set(
          c.word,
          c.out.map((w) => w.toLowerCase()),
        );
  }
  const terms: string[][] = [];
  for (const w of words) {
    const parts = expansions.get(w);
    if (!parts) terms.push([w]);
    else
      parts.forEach((part, k) => {
        terms.push(k === 0 ? [w, part] : [part]);
      });
  }
  return terms;
}

/** False when no pattern could possibly match these words: the clause need not be parsed. */
export function mayMatch(words: readonly string[]): boolean {
  compiled();
  const terms = readingsOf(words);
  const present = new Set(terms.flat());
  // Only the patterns hooked on a word of the clause can match it.
  const tried = new Set<number>();
  for (const word of present) {
    for (const i of hooks.get(word) ?? []) {
      if (tried.has(i)) continue;
      tried.add(i);
      const pattern = requirements[i] as Requirement[];
      if (
        pattern.every((alternatives) => alternatives.some((all) => all.every((w) => present.has(w)))) &&
        shapeMayMatch(shapes[i] as Shape, terms)
      )
        return true;
    }
  }
  return false;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

/** The last index i with starts[i] <= value. */
function indexAt(starts: readonly number[], value: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sweeps every compiled pattern over each clause (normalised words); one parse for all of them. */
export function sweepClauses(clauses: readonly (readonly string[])[]): PatternHit[][] {
  const results: PatternHit[][] = clauses.map(() => []);
  compiled();
  if (!net || clauses.length === 0) return results;
  // Each clause its own paragraph ("\n\n"), so no match can run from one clause into the next.
  const clauseStarts: number[] = [];
  const wordStarts: number[][] = [];
  let at = 0;
  for (const words of clauses) {
    clauseStarts.push(at);
    const starts: number[] = [];
    for (const w of words) {
      starts.push(at);
      at += w.length + 1;
    }
    wordStarts.push(starts);
    at += 1; // "\n\n" in place of the last word's space
  }
  const doc = nlp(clauses.map((words) => words.join(' ')).join('\n\n'));
  const { found } = doc.sweep(net) as unknown as {
    found: Array<CompiledPattern & { view: ReturnType<typeof nlp> }>;
  };
  for (const f of found) {
    const json = f.view.json({ offset: true })[0] as OffsetJson | undefined;
    if (!json) continue;
    const { start, length } = json.offset;
    const c = indexAt(clauseStarts, start);
    const starts = wordStarts[c] as number[];
    const first = indexAt(starts, start);
    const last = indexAt(starts, Math.max(start, start + length - 1));
    if (c !== indexAt(clauseStarts, start + Math.max(0, length - 1))) continue; // never across clauses
    results[c]?.push({ ruleIndex: f.ruleIndex, patternIndex: f.patternIndex, start: first, end: last + 1 });
  }
  return results;
}

type Transform = {
  verb: {
    toInfinitive: (v: string, m: unknown, tense?: 'PastTense' | 'Participle') => string;
    conjugate: (v: string, m: unknown) => Record<string, string>;
  };
  noun: { toPlural: (n: string, m: unknown) => string };
};
function transform(): { t: Transform; model: unknown } {
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: Transform } } };
  return { t: world.methods.two.transform, model: world.model };
}

/** Bases read so far: a base form now costs up to three readings and two conjugations to confirm. */
const bases = new Map<string, string>();
const BASES_LIMIT = 5000;

/**
 * The base form of a verb: "listens" → "listen", "ruined" → "ruin", "paid" → "pay", "forgiven" →
 * "forgive". Read with no tense, compromise guesses from the ending and leaves an irregular past as it is
 * (the rewrites then said "if you paided", review rounds 2–9); named as a past or a participle, the base
 * it gives is kept only when it conjugates back to the word ("need" is no past of "nee").
 */
export function verbBase(verb: string): string {
  const known = bases.get(verb);
  if (known !== undefined) return known;
  const base = readBase(verb);
  if (bases.size >= BASES_LIMIT) bases.delete(bases.keys().next().value as string);
  bases.set(verb, base);
  return base;
}

function readBase(verb: string): string {
  const { t, model } = transform();
  const base = t.verb.toInfinitive(verb, model);
  if (base && base.length > 1 && base !== verb) return base;
  const past = t.verb.toInfinitive(verb, model, 'PastTense');
  if (past && past.length > 1 && past !== verb && t.verb.conjugate(past, model).PastTense === verb)
    return past;
  const done = t.verb.toInfinitive(verb, model, 'Participle');
  if (done && done.length > 1 && done !== verb && t.verb.conjugate(done, model).Participle === verb)
    return done;
  return gerundBase(verb, (base) => t.verb.conjugate(base, model).Gerund);
}

/**
 * The base of an "-ing" form compromise gives back unread ("texting", "ringing"; its past was then
 * "textung"): "making" → "make" and "running" → "run" where compromise conjugates them back, else the
 * stem itself ("texting" → "text").
 */
function gerundBase(verb: string, gerundOf: (base: string) => string | undefined): string {
  const stem = /^(\p{L}{3,})ing$/u.exec(verb)?.[1];
  if (!stem) return verb;
  // A silent "e" goes before "-ing" after one vowel and one consonant ("mak-ing"), never after two
  // consonants ("text-ing").
  const silentE = /[^aeiou][aeiou][^aeiouwxy]$/.test(stem) ? `${stem}e` : '';
  for (const base of [silentE, /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : ''])
    if (base !== '' && gerundOf(base) === verb) return base;
  return stem;
}

/** The past tense of a base verb: "take" → "took". */
export function verbPast(base: string): string {
  const { t, model } = transform();
  const past = t.verb.conjugate(base, model).PastTense ?? `${base}ed`;
  // compromise leaves some regular verbs in "-el" as they are ("shovel" → "shovel", "label"); no verb
  // of that shape keeps its base in the past. Other words it leaves alone are no verbs ("as").
  return past === base && /^\w{3,}[aeiou]l$/.test(base) ? `${base}ed` : past;
}

/** The plural of a noun: "lie" → "lies". */
export function nounPlural(noun: string): string {
  const { t, model } = transform();
  return t.noun.toPlural(noun, model) || `${noun}s`;
}

/**
 * "goin", "comin", "talkin": an "-ing" word written without its "g", as compromise's lexicon knows it
 * ("coming" is a gerund there). compromise reads the clipped form as a noun, and a rewrite then named it
 * as the topic (review round 43: "talk properly about your goin", "change for me with comin tae").
 */
export function droppedG(word: string): boolean {
  if (!/^\p{Ll}{2,}in$/u.test(word)) return false;
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model
    .one.lexicon;
  // ("moving", "boring" are in the lexicon as adjectives: "your brother movin in" drops the "g" all the same.)
  const full = lexicon[`${word}g`];
  return lexicon[word] === undefined && (full === 'Gerund' || full === 'Adjective');
}

/** Indices of the words compromise tags as nouns (not pronouns or possessives): the topic of a sentence. */
export function nounIndices(words: readonly string[]): number[] {
  return wordClasses(words).nouns;
}

/**
 * One parse of `words` (joined by spaces): the indices compromise tags as nouns (not pronouns,
 * possessives or gerunds), and as main verbs (not auxiliaries, modals or copulas), each sorted.
 */
export function wordClasses(words: readonly string[]): {
  nouns: number[];
  verbs: number[];
  adjectives: number[];
} {
  if (words.length === 0) return { nouns: [], verbs: [], adjectives: [] };
  const terms = (
    nlp(words.join(' ')).json({ offset: true }) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number } }>;
    }>
  ).flatMap((s) => s.terms);
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const nouns = new Set<number>();
  const verbs = new Set<number>();
  const adjectives = new Set<number>();
  for (const term of terms) {
    const tags = new Set(term.tags);
    const i = indexAt(starts, term.offset.start);
    if (tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Possessive') && !tags.has('Gerund'))
      nouns.add(i);
    if (tags.has('Verb') && !tags.has('Auxiliary') && !tags.has('Modal') && !tags.has('Copula')) verbs.add(i);
    if (tags.has('Adjective')) adjectives.add(i);
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return { nouns: sorted(nouns), verbs: sorted(verbs), adjectives: sorted(adjectives) };
}

/**
 * Each sentence of a text as compromise reads it: where it starts, its words (as written) and their
 * tags. For the rewrite gate, which reads several candidates in one parse.
 */
export function taggedSentences(
  text: string,
): Array<{ start: number; terms: Array<{ text: string; tags: string[]; post: string }> }> {
  if (text.trim() === '') return [];
  return (
    nlp(text).json({ offset: true }) as Array<{
      terms: Array<{ text: string; tags: string[]; post?: string; offset: { start: number } }>;
    }>
  ).map((s) => ({
    start: s.terms[0]?.offset.start ?? 0,
    // `post` is the punctuation after the word ("need:" is the word "need" and the post ":").
    terms: s.terms.map((t) => ({ text: t.text, tags: t.tags, post: (t.post ?? '').trim() })),
  }));
}
