/**
 * Runs every rule over a message. Cheap checks first: a clause is parsed by compromise only when it
 * holds a word some pattern hooks on, long clauses are cut into bounded windows, and each window's
 * sweep is cached, so re-analysing while someone types only pays for the clause that changed.
 */
import { CATEGORY_INFO } from './categories';
import { compilePatterns, mayMatch, type PatternHit, sweepClause } from './nlp/adapter';
import { type Message, readMessage, toWords } from './nlp/words';
import { RULES } from './rules';
import type { Match, Rule } from './rules/types';
import type { AnalyzeOptions, Finding, Sensitivity } from './types';

/** Findings below this confidence are dropped at each sensitivity. */
const THRESHOLD: Record<Sensitivity, number> = { gentle: 0.75, balanced: 0.5, strict: 0 };

/** compromise never sees more than this many words at once: patterns are local, and cost stays linear. */
const WINDOW = 48;
const OVERLAP = 8;
const CACHE_LIMIT = 2000;

compilePatterns(
  RULES.flatMap((rule, ruleIndex) =>
    (rule.patterns ?? []).map((p, patternIndex) => ({ match: p.match, ruleIndex, patternIndex })),
  ),
);

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
function cachedSweep(words: string[]): PatternHit[] {
  const key = words.join(' ');
  const hit = sweepCache.get(key);
  if (hit) {
    sweepCache.delete(key);
    sweepCache.set(key, hit);
    return hit;
  }
  const result = sweepClause(words);
  sweepCache.set(key, result);
  if (sweepCache.size > CACHE_LIMIT) sweepCache.delete(sweepCache.keys().next().value as string);
  return result;
}

interface RawHit {
  ruleIndex: number;
  patternIndex: number;
  /** Word indices into the message, end exclusive. */
  start: number;
  end: number;
  clause: number;
}

function findHits(msg: Message): RawHit[] {
  const hits: RawHit[] = [];
  const words = msg.words.map((w) => w.w);
  msg.clauses.forEach((clause, c) => {
    for (let i = clause.start; i < clause.end; i++) {
      for (const entry of PHRASES.get(words[i] as string) ?? []) {
        const n = entry.words.length;
        if (i + n > clause.end) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === entry.words[k];
        if (ok) hits.push({ ...entry, start: i, end: i + n, clause: c });
      }
    }
    for (let from = clause.start; from < clause.end; from += WINDOW - OVERLAP) {
      const to = Math.min(clause.end, from + WINDOW);
      const windowWords = words.slice(from, to);
      if (mayMatch(windowWords)) {
        for (const h of cachedSweep(windowWords)) {
          hits.push({ ruleIndex: h.ruleIndex, patternIndex: h.patternIndex, start: h.start + from, end: h.end + from, clause: c });
        }
      }
      if (to === clause.end) break;
    }
  });
  return hits;
}

const AUXILIARIES = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'have', 'has', 'can', 'could', 'would', 'will', 'should', 'shall']);
const WH_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);

/** "do you…", "why do you…": a question even without its question mark. "do what you want" is not. */
function opensLikeQuestion(words: readonly string[]): boolean {
  const [first = '', second = '', third = ''] = words;
  if (AUXILIARIES.has(first)) return second === 'you' || second === 'we' || (second === 'not' && third === 'you');
  return WH_WORDS.has(first) && AUXILIARIES.has(second) && (third === 'you' || third === 'we' || third === 'it');
}

function sentenceBounds(msg: Message, sentence: number): { start: number; end: number; text: string } {
  const range = msg.sentences[sentence] as { start: number; end: number };
  const firstTok = msg.tokens[(msg.words[range.start] as { tok: number }).tok];
  const lastTok = msg.tokens[(msg.words[range.end - 1] as { tok: number }).tok];
  const start = firstTok?.start ?? 0;
  let end = lastTok?.end ?? 0;
  // Keep the sentence's own closing punctuation with it, so a rewrite replaces "…!!!" too.
  while (end < msg.text.length && /[.!?…]/.test(msg.text[end] as string)) end++;
  return { start, end, text: msg.text.slice(start, end) };
}

function buildMatch(msg: Message, hit: RawHit, words: string[]): Match {
  const clause = msg.clauses[hit.clause] as { start: number; end: number; sentence: number };
  const sentence = msg.sentences[clause.sentence] as { start: number; end: number };
  const bounds = sentenceBounds(msg, clause.sentence);
  const sentenceWords = words.slice(sentence.start, sentence.end);
  const trimmed = bounds.text.trim();
  const next = msg.sentences[clause.sentence + 1];
  const nextTokStart = next ? (msg.tokens[(msg.words[next.start] as { tok: number }).tok]?.start ?? 0) : msg.text.length;
  const sentenceText = msg.text.slice(bounds.start, nextTokStart);
  const isQuestion =
    /\?\s*$/.test(trimmed) ||
    /\?/.test(sentenceText) ||
    opensLikeQuestion(sentenceWords);
  const shouted = msg.words.slice(hit.start, hit.end).some((w) => msg.tokens[w.tok]?.shout);
  return {
    words: words.slice(hit.start, hit.end),
    before: words.slice(clause.start, hit.start),
    after: words.slice(hit.end, clause.end),
    sentence: sentenceWords,
    message: words,
    isQuestion,
    sentenceText,
    patternIndex: hit.patternIndex,
    shouted,
  };
}

function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Every finding in `text`, sorted by position, without rewrites (lib/index.ts adds them).
 * `onlyRule` runs a single rule, the way ESLint's RuleTester does, for the rule-examples harness.
 */
export function findFindings(text: string, options: AnalyzeOptions = {}, onlyRule?: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const msg = readMessage(text);
  if (msg.words.length === 0) return [];
  const words = msg.words.map((w) => w.w);
  const threshold = THRESHOLD[options.sensitivity ?? 'balanced'];
  const disabled = new Set(options.disabledCategories ?? []);
  const ignored = new Set((options.ignoredPhrases ?? []).map(normalisePhrase));
  const findings: Finding[] = [];
  for (const hit of findHits(msg)) {
    const rule = RULES[hit.ruleIndex] as Rule;
    if (disabled.has(rule.category) || (onlyRule !== undefined && rule.id !== onlyRule)) continue;
    // Quoted or reported speech ("my therapist said to stop saying 'you always'") is never flagged.
    if (msg.words.slice(hit.start, hit.end).some((w) => msg.tokens[w.tok]?.quoted)) continue;
    const match = buildMatch(msg, hit, words);
    const verdict = rule.accept ? rule.accept(match) : true;
    if (verdict === false) continue;
    const base = rule.patterns?.[hit.patternIndex]?.confidence ?? rule.confidence;
    const confidence = typeof verdict === 'number' ? verdict : base;
    if (confidence < threshold) continue;
    const clause = msg.clauses[hit.clause] as { start: number; end: number; sentence: number };
    const [from, to] = rule.span ? rule.span(match) : [0, hit.end - hit.start];
    const firstWord = Math.max(clause.start, hit.start + from);
    const lastWord = Math.min(clause.end, hit.start + to) - 1;
    if (lastWord < firstWord) continue;
    const start = msg.tokens[(msg.words[firstWord] as { tok: number }).tok]?.start ?? 0;
    const end = msg.tokens[(msg.words[lastWord] as { tok: number }).tok]?.end ?? start;
    const spanText = text.slice(start, end);
    if (ignored.has(normalisePhrase(spanText))) continue;
    const info = CATEGORY_INFO[rule.category];
    const { start: sStart, end: sEnd } = sentenceBounds(msg, clause.sentence);
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
    });
  }
  return merge(text, findings);
}

/**
 * One finding per category per overlapping stretch of text: "because you pushed me to it" is one
 * blame underline, not two. The most confident finding speaks for the stretch, which covers both.
 */
function merge(text: string, findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of findings) {
    const clash = kept.find((k) => k.category === f.category && f.start < k.end && k.start < f.end);
    if (!clash) {
      kept.push(f);
      continue;
    }
    if (f.confidence > clash.confidence) Object.assign(clash, { ...f, start: clash.start, sentence: clash.sentence });
    clash.end = Math.max(clash.end, f.end);
    clash.text = text.slice(clash.start, clash.end);
  }
  return kept;
}
