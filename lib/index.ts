/**
 * Softer's engine: pure functions, no document, window or browser API, so the same code runs in the
 * page, the popup, the tests and a terminal.
 */
import { findFindings } from './detect';
import { clearAnalysisCache as clearSweeps } from './engine';
import { clearRewriteCache, nearFindings, rewritesFor, withRewrites } from './rewrite';
import type { AnalyzeOptions, Finding } from './types';

export { CATEGORY_INFO } from './categories';
export { rewriteMessage, rewritesFor, spliceFor } from './rewrite';
export type { AnalyzeOptions, Category, Finding, Sensitivity } from './types';
export { CATEGORIES } from './types';

/** Every harsh phrase in `text`, in order, each with its gentler rewrites. Never throws. */
export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  try {
    return withRewrites(text, findFindings(text, options));
  } catch {
    // A bug in a rule must never reach the page: no findings is the safe answer.
    return [];
  }
}

/**
 * Every harsh phrase in `text`, in order, with `rewrites: []`: what the content script asks for while
 * someone types (issue 12). Rewrites cost more than finding the phrases; they are asked for with
 * `rewritesAt` only when the card or the popup shows them. Never throws.
 */
export function detect(text: string, options?: AnalyzeOptions): Finding[] {
  try {
    return findFindings(text, options);
  } catch {
    return [];
  }
}

/** The findings `rewritesAt` last read, by start, kept for the next finding of the same text (a card asks for each). */
let lastRead: { text: string; options: string; byStart: Finding[] } | undefined;

/**
 * The rewrites `analyze` gives the finding of `text` that starts at `start` with rule `ruleId`, or []
 * when there is no such finding (the text changed, or the request is not Softer's). The finding is found
 * again (detection is cached per clause), and rewritten beside the findings that overlap its sentence,
 * as lib/rewrite's withRewrites does, so the words are the same as a full analyze's. Never throws.
 */
export function rewritesAt(
  text: string,
  options: AnalyzeOptions | undefined,
  start: number,
  ruleId: string,
): string[] {
  try {
    const key = JSON.stringify(options ?? {});
    if (lastRead?.text !== text || lastRead.options !== key) {
      const byStart = findFindings(text, options).sort((a, b) => a.start - b.start);
      lastRead = { text, options: key, byStart };
    }
    const { byStart } = lastRead;
    const finding = byStart.find((f) => f.start === start && f.ruleId === ruleId);
    return finding ? rewritesFor(text, finding, nearFindings(byStart, finding)) : [];
  } catch {
    return [];
  }
}

/** Forgets every cached clause and rewrite: the next analyze starts from scratch. */
export function clearAnalysisCache(): void {
  clearSweeps();
  clearRewriteCache();
  lastRead = undefined;
}
