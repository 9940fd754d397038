/**
 * Issue 12, part 3: variety that comes from the situation. Over the tuning corpus (data/corpus/seed,
 * b1, b2, b3; never b4–b6 or data/blind, kept apart for grading), every category's first rewrites come
 * from at least six frames, and no frame makes more than 15% of a category's first rewrites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteCandidates } from '../../lib/rewrite';
import { FRAMES } from '../../lib/rewrite/frames';
import { CATEGORIES } from '../../lib/types';

const TUNING = ['seed', 'b1', 'b2', 'b3'].map((batch) => join('data/corpus', batch));

function flaggedTexts(): string[] {
  return TUNING.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; expect: string[] })
      .filter((row) => row.expect.length > 0)
      .map((row) => row.text),
  );
}

describe('variety of first rewrites over the tuning corpus', () => {
  it('has at least six frames per category in the code', () => {
    for (const category of CATEGORIES) expect(FRAMES[category].length, category).toBeGreaterThanOrEqual(6);
  });

  it('uses at least six frames per category, none for more than 15% of its first rewrites', {
    timeout: 600_000,
  }, () => {
    const counts: Record<string, Record<string, number>> = {};
    for (const text of flaggedTexts()) {
      const findings = analyze(text);
      for (const f of findings) {
        const frame = rewriteCandidates(text, f, findings)[0]?.frame ?? 'none';
        counts[f.category] ??= {};
        const forCategory = counts[f.category] as Record<string, number>;
        forCategory[frame] = (forCategory[frame] ?? 0) + 1;
      }
    }
    for (const [category, frames] of Object.entries(counts)) {
      const total = Object.values(frames).reduce((a, b) => a + b, 0);
      const [top, most] = Object.entries(frames).sort((a, b) => b[1] - a[1])[0] as [string, number];
      expect(Object.keys(frames).length, category).toBeGreaterThanOrEqual(6);
      expect(most / total, `${top}: ${most} of ${total}`).toBeLessThanOrEqual(0.15);
    }
  });
});
