/**
 * Softer's labelled corpus (data/): the shape of a line, checked with zod, and what makes two lines
 * near duplicates. Pure: callers read the files.
 */
import * as z from 'zod/mini';
import { jsonLines } from './jsonl';
import { CATEGORIES } from './types';

export const KINDS = [
  'harsh',
  'praise',
  'tease',
  'third-party',
  'quote',
  'literal',
  'logistics',
  'apology',
  'i-statement',
  'therapy-warm',
  'question',
  'self',
  'other-clean',
] as const;

export const STYLE_TAGS = [
  'chat',
  'plain',
  'formal',
  'voice',
  'short',
  'medium',
  'long',
  'us',
  'uk',
  'au',
  'in',
  'ng',
  'l2',
  'teen',
  'young',
  'adult',
  'older',
  'typos',
  'emoji',
  'caps',
  'no-punct',
  'sms',
] as const;

/** One labelled message: the dev corpus's {text, expect} plus spans, family, kind, style and brief. */
export const CorpusEntry = z
  .object({
    text: z.string().check(z.minLength(1)),
    expect: z.array(z.enum(CATEGORIES)).check(z.maxLength(2)),
    /** The exact substring that carries each harsh clause, with its category. */
    spans: z.array(z.object({ text: z.string().check(z.minLength(1)), category: z.enum(CATEGORIES) })),
    /** A harsh line and its look-alikes share a family; cross-validation never splits one. */
    family: z.string().check(z.minLength(1)),
    kind: z.enum(KINDS),
    style: z.array(z.enum(STYLE_TAGS)),
    /** The writing brief the line was written from (data/README.md lists them). */
    brief: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine(
      (e) => e.spans.every((s) => e.text.includes(s.text)),
      'every span is an exact substring of text',
    ),
    z.refine(
      (e) =>
        e.expect.every((c) => e.spans.some((s) => s.category === c)) &&
        e.spans.every((s) => e.expect.includes(s.category)),
      'every category has a span and every span a listed category',
    ),
    z.refine(
      (e) => (e.kind === 'harsh') === e.expect.length > 0,
      'kind is "harsh" exactly when expect is not empty',
    ),
  );
export type CorpusEntry = z.infer<typeof CorpusEntry>;

/** Parses a JSON Lines corpus file; throws naming the first bad line. */
export function parseEntries(source: string, file = 'corpus'): CorpusEntry[] {
  return jsonLines(
    source,
    (line) => `${file}:${line} is not JSON`,
    (json, line) => {
      const parsed = CorpusEntry.safeParse(json);
      if (!parsed.success) throw new Error(`${file}:${line}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    },
  );
}

/**
 * Keys two near-duplicate lines share: the same words, or (for lines of six words or more) the same
 * words but one (one word changed, added or dropped). Only lines with the same labels count as
 * duplicates: a look-alike that differs by a word and flips the label is exactly what the corpus is for.
 */
export function nearDuplicateKeys(entry: { text: string; expect: readonly string[] }): string[] {
  const words = entry.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const label = [...entry.expect].sort().join(',');
  const keys = [`${label}|${words.join(' ')}`];
  if (words.length >= 6)
    for (let i = 0; i < words.length; i++)
      keys.push(`${label}|${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}`);
  return keys;
}

/** Indices of lines that near-duplicate an earlier line, each with the index of that earlier line. */
export function nearDuplicates(
  entries: ReadonlyArray<{ text: string; expect: readonly string[] }>,
): Array<[number, number]> {
  const first = new Map<string, number>();
  const out: Array<[number, number]> = [];
  entries.forEach((entry, i) => {
    const keys = nearDuplicateKeys(entry);
    const earlier = keys.map((k) => first.get(k)).find((j) => j !== undefined);
    if (earlier !== undefined) out.push([i, earlier]);
    else for (const k of keys) first.set(k, i);
  });
  return out;
}
