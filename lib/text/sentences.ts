/**
 * A message's sentences as the whole-message rewrite joins them and the sentence scorer reads them: each
 * ends after its closing marks and the blank space after them, or at a line break. Pure.
 */
import { titleBefore } from './normalize';

export interface Unit {
  start: number;
  end: number;
}

/** Sentences of `text`: each ends after its closing marks and the blank space after them, or at a line break. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  const boundary = /[.?!…]+["”’)]*[ \t]+|[.?!…]+["”’)]*$|\r?\n+/gu;
  let at = 0;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    // "…on Dr. Patel": a title's full stop ends no sentence (as the detector reads it, normalize.ts).
    // Only the few letters before the stop are read: "Dr. Dr. Dr. …" pasted 50,000 times stays linear.
    const word = /\p{L}+$/u.exec(text.slice(Math.max(at, (m.index ?? 0) - 8), m.index ?? 0))?.[0] ?? '';
    if (titleBefore({ raw: word }, m[0], text.slice(end, end + 1))) continue;
    if (end > at) out.push({ start: at, end });
    at = end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}
