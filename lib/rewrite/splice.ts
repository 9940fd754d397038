/**
 * Where and what to insert for a rewrite. Kept apart from the rest of lib/rewrite/ (and free of
 * compromise) because the content script needs it in the page.
 */
import type { Finding } from '../types';

export interface Splice {
  start: number;
  end: number;
  insert: string;
}

/**
 * A clause that took its comma along ("you never ask me, you just decide") gets a space after the
 * rewrite; text outside [start, end) is never touched.
 */
export function spliceFor(text: string, finding: Pick<Finding, 'sentence'>, rewrite: string): Splice {
  const { start, end } = finding.sentence;
  const tail = /[,;:—–-]\s*$/.test(text.slice(start, end)) ? ' ' : '';
  return { start, end, insert: rewrite + tail };
}
