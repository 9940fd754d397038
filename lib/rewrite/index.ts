/**
 * Rewrites: gentler ways to say each flagged sentence, built from the sentence itself (lib/rewrite/
 * builders.ts), and the whole message rewritten at once. Pure, like the analyzer.
 */
import { findFindings } from '../engine';
import type { Category, Finding } from '../types';
import { build, helpAsked } from './builders';
import { readSentence, readWords, type Word } from './sentence';
import { type Splice, spliceFor } from './splice';

export { type Splice, spliceFor } from './splice';

/** When one sentence holds several findings, the rewrite answers the weightiest. */
const WEIGHT: Record<Category, number> = {
  ultimatum: 7,
  crisis: 6,
  diagnosis: 5,
  absolute: 4,
  blame: 3,
  stonewall: 2,
  contempt: 1,
};

const GENERIC: Record<Category, string> = {
  absolute: "I've been feeling hurt about this lately. Can we talk about it when we're both calm?",
  diagnosis:
    "I feel really stuck, and I don't know how to reach you. I think I'd benefit from some support with that.",
  blame: "I'm feeling really upset about what happened. Can we talk about it together?",
  contempt: "I'm really hurt right now, and I need a moment before we talk.",
  ultimatum:
    "I care about us, and I'm finding it hard to keep going the way we have been. Can we talk about what needs to change?",
  stonewall: "I'm too overwhelmed to talk about this right now. Can we come back to it tonight?",
  crisis: "I'd like us to learn some new ways of handling things together, because we matter to me.",
};

/** A rewrite must read like a person and be clean itself. */
function acceptable(rewrite: string): boolean {
  if (rewrite.length > 400) return false;
  if (/\b(\w+) \1\b/i.test(rewrite)) return false; // doubled words
  if (/\bI feel (that|like) you\b/i.test(rewrite)) return false; // a judgment in disguise (NVC)
  if (/\s[,.?!]|,,|\.\./.test(rewrite)) return false;
  try {
    return findFindings(rewrite).length === 0;
  } catch {
    return false;
  }
}

function targetOf(text: string, finding: Finding, all: readonly Finding[]) {
  const { start, end } = finding.sentence;
  const target = text.slice(start, end);
  const overlapping = all.filter((f) => f.start < end && start < f.end);
  const local = (f: Finding): [number, number] => [
    Math.max(0, f.start - start),
    Math.min(target.length, f.end - start),
  ];
  // Flagged phrases are never carried into a rewrite; labels, insults and crisis metaphors are not its topic either.
  const harsh = overlapping.map(local);
  const labels = overlapping
    .filter((f) => ['contempt', 'diagnosis', 'crisis'].includes(f.category) || f.ruleId === 'as-usual')
    .map(local);
  // The threat of an ultimatum ("… or I'm calling a lawyer") is not a topic to carry over either.
  for (const f of overlapping.filter((x) => x.category === 'ultimatum')) {
    const [from, to] = local(f);
    const span = target.slice(from, to);
    const threat =
      /\b(or|otherwise)\b(?![\s\S]*\b(or|otherwise)\b)|,|\bdo ?n[o'’]?t bother\b|\bI(['’]m| am|['’]ll| will)\b|\bwe(['’]re| are)\b/i.exec(
        span.slice(Math.max(0, span.search(/\b(if|unless)\s+(you|u)\b/i) + 6)),
      );
    if (threat)
      labels.push([from + Math.max(0, span.search(/\b(if|unless)\s+(you|u)\b/i) + 6) + threat.index, to]);
  }
  return { target, harsh, labels };
}

/**
 * The topic nouns of a finding's sentence, as the writer spelled them: what its rewrites should keep
 * ("dishes", "therapy", "mum").
 */
export function topicNouns(text: string, finding: Finding, all: readonly Finding[] = [finding]): string[] {
  const { target, harsh, labels } = targetOf(text, finding, all);
  const sentence = readSentence(target, harsh, labels);
  return sentence.nouns.map((i) => sentence.words[i]?.d.toLowerCase() ?? '').filter((d) => d !== '');
}

/** Rewrites already built, by rule and flagged text: re-analysing while typing rebuilds nothing. */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 500;

/** Forgets every rewrite built so far (benchmarks use it to measure from scratch). */
export function clearRewriteCache(): void {
  cache.clear();
}

/**
 * 1 to 3 rewrites of the text `finding.sentence` covers, best first. `all` are every finding of the
 * message: their phrases are never carried into a rewrite as its topic.
 */
export function rewritesFor(
  text: string,
  finding: Finding,
  all: readonly Finding[] = [finding],
  messageWords?: readonly Word[],
): string[] {
  const { target, harsh, labels } = targetOf(text, finding, all);
  // A crisis sentence may name its help elsewhere in the message ("we're drowning, we need a counsellor").
  const message =
    finding.category === 'crisis' || finding.ruleId === 'dismiss-help'
      ? (messageWords ?? readWords(text))
      : undefined;
  const helpKey = message ? (helpAsked(message)?.phrase ?? '') : '';
  const key = `${finding.ruleId}\u0000${target}\u0000${harsh.join(';')}\u0000${labels.join(';')}\u0000${helpKey}`;
  const cached = cache.get(key);
  if (cached) return [...cached];
  let candidates: string[] = [];
  try {
    candidates = build({
      ruleId: finding.ruleId,
      category: finding.category,
      sentence: readSentence(target, harsh, labels),
      message,
    });
  } catch {
    candidates = [];
  }
  const kept = [...new Set(candidates)].filter(acceptable).slice(0, 3);
  const result = kept.length > 0 ? kept : [GENERIC[finding.category]];
  cache.set(key, result);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return [...result];
}

/** Fills every finding's rewrites. */
export function withRewrites(text: string, findings: Finding[]): Finding[] {
  let words: Word[] | undefined;
  for (const finding of findings) {
    if (finding.category === 'crisis') words ??= readWords(text);
    finding.rewrites = rewritesFor(text, finding, findings, words);
  }
  return findings;
}

/**
 * The whole message with each flagged sentence replaced by its first rewrite; everything else (other
 * sentences, emoji, line breaks) untouched. Where two findings' sentences overlap, the weightier wins.
 */
export function rewriteMessage(text: string, findings?: readonly Finding[]): string {
  const all = findings ?? withRewrites(text, findFindings(text));
  const chosen: Finding[] = [];
  const ordered = [...all].sort(
    (a, b) => a.sentence.start - b.sentence.start || b.sentence.end - a.sentence.end,
  );
  for (const f of ordered) {
    const last = chosen[chosen.length - 1];
    if (last && f.sentence.start < last.sentence.end) {
      const wider = f.sentence.end - f.sentence.start > last.sentence.end - last.sentence.start;
      if (
        wider ||
        (f.sentence.start === last.sentence.start &&
          f.sentence.end === last.sentence.end &&
          WEIGHT[f.category] > WEIGHT[last.category])
      ) {
        chosen[chosen.length - 1] = f;
      }
      continue;
    }
    chosen.push(f);
  }
  // Neighbouring clauses that would get the same rewrite ("do what you want, I don't care anymore")
  // are replaced once, as one stretch.
  // Neighbouring flagged clauses of one sentence ("you're never happy with anything, you're impossible
  // to please") are replaced once, as one stretch, by the weightier finding's rewrite. Only blank space,
  // commas, colons or dashes may lie between them: a word, an emoji or a full stop keeps them apart.
  const groups: Array<{ start: number; end: number; lead: Finding; last: Finding }> = [];
  for (const f of chosen) {
    const group = groups[groups.length - 1];
    if (group && /^[\s,;:\-–—]*$/u.test(text.slice(group.end, f.sentence.start))) {
      group.end = f.sentence.end;
      group.last = f;
      if (WEIGHT[f.category] > WEIGHT[group.lead.category]) group.lead = f;
    } else groups.push({ start: f.sentence.start, end: f.sentence.end, lead: f, last: f });
  }
  // The same rewrite twice in one message reads like a template: take the next one instead.
  const used = new Set<string>();
  const splices: Splice[] = groups.map((group) => {
    const options = group.lead.rewrites.length > 0 ? group.lead.rewrites : rewritesFor(text, group.lead, all);
    const rewrite = options.find((r) => !used.has(r)) ?? options[0] ?? '';
    used.add(rewrite);
    // The stretch ends like its last clause: with a space after the rewrite where that clause took its comma.
    return { start: group.start, end: group.end, insert: spliceFor(text, group.last, rewrite).insert };
  });
  let out = '';
  let at = 0;
  for (const splice of splices) {
    if (splice.start < at) continue;
    out += text.slice(at, splice.start) + splice.insert;
    at = splice.end;
  }
  return out + text.slice(at);
}
