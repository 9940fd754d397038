/**
 * The one module that talks to compromise. Rules hand in their patterns as data; this module compiles
 * them once into a single net (`nlp.buildNet`) and sweeps it over a clause in one pass, returning plain
 * word offsets so nothing else depends on compromise's types.
 *
 * compromise/two is the smallest build with part-of-speech tags (#Verb, #Adjective, #Gerund…) and
 * root matching ({ruin} matches ruined/ruins); compromise/one has no tagger, three adds chunking and
 * APIs the rules do not use.
 */
import nlp from 'compromise/two';

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

type Net = ReturnType<typeof nlp.buildNet>;
let net: Net | undefined;
let hookWords = new Set<string>();

export function compilePatterns(patterns: readonly CompiledPattern[]): void {
  net = nlp.buildNet(patterns.map((p) => ({ ...p })));
  // The literal words a net hooks on: a clause with none of them cannot match, so it is never parsed.
  hookWords = new Set(Object.keys((net as unknown as { hooks: Record<string, unknown> }).hooks).filter((k) => !k.startsWith('#')));
  const always = (net as unknown as { always?: unknown[] }).always ?? [];
  if (always.length > 0) throw new Error('Every compromise pattern needs at least one literal word to hook on.');
}

export function mayMatch(words: readonly string[]): boolean {
  for (const w of words) if (hookWords.has(w)) return true;
  return false;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

/** Converts character offsets in `words.join(' ')` to word indices. */
function wordIndexAt(starts: readonly number[], char: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= char) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toRange(starts: readonly number[], json: OffsetJson | undefined): [number, number] | undefined {
  if (!json) return undefined;
  const { start, length } = json.offset;
  const first = wordIndexAt(starts, start);
  const last = wordIndexAt(starts, Math.max(start, start + length - 1));
  return [first, last + 1];
}

/** Sweeps every compiled pattern over one clause (already normalised words). */
export function sweepClause(words: readonly string[]): PatternHit[] {
  if (!net || words.length === 0) return [];
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const doc = nlp(text);
  const { found } = doc.sweep(net) as unknown as {
    found: Array<CompiledPattern & { view: ReturnType<typeof nlp> }>;
  };
  const hits: PatternHit[] = [];
  for (const f of found) {
    const range = toRange(starts, f.view.json({ offset: true })[0] as OffsetJson | undefined);
    if (!range) continue;
    hits.push({ ruleIndex: f.ruleIndex, patternIndex: f.patternIndex, start: range[0], end: range[1] });
  }
  return hits;
}

