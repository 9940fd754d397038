import { findRuleFindings } from '../../lib/engine';
import { analyze, rewritesFor } from '../../lib/index';
import { placedFinding, rewriteMessage, withRewrites } from '../../lib/rewrite';
import type { Category, Finding } from '../../lib/types';

/**
 * The findings a rewrite test reads: the engine's; where the learned model lets the message pass at the
 * balanced setting, the engine's at the strict one (placed and named as the engine places them); else
 * the rules' own, with their rewrites. What these tests hold is the rewrite of a sentence of a given
 * shape, not whether the model flags it at a given threshold (the blind rounds and the model card
 * measure that; each retraining moves a few such sentences across it).
 */
export function findingsOf(text: string): Finding[] {
  const found = analyze(text);
  if (found.length > 0) return found;
  const strict = analyze(text, { sensitivity: 'strict' });
  return strict.length > 0 ? strict : withRewrites(text, findRuleFindings(text, { sensitivity: 'strict' }));
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

/** Every rewrite of every finding of `text`, one per line: what a test matches a wording against. */
export function allRewrites(text: string): string {
  return analyze(text)
    .flatMap((f) => f.rewrites)
    .join('\n');
}

/** The first rewrite of the first finding of `text`, or '' where nothing is found. */
export function firstRewrite(text: string): string {
  return analyze(text)[0]?.rewrites[0] ?? '';
}

/** The whole message rewritten, as the card offers it. */
export function wholeRewrite(text: string): string {
  return rewriteMessage(text, analyze(text));
}
