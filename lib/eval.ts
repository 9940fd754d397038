/** Scores the analyzer on a labelled corpus (data/ format; see data/README.md). Pure: the caller reads the file. */
import * as z from 'zod/mini';
import { type DetectionFigures, detectionReport, ratio, round } from './figures';
import { analyze } from './index';
import { jsonLines } from './jsonl';
import { topicNouns } from './rewrite';
import { CATEGORIES, type Category, type Finding } from './types';

const Row = z.object({ text: z.string(), expect: z.array(z.enum(CATEGORIES)) });
export type CorpusRow = z.infer<typeof Row>;

/** One JSON object per line; blank lines skipped. Throws with the line number on a bad line. */
export function parseCorpus(source: string): CorpusRow[] {
  return jsonLines(
    source,
    (line) => `line ${line} is not JSON`,
    (json, line) => {
      const parsed = Row.safeParse(json);
      if (!parsed.success)
        throw new Error(`line ${line} is not {text, expect[]}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    },
  );
}

export interface Figures extends DetectionFigures {
  rewrites: {
    /** Flagged messages where every finding has at least one rewrite. */
    withRewrite: number;
    /** Rewrites that are themselves clean: analyze(rewrite) finds nothing. */
    clean: number;
    /** First rewrites that keep every topic noun of their sentence (of those whose sentence has any). */
    keepNouns: number;
    total: number;
  };
}

/** "counselling" in a rewrite keeps "counselling"; matching is by whole word, case-insensitive. */
export function keepsNouns(rewrite: string, nouns: readonly string[]): boolean {
  const words = new Set(rewrite.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
  // "one more lie" → "the lies": a noun is kept in its singular or plural.
  return nouns.every(
    (n) => words.has(n) || words.has(`${n}s`) || words.has(`${n}es`) || words.has(n.replace(/e?s$/, '')),
  );
}

export interface Report {
  figures: Figures;
  misses: Array<{ text: string; expect: Category[]; got: Category[] }>;
  falseAlarms: Array<{ text: string; expect: Category[]; got: Finding[] }>;
  /** How many messages of the set are clean: the false alarms' share of them is the rate people feel. */
  cleanMessages: number;
  /** First rewrites that dropped a topic noun, and rewrites that were not clean. */
  rewriteProblems: Array<{ text: string; rewrite: string; problem: string }>;
}

export function evaluate(rows: readonly CorpusRow[]): Report {
  const analysed = rows.map((row) => analyze(row.text));
  const detection = detectionReport(rows, (_, i) => analysed[i] as Finding[]);
  const rewriteProblems: Report['rewriteProblems'] = [];
  let flaggedMessages = 0;
  let withRewrite = 0;
  let rewritesTotal = 0;
  let rewritesClean = 0;
  let nounChecks = 0;
  let nounKept = 0;
  rows.forEach((row, i) => {
    const findings = analysed[i] as Finding[];
    if (findings.length === 0) return;
    flaggedMessages++;
    if (findings.every((f) => f.rewrites.length > 0)) withRewrite++;
    for (const f of findings) {
      for (const rewrite of f.rewrites) {
        rewritesTotal++;
        if (analyze(rewrite).length === 0) rewritesClean++;
        else rewriteProblems.push({ text: row.text, rewrite, problem: 'not clean' });
      }
      const nouns = topicNouns(row.text, f, findings);
      const first = f.rewrites[0];
      if (nouns.length > 0 && first) {
        nounChecks++;
        if (keepsNouns(first, nouns)) nounKept++;
        else
          rewriteProblems.push({
            text: row.text,
            rewrite: first,
            problem: `drops ${nouns.filter((n) => !keepsNouns(first, [n])).join(', ')}`,
          });
      }
    }
  });
  return {
    figures: {
      ...detection.figures,
      rewrites: {
        withRewrite: round(ratio(withRewrite, flaggedMessages)),
        clean: round(ratio(rewritesClean, rewritesTotal)),
        keepNouns: round(ratio(nounKept, nounChecks)),
        total: rewritesTotal,
      },
    },
    misses: detection.misses,
    falseAlarms: detection.falseAlarms,
    cleanMessages: rows.filter((row) => row.expect.length === 0).length,
    rewriteProblems,
  };
}

export function formatReport(report: Report): string {
  const { messages, categories } = report.figures;
  const lines = [
    `messages: ${messages.total}  precision ${messages.precision.toFixed(3)}  recall ${messages.recall.toFixed(3)}  F1 ${messages.f1.toFixed(3)}`,
    '',
    'category     precision  recall  (expected)',
    ...CATEGORIES.map(
      (c) =>
        `${c.padEnd(12)} ${categories[c].precision.toFixed(3).padStart(9)}  ${categories[c].recall.toFixed(3).padStart(6)}  (${categories[c].expected})`,
    ),
    '',
    `rewrites: ${report.figures.rewrites.total}  flagged messages with a rewrite ${report.figures.rewrites.withRewrite.toFixed(3)}  clean ${report.figures.rewrites.clean.toFixed(3)}  keep the sentence's nouns ${report.figures.rewrites.keepNouns.toFixed(3)}`,
    '',
    `misses (${report.misses.length}): expected a category that was not found`,
    ...report.misses.map((m) => `  - [${m.expect.join(',')}] got [${m.got.join(',')}]  ${m.text}`),
    '',
    `false alarms (${report.falseAlarms.length} of ${report.cleanMessages} clean messages, ${((100 * report.falseAlarms.length) / Math.max(1, report.cleanMessages)).toFixed(1)}%): flagged a message that should be clean`,
    ...report.falseAlarms.map(
      (f) => `  - ${f.got.map((g) => `${g.category}:${g.ruleId} "${g.text}"`).join('; ')}  ${f.text}`,
    ),
    '',
    `rewrite problems (${report.rewriteProblems.length})`,
    ...report.rewriteProblems.map((p) => `  - ${p.problem}: "${p.rewrite}"  for: ${p.text}`),
  ];
  return lines.join('\n');
}
