/**
 * Runs every rule over a message. Cheap checks first: a clause is parsed by compromise only when it
 * holds a word some pattern hooks on, long clauses are cut into bounded windows, and each window's
 * sweep is cached, so re-analysing while someone types only pays for the clause that changed.
 */
import { CATEGORY_INFO } from './categories';
import { compilePatterns, mayMatch, type PatternHit, sweepClauses } from './nlp/adapter';
import { type Message, readMessage, toWords } from './nlp/words';
import { RULES } from './rules';
import type { Match, Rule } from './rules/types';
import { amountStart } from './text/normalize';
import type { AnalyzeOptions, Finding, Sensitivity } from './types';

/** Findings below this confidence are dropped at each sensitivity. */
const THRESHOLD: Record<Sensitivity, number> = { gentle: 0.75, balanced: 0.5, strict: 0 };

/** compromise never sees more than this many words at once: patterns are local, and cost stays linear. */
const WINDOW = 48;
const OVERLAP = 8;
const CACHE_LIMIT = 2000;

/** Every rule's compromise patterns, in rule order (npm run patterns:net saves their compiled net). */
export const PATTERNS = RULES.flatMap((rule, ruleIndex) =>
  (rule.patterns ?? []).map((p, patternIndex) => ({ match: p.match, ruleIndex, patternIndex })),
);
compilePatterns(PATTERNS);

interface PhraseEntry {
  ruleIndex: number;
  patternIndex: number;
  words: string[];
}
const PHRASES = new Map<string, PhraseEntry[]>();
RULES.forEach((rule, ruleIndex) => {
  (rule.phrases ?? []).forEach((phrase, patternIndex) => {
    const words = toWords(phrase.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim());
    const first = words[0] as string;
    const list = PHRASES.get(first) ?? [];
    list.push({ ruleIndex, patternIndex, words });
    PHRASES.set(first, list);
  });
});

const sweepCache = new Map<string, PatternHit[]>();

/** Sweep results for each window, from the cache or from one shared parse of the ones not cached. */
function cachedSweeps(windows: readonly string[][]): PatternHit[][] {
  const keys = windows.map((w) => w.join(' '));
  const missing: number[] = [];
  const queued = new Set<string>();
  const results: Array<PatternHit[] | undefined> = keys.map((key, i) => {
    const hit = sweepCache.get(key);
    if (hit) {
      // Refresh its place: the cache forgets the least recently used first.
      sweepCache.delete(key);
      sweepCache.set(key, hit);
    } else if (!queued.has(key)) {
      queued.add(key);
      missing.push(i);
    }
    return hit;
  });
  const swept = sweepClauses(missing.map((i) => windows[i] as string[]));
  missing.forEach((i, k) => {
    sweepCache.set(keys[i] as string, swept[k] as PatternHit[]);
    if (sweepCache.size > CACHE_LIMIT) sweepCache.delete(sweepCache.keys().next().value as string);
  });
  return keys.map((key, i) => results[i] ?? sweepCache.get(key) ?? []);
}

/** Forgets every cached clause (benchmarks use it to measure analysis from scratch). */
export function clearAnalysisCache(): void {
  sweepCache.clear();
}

interface RawHit {
  ruleIndex: number;
  patternIndex: number;
  /** Word indices into the message, end exclusive. */
  start: number;
  end: number;
  clause: number;
  kind: 'pattern' | 'phrase';
}

function findHits(msg: Message): RawHit[] {
  const hits: RawHit[] = [];
  const windows: Array<{ words: string[]; from: number; clause: number }> = [];
  const words = msg.words.map((w) => w.w);
  msg.clauses.forEach((clause, c) => {
    for (let i = clause.start; i < clause.end; i++) {
      for (const entry of PHRASES.get(words[i] as string) ?? []) {
        const n = entry.words.length;
        if (i + n > clause.end) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === entry.words[k];
        if (ok)
          hits.push({
            ruleIndex: entry.ruleIndex,
            patternIndex: entry.patternIndex,
            start: i,
            end: i + n,
            clause: c,
            kind: 'phrase',
          });
      }
    }
    for (let from = clause.start; from < clause.end; from += WINDOW - OVERLAP) {
      const to = Math.min(clause.end, from + WINDOW);
      const windowWords = words.slice(from, to);
      if (mayMatch(windowWords)) windows.push({ words: windowWords, from, clause: c });
      if (to === clause.end) break;
    }
  });
  const swept = cachedSweeps(windows.map((w) => w.words));
  windows.forEach((w, i) => {
    for (const h of swept[i] ?? []) {
      const { ruleIndex, patternIndex } = h;
      hits.push({
        ruleIndex,
        patternIndex,
        start: h.start + w.from,
        end: h.end + w.from,
        clause: w.clause,
        kind: 'pattern',
      });
    }
  });
  return hits;
}

const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'are',
  'is',
  'was',
  'were',
  'have',
  'has',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
]);
const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** "do you…", "why do you…": a question even without its question mark. "do what you want" is not. */
function opensLikeQuestion(words: readonly string[]): boolean {
  const [first = '', second = '', third = ''] = words;
  if (AUXILIARIES.has(first))
    return second === 'you' || second === 'we' || (second === 'not' && third === 'you');
  return (
    WH_WORDS.has(first) && AUXILIARIES.has(second) && (third === 'you' || third === 'we' || third === 'it')
  );
}

/** Words a rule sees on each side of a match, at most: rules read context, never the whole text. */
const CONTEXT = 40;

function tokenStart(msg: Message, word: number): number {
  return msg.tokens[(msg.words[word] as { tok: number }).tok]?.start ?? 0;
}
function tokenEnd(msg: Message, word: number): number {
  return msg.tokens[(msg.words[word] as { tok: number }).tok]?.end ?? 0;
}

/**
 * What rules may ask of the message, computed at most once per analyze: the sentence bounds a rewrite
 * replaces, and whether a clause is a question.
 */
class MessageView {
  readonly words: string[];
  readonly messageText: string;
  readonly messageWords: ReadonlySet<string>;
  private readonly bounds = new Map<number, { start: number; end: number }>();
  private readonly questions = new Map<number, boolean>();

  constructor(readonly msg: Message) {
    this.words = msg.words.map((w) => w.w);
    this.messageText = ` ${this.words.join(' ')} `;
    this.messageWords = new Set(this.words);
  }

  /**
   * The text a rewrite replaces: a clause, or a whole sentence; with the sentence's own closing
   * punctuation when it ends there, so a rewrite replaces "…!!!" too.
   */
  rewriteBounds(clauseIndex: number, scope: 'clause' | 'sentence'): { start: number; end: number } {
    const key = scope === 'clause' ? clauseIndex : -1 - (this.msg.clauses[clauseIndex]?.sentence ?? 0);
    let bounds = this.bounds.get(key);
    if (!bounds) {
      const clause = this.msg.clauses[clauseIndex] as { start: number; end: number; sentence: number };
      const range =
        scope === 'clause' ? clause : (this.msg.sentences[clause.sentence] as { start: number; end: number });
      let end = tokenEnd(this.msg, range.end - 1);
      while (end < this.msg.text.length && /[.!?…]/.test(this.msg.text[end] as string)) end++;
      // A clause followed by another in its sentence takes its comma along ("you never ask me, you just
      // decide"), so the rewrite can close with its own full stop before what follows.
      const next = this.msg.clauses[clauseIndex + 1];
      if (scope === 'clause' && next && next.sentence === clause.sentence) {
        const gap = /^\s*[,;:—–-]+\s*/.exec(this.msg.text.slice(end, tokenStart(this.msg, next.start)));
        if (gap) end += gap[0].length;
      }
      bounds = { start: amountStart(this.msg.text, tokenStart(this.msg, range.start)), end };
      this.bounds.set(key, bounds);
    }
    return bounds;
  }

  /**
   * "do you always take the bus?", "why do you…": the sentence opens like a question, or the clause
   * ends in "?" ("you never listen to me, anyway dinner at 7?" asks only about dinner).
   */
  isQuestion(clauseIndex: number): boolean {
    let question = this.questions.get(clauseIndex);
    if (question === undefined) {
      const clause = this.msg.clauses[clauseIndex] as { start: number; end: number; sentence: number };
      const sentence = this.msg.sentences[clause.sentence] as { start: number; end: number };
      const next = this.msg.clauses[clauseIndex + 1];
      const gapEnd = next ? tokenStart(this.msg, next.start) : this.msg.text.length;
      const gap = this.msg.text.slice(tokenEnd(this.msg, clause.end - 1), gapEnd);
      question =
        gap.includes('?') ||
        opensLikeQuestion(this.words.slice(sentence.start, Math.min(sentence.end, sentence.start + 3)));
      this.questions.set(clauseIndex, question);
    }
    return question;
  }

  match(hit: RawHit): Match {
    const { msg, words } = this;
    const clause = msg.clauses[hit.clause] as { start: number; end: number; sentence: number };
    const sentence = msg.sentences[clause.sentence] as { start: number; end: number };
    // Context is bounded, so a 200,000-character run-on sentence costs the same per match as a short one.
    const from = Math.max(sentence.start, hit.start - CONTEXT);
    const to = Math.min(sentence.end, hit.end + CONTEXT);
    const textFrom = tokenStart(msg, from);
    const nextSentence = msg.sentences[clause.sentence + 1];
    const textTo =
      to < sentence.end
        ? tokenEnd(msg, to - 1)
        : nextSentence
          ? tokenStart(msg, nextSentence.start)
          : msg.text.length;
    return {
      words: words.slice(hit.start, hit.end),
      before: words.slice(Math.max(clause.start, hit.start - CONTEXT), hit.start),
      after: words.slice(hit.end, Math.min(clause.end, hit.end + CONTEXT)),
      sentence: words.slice(from, to),
      sentenceAfter: words.slice(hit.end, to),
      messageText: this.messageText,
      messageWords: this.messageWords,
      isQuestion: this.isQuestion(hit.clause),
      sentenceText: msg.text.slice(textFrom, textTo),
      patternIndex: hit.patternIndex,
      kind: hit.kind,
      shouted: msg.words.slice(hit.start, hit.end).some((w) => msg.tokens[w.tok]?.shout),
    };
  }
}

export function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** What the learned scorer reads of the rules: the message, its question clauses, every rule finding. */
export interface RuleReading {
  msg: Message;
  isQuestion(clause: number): boolean;
  /** Where a rewrite of clause `clause` (or of its whole sentence) starts and ends. */
  rewriteBounds(clause: number, scope: 'clause' | 'sentence'): { start: number; end: number };
  /** Every rule finding at strict sensitivity, each with the clause its hit is in. */
  findings: Array<Finding & { clause: number }>;
}

/** Reads `text` once and runs every rule over it, with no setting applied (the scorer weighs them). */
export function readWithRules(text: string): RuleReading {
  const msg = readMessage(text);
  const view = new MessageView(msg);
  return {
    msg,
    isQuestion: (c) => view.isQuestion(c),
    rewriteBounds: (c, scope) => view.rewriteBounds(c, scope),
    findings: msg.words.length === 0 ? [] : ruleFindings(text, msg, view, { sensitivity: 'strict' }),
  };
}

/**
 * Which patterns and phrases of which rules produced a finding in `text` (at strict sensitivity), for
 * scripts/patterns.ts, which looks for patterns that add no true positive of their own.
 */
export function tracePatterns(
  text: string,
): Array<{ ruleId: string; kind: 'pattern' | 'phrase'; patternIndex: number }> {
  const msg = readMessage(text);
  if (msg.words.length === 0) return [];
  const hits: Array<{ ruleId: string; kind: 'pattern' | 'phrase'; patternIndex: number }> = [];
  ruleFindings(text, msg, new MessageView(msg), { sensitivity: 'strict' }, undefined, (hit) =>
    hits.push(hit),
  );
  return hits;
}

/**
 * Every rule finding in `text`, sorted by position, without rewrites: the rules alone, without the
 * learned scorer (lib/detect.ts combines them). `onlyRule` runs a single rule, the way ESLint's
 * RuleTester does, for the rule-examples harness.
 */
export function findRuleFindings(text: string, options: AnalyzeOptions = {}, onlyRule?: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const msg = readMessage(text);
  if (msg.words.length === 0) return [];
  return ruleFindings(text, msg, new MessageView(msg), options, onlyRule).map(({ clause: _, ...f }) => f);
}

function ruleFindings(
  text: string,
  msg: Message,
  view: MessageView,
  options: AnalyzeOptions,
  onlyRule?: string,
  trace?: (hit: { ruleId: string; kind: 'pattern' | 'phrase'; patternIndex: number }) => void,
): Array<Finding & { clause: number }> {
  const threshold = THRESHOLD[options.sensitivity ?? 'balanced'];
  const disabled = new Set(options.disabledCategories ?? []);
  const ignored = new Set((options.ignoredPhrases ?? []).map(normalisePhrase));
  const findings: Array<Finding & { clause: number }> = [];
  for (const hit of findHits(msg)) {
    const rule = RULES[hit.ruleIndex] as Rule;
    if (disabled.has(rule.category) || (onlyRule !== undefined && rule.id !== onlyRule)) continue;
    // Quoted or reported speech ("my therapist said to stop saying 'you always'") is never flagged.
    if (msg.words.slice(hit.start, hit.end).some((w) => msg.tokens[w.tok]?.quoted)) continue;
    const match = view.match(hit);
    const verdict = rule.accept ? rule.accept(match) : true;
    if (verdict === false) continue;
    const base =
      (hit.kind === 'pattern' ? rule.patterns?.[hit.patternIndex]?.confidence : undefined) ?? rule.confidence;
    const confidence = typeof verdict === 'number' ? verdict : base;
    if (confidence < threshold) continue;
    const clause = msg.clauses[hit.clause] as { start: number; end: number; sentence: number };
    const [from, to] = rule.span ? rule.span(match) : [0, hit.end - hit.start];
    // A span stays in its clause, or in its sentence for rules whose meaning crosses commas.
    const limit =
      rule.scope === 'sentence' ? (msg.sentences[clause.sentence] as { start: number; end: number }) : clause;
    const firstWord = Math.max(limit.start, hit.start + from);
    const lastWord = Math.min(limit.end, hit.start + to) - 1;
    if (lastWord < firstWord) continue;
    const start = msg.tokens[(msg.words[firstWord] as { tok: number }).tok]?.start ?? 0;
    const end = msg.tokens[(msg.words[lastWord] as { tok: number }).tok]?.end ?? start;
    const spanText = text.slice(start, end);
    if (ignored.has(normalisePhrase(spanText))) continue;
    const info = CATEGORY_INFO[rule.category];
    const target = view.rewriteBounds(hit.clause, rule.scope ?? 'clause');
    // A span reaching outside its clause (an eye-roll's remark) widens what the rewrite replaces.
    const sStart = Math.min(target.start, start);
    const sEnd = Math.max(target.end, end);
    trace?.({ ruleId: rule.id, kind: hit.kind, patternIndex: hit.patternIndex });
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      start,
      end,
      text: spanText,
      message: rule.message,
      why: info.why,
      principle: info.principle,
      confidence,
      sentence: { start: sStart, end: sEnd },
      rewrites: [],
      clause: hit.clause,
    });
  }
  return merge(text, findings);
}

/**
 * One finding per category per overlapping stretch of text: "because you pushed me to it" is one
 * blame underline, not two. The most confident finding speaks for the stretch, which covers both.
 */
function merge<F extends Finding>(text: string, findings: F[]): F[] {
  findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence || b.end - a.end);
  const kept: F[] = [];
  // Kept findings of one category are disjoint and in order, so only the last can overlap the next.
  const last = new Map<string, F>();
  for (const f of findings) {
    const previous = last.get(f.category);
    const clash = previous && f.start < previous.end ? previous : undefined;
    if (!clash) {
      kept.push(f);
      last.set(f.category, f);
      continue;
    }
    if (f.confidence > clash.confidence)
      Object.assign(clash, { ...f, start: clash.start, sentence: clash.sentence });
    clash.end = Math.max(clash.end, f.end);
    clash.text = text.slice(clash.start, clash.end);
  }
  return kept;
}
