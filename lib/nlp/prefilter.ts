/**
 * A pattern's literal shape: what compromise's parse of a match pattern says about word ORDER, read
 * without any tags, so that a clause can be ruled out before compromise parses it.
 *
 * Each term of the pattern becomes a slot. A literal term ("you", "(are|get){1,2}", "(no chance|nope)",
 * "{make}") must match words of the clause, in order; any other term ("#Verb", ".{1,6}", "!not",
 * "(you|#Noun)") only bounds how many words lie between. The shape is checked like a small regular
 * expression over the clause's words, anchors included.
 *
 * It must never rule out a clause compromise would match (that would lose a finding), so every doubt
 * goes toward "may match":
 * - compromise splits some of the words it is given into more terms ("dunno" is do + not + know), never
 *   fewer, so a span of k terms covers at most k of the clause's words: a non-literal slot may take from
 *   none up to its maximum;
 * - a literal matches a term when it is one of the term's readings: a word compromise expands ("cannot",
 *   "dunno", "gimme") is read as its whole and as each of its parts ("can", "not"), in order
 *   (lib/nlp/adapter.ts reads them from compromise's own table; tests/lib/nlp/prefilter.test.ts checks on
 *   the corpus that no clause ruled out here holds a match).
 */

export interface ParsedTerm {
  word?: string;
  root?: string;
  optional?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  start?: boolean;
  end?: boolean;
  negative?: boolean;
  fastOr?: Set<string> | readonly string[];
  choices?: ReadonlyArray<ReadonlyArray<ParsedTerm>>;
  [other: string]: unknown;
}

/** Literal words in order (one alternative of a literal slot is a word sequence: "not a chance"). */
type Slot =
  | { kind: 'literal'; alternatives: ReadonlyArray<readonly string[]>; min: number; max: number }
  | { kind: 'gap'; max: number };

export interface Shape {
  slots: readonly Slot[];
  anchoredStart: boolean;
  anchoredEnd: boolean;
}

/** Properties that make a term match by something other than its literal words. */
const NON_LITERAL = ['tag', 'anything', 'regex', 'switch', 'chunk', 'fuzzy', 'negative', 'posix'];

function isLiteralTerm(t: ParsedTerm): boolean {
  return !NON_LITERAL.some((k) => t[k] !== undefined && t[k] !== false);
}

/** How many words a term may take at most: `{a,b}` says b, `+` and `*` say no limit, else one. */
function maxOf(t: ParsedTerm): number {
  if (typeof t.max === 'number') return t.max;
  return t.greedy ? Number.POSITIVE_INFINITY : 1;
}

function minOf(t: ParsedTerm): number {
  if (t.optional) return 0;
  if (typeof t.min === 'number') return t.min;
  return 1;
}

/** The literal alternatives of a term, or undefined when some way of matching it is not literal. */
function alternativesOf(t: ParsedTerm, forms: (root: string) => readonly string[]): string[][] | undefined {
  if (!isLiteralTerm(t)) return undefined;
  if (t.root) return forms(t.root).map((f) => [f]);
  if (t.word) return [[t.word]];
  const fastOr = t.fastOr ? [...t.fastOr] : [];
  if (fastOr.length > 0) return fastOr.some((w) => w.startsWith('#')) ? undefined : fastOr.map((w) => [w]);
  if (t.choices && t.choices.length > 0) {
    const out: string[][] = [];
    for (const choice of t.choices) {
      // Each choice a plain sequence of required literal words; anything else makes the term a gap.
      if (!choice.every((c) => isLiteralTerm(c) && c.word && !c.optional && !c.greedy && c.min === undefined))
        return undefined;
      out.push(choice.map((c) => c.word as string));
    }
    return out;
  }
  return undefined;
}

/** Words a gap term may stand for at most: a choice of sequences takes as many as its longest. */
function gapMax(t: ParsedTerm): number {
  const own = maxOf(t);
  if (!t.choices || t.choices.length === 0) return own;
  let longest = 0;
  for (const choice of t.choices) {
    let n = 0;
    for (const c of choice) n += maxOf(c);
    longest = Math.max(longest, n);
  }
  return own === Number.POSITIVE_INFINITY ? own : own * longest;
}

/** The shape of a pattern parsed by compromise (`nlp.parseMatch`, or the regs of a compiled net). */
export function shapeOf(terms: readonly ParsedTerm[], forms: (root: string) => readonly string[]): Shape {
  const slots: Slot[] = [];
  for (const t of terms) {
    const alternatives = alternativesOf(t, forms);
    if (alternatives) slots.push({ kind: 'literal', alternatives, min: minOf(t), max: maxOf(t) });
    else slots.push({ kind: 'gap', max: gapMax(t) });
  }
  return {
    slots,
    anchoredStart: terms[0]?.start === true,
    anchoredEnd: terms[terms.length - 1]?.end === true,
  };
}

/** A clause as compromise will see it: each term with the words it can be read as. */
export type Readings = ReadonlyArray<readonly string[]>;

/** Where one repetition of a literal slot can end, from position `at`. */
function literalSteps(slot: Extract<Slot, { kind: 'literal' }>, terms: Readings, at: number): number[] {
  const ends: number[] = [];
  for (const alt of slot.alternatives) {
    if (at + alt.length > terms.length) continue;
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++)
      ok = (terms[at + k] as readonly string[]).includes(alt[k] as string);
    if (ok) ends.push(at + alt.length);
  }
  return ends;
}

/** False only when no match of the shape can exist in `terms`, whatever compromise tags them. */
export function shapeMayMatch(shape: Shape, terms: Readings): boolean {
  const n = terms.length;
  let here = new Set<number>();
  if (shape.anchoredStart) here.add(0);
  else for (let i = 0; i <= n; i++) here.add(i);
  for (const slot of shape.slots) {
    const next = new Set<number>();
    if (slot.kind === 'gap') {
      // An unbounded gap: every position from the earliest start to the end.
      if (slot.max === Number.POSITIVE_INFINITY) for (let p = Math.min(...here); p <= n; p++) next.add(p);
      else for (const p of here) for (let q = p; q <= Math.min(n, p + slot.max); q++) next.add(q);
    } else {
      let frontier = here;
      for (let r = 1; r <= slot.max && frontier.size > 0; r++) {
        const reached = new Set<number>();
        for (const p of frontier) for (const q of literalSteps(slot, terms, p)) reached.add(q);
        if (r >= slot.min) for (const q of reached) next.add(q);
        frontier = reached;
      }
      if (slot.min === 0) for (const p of here) next.add(p);
    }
    if (next.size === 0) return false;
    here = next;
  }
  return shape.anchoredEnd ? here.has(n) : true;
}
