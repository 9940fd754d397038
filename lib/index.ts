/**
 * Softer's engine: pure functions, no document, window or browser API, so the same code runs in the
 * page, the popup, the tests and a terminal.
 */
import { findFindings } from './detect';
import { clearAnalysisCache as clearSweeps } from './engine';
import { clearRewriteCache, withRewrites } from './rewrite';
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

/** Forgets every cached clause and rewrite: the next analyze starts from scratch. */
export function clearAnalysisCache(): void {
  clearSweeps();
  clearRewriteCache();
}
