import { expect } from 'vitest';
import { analyze } from '../../lib/index';
import { leaning } from '../../lib/rewrite/whole';
import type { Finding } from '../../lib/types';

/** The sentences of a text: each ends at its closing marks or a line break. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const m of text.matchAll(/[.?!…]+["”’)]*\s+|[.?!…]+["”’)]*$|\r?\n+/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > at) out.push({ start: at, end });
    at = end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

/**
 * Every sentence of `text` that holds no finding survives in `out`, in order (issue 12, part 4): only its
 * first letter may become a capital and a contempt emoji may go. A short sentence of one or two words
 * beside a rewritten one ("seriously.", "ok") may go with it, as a jab, and so may one that leans on it.
 */
export function expectOutsideKept(text: string, findings: readonly Finding[], out: string): void {
  if (out === text) return;
  let cursor = 0;
  const lower = out.toLowerCase().replace(/\s+/g, ' ');
  for (const s of sentences(text)) {
    const touched = findings.some((f) => f.sentence.start < s.end && s.start < f.sentence.end);
    if (touched) continue;
    const body = text
      .slice(s.start, s.end)
      .replace(/\s*(👏|🙄|🤡|🙃|😒|💅)\uFE0F?/gu, '')
      .trim();
    // Words are runs of letters or digits: zero-width spaces and control characters are not words.
    if ((body.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2) continue;
    // So may a short sentence that leans on a rewritten one and says nothing alone ("Those are the options.").
    if (leaning(body)) continue;
    // A sentence the analyzer flags once its neighbours are rewritten is rewritten too.
    if (analyze(body).length > 0) continue;
    const found = lower.indexOf(body.toLowerCase().replace(/\s+/g, ' '), cursor);
    expect(found, JSON.stringify({ text, out, kept: body })).toBeGreaterThanOrEqual(cursor);
    cursor = found + body.length;
  }
}
