import { expect } from 'vitest';
import { spliceFor } from '../../lib/index';
import type { Finding } from '../../lib/types';

/**
 * Everything of `text` outside the ranges its findings replace survives in `out`, in order. Between two
 * neighbouring clauses rewritten as one, blank space and punctuation may be absorbed.
 */
export function expectOutsideKept(text: string, findings: readonly Finding[], out: string): void {
  const ranges = findings
    .map((f) => spliceFor(text, f, f.rewrites[0] ?? ''))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  let cursor = 0;
  const keep = (outside: string) => {
    if (!/[^\s\p{P}]/u.test(outside)) return;
    const found = out.indexOf(outside, cursor);
    expect(found, JSON.stringify({ text, out, outside })).toBeGreaterThanOrEqual(cursor);
    cursor = found + outside.length;
  };
  for (const r of ranges) {
    if (r.start > at) keep(text.slice(at, r.start));
    at = Math.max(at, r.end);
  }
  keep(text.slice(at));
}
