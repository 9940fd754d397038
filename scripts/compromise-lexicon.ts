/**
 * npm run compromise:lexicon: writes lib/nlp/compromise-lexicon.json, the words compromise/two's tagger
 * computes when it loads (its packed word lists unpacked, then every verb conjugated, every noun
 * pluralised, every adjective compared), so the engine loads them instead of computing them on each
 * start (lib/nlp/compromise-two.js). Read from the installed compromise, so the file is only as old as
 * `npm install`: tests/lib/nlp/compromise-lexicon.test.ts regenerates it and fails if it differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise/one';
// The module that builds those words: compromise neither exports nor types it, so it is read by path.
// @ts-expect-error no declaration file
import model from '../node_modules/compromise/src/2-two/preTagger/model/index.js';

export const LEXICON_FILE = fileURLToPath(new URL('../lib/nlp/compromise-lexicon.json', import.meta.url));

/** Keys compromise's plugin merge skips (src/API/extend.js): left out, as the merge would. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** Words in order, joined by newlines, and each word's value as one character indexing `values`. */
function pack(words: Record<string, unknown>, values: unknown[]): { words: string; values: string } {
  const index = new Map(values.map((v, i) => [JSON.stringify(v), i]));
  const keys = Object.keys(words).filter((k) => !UNSAFE.has(k));
  const codes = keys.map((k) => {
    const key = JSON.stringify(words[k]);
    let i = index.get(key);
    if (i === undefined) {
      i = values.length;
      values.push(words[k]);
      index.set(key, i);
    }
    return String.fromCharCode(48 + i);
  });
  if (keys.some((k) => k.includes('\n'))) throw new Error('A compromise word holds a newline.');
  return { words: keys.join('\n'), values: codes.join('') };
}

/** The file's text: what compromise/two's tagger model adds to compromise's lexicon, in its order. */
export function lexiconSnapshot(): string {
  const m = model as unknown as {
    one: { lexicon: Record<string, unknown>; _multiCache: Record<string, unknown> };
    two: { switches: Record<string, unknown>; uncountable: Record<string, unknown> };
  };
  const values: unknown[] = [];
  const lexicon = pack(m.one.lexicon, values);
  const switches = pack(m.two.switches, values);
  const uncountable = pack(m.two.uncountable, values);
  return `${JSON.stringify({
    compromise: nlp.version,
    values,
    lexicon,
    multiCache: m.one._multiCache,
    switches,
    uncountable,
  })}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LEXICON_FILE, lexiconSnapshot());
  console.log(`wrote ${LEXICON_FILE}`);
}
