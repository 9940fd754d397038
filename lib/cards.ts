/**
 * What the card, the indicator and the popup list: one entry per harsh sentence and category. Two hits of
 * one category in one sentence ("You always promise to call… and you never do") are two findings, both
 * underlined, but one suggestion: their rewrites rewrite the same sentence. Merging them in the engine was
 * tried and dropped (it changed graded rewrites: data/reviews); the engine's findings stay as they are.
 */
import type { Finding } from './types';

export function oneCardEach<T extends Pick<Finding, 'category' | 'sentence'>>(findings: readonly T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.category}:${f.sentence.start}:${f.sentence.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
