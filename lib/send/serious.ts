/**
 * Which findings are serious enough to hold a send (issue 14). Pure: no document, no browser API.
 *
 * A send is held only for a finding a person would most regret sending. The judgement, per category:
 * - ultimatum, contempt, crisis: at any confidence. A threat to leave, mockery or name-calling, and
 *   help framed as a last resort are the messages that do the most lasting damage (the article's
 *   "a boundary, not an ultimatum" and "respect keeps them listening"), and the most likely to be
 *   sent in a flooded moment. A false pause costs one click; a sent ultimatum cannot be unsent.
 * - absolute, diagnosis, blame, stonewall: only when the engine is confident, at or above the
 *   threshold of its "gentle" sensitivity (lib/model/thresholds.json). These are common and often mild ("you never text
 *   back lol"): pausing each would turn a pause into a nag, and nags stop being read.
 * The options page can change each category to "any", "confident" or "off".
 */
import thresholds from '../model/thresholds.json';
import { CATEGORIES, type Category, type Finding } from '../types';

export type SeriousLevel = 'any' | 'confident' | 'off';
export const SERIOUS_LEVELS: readonly SeriousLevel[] = ['any', 'confident', 'off'];

/**
 * The engine's "gentle" threshold: the calibrated confidence above which a finding is shown even to
 * someone who asked for only the clearest cases. Chosen by the trainer's cross-validation (out-of-fold
 * precision ≥ 0.98) and written beside the weights, so this file never carries the weights themselves.
 */
export const CONFIDENT: number = thresholds.gentle;

export const DEFAULT_SERIOUS_LEVELS: Readonly<Record<Category, SeriousLevel>> = {
  absolute: 'confident',
  diagnosis: 'confident',
  blame: 'confident',
  contempt: 'any',
  ultimatum: 'any',
  stonewall: 'confident',
  crisis: 'any',
};

/** Whether this one finding holds a send under these levels. */
export function isSerious(finding: Finding, levels: Readonly<Record<Category, SeriousLevel>>): boolean {
  const level = levels[finding.category] ?? DEFAULT_SERIOUS_LEVELS[finding.category];
  if (level === 'any') return true;
  if (level === 'confident') return finding.confidence >= CONFIDENT;
  return false;
}

/** The serious findings among `findings`, in order. */
export function seriousFindings(
  findings: readonly Finding[],
  levels: Readonly<Record<Category, SeriousLevel>>,
): Finding[] {
  return findings.filter((finding) => isSerious(finding, levels));
}

/** Levels for every category: the defaults with the person's choices over them. */
export function completeLevels(
  partial: Partial<Record<Category, SeriousLevel>>,
): Record<Category, SeriousLevel> {
  const levels = { ...DEFAULT_SERIOUS_LEVELS };
  for (const category of CATEGORIES) {
    const level = partial[category];
    if (level) levels[category] = level;
  }
  return levels;
}
