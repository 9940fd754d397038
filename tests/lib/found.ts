import { findRuleFindings } from '../../lib/engine';
import { analyze } from '../../lib/index';
import { withRewrites } from '../../lib/rewrite';
import type { Finding } from '../../lib/types';

/**
 * The findings a rewrite test reads: the engine's, or, where the learned model lets the message pass,
 * the rules' own, with their rewrites. What these tests hold is the rewrite of a sentence of a given
 * shape, not whether the model flags it (the blind rounds and the model card measure that).
 */
export function findingsOf(text: string): Finding[] {
  const found = analyze(text);
  return found.length > 0 ? found : withRewrites(text, findRuleFindings(text, { sensitivity: 'strict' }));
}
