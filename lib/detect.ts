/**
 * One engine: the rules read the message, and the learned scorer weighs their hits with its own reading
 * of each clause (lib/model/decide.ts). `npm run eval` can also run the rules alone or the model alone.
 */
import { findRuleFindings, readWithRules } from './engine';
import type { Model } from './model/codec';
import { decideFindings } from './model/decide';
import { shippedModel } from './model/shipped';
import type { AnalyzeOptions, Finding } from './types';

/** Which engine decides: both (the product), or one of them alone for `npm run eval`'s comparison. */
export type Engine = 'combined' | 'rules' | { model: Model; withRules: boolean };

/** Every finding in `text`, sorted by position, without rewrites (lib/index.ts adds them). */
export function findFindings(
  text: string,
  options: AnalyzeOptions = {},
  engine: Engine = 'combined',
): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (engine === 'rules') return findRuleFindings(text, options);
  const model = engine === 'combined' ? shippedModel() : engine.model;
  const withRules = engine === 'combined' || engine.withRules;
  return decideFindings(text, readWithRules(text), model, withRules, options);
}
