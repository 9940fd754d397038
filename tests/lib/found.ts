import { findRuleFindings } from '../../lib/engine';
import { analyze, rewritesFor } from '../../lib/index';
import { placedFinding, withRewrites } from '../../lib/rewrite';
import type { Category, Finding } from '../../lib/types';

/**
 * The findings a rewrite test reads: the engine's, or, where the learned model lets the message pass,
 * the rules' own, with their rewrites. What these tests hold is the rewrite of a sentence of a given
 * shape, not whether the model flags it (the blind rounds and the model card measure that).
 */
export function findingsOf(text: string): Finding[] {
  const found = analyze(text);
  return found.length > 0 ? found : withRewrites(text, findRuleFindings(text, { sensitivity: 'strict' }));
}

/**
 * The rewrites of the message's finding in `category`, or, where the engine places none there, of one
 * placed as the model places its findings, from `start` to the end of the text. What a builder test holds
 * is the rewrite of a sentence of a given shape, not where the model puts its finding.
 */
export function rewritesIn(text: string, category: Category, start = 0): string[] {
  const found = analyze(text).find((f) => f.category === category && f.start >= start);
  if (found) return found.rewrites;
  return rewritesFor(text, placedFinding(text, category, start));
}
