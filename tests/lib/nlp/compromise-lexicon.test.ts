/**
 * The engine's compromise (lib/nlp/compromise-two.js) loads its tagger's words from a generated file
 * instead of computing them. These tests keep that file honest: it is what the installed compromise
 * computes, and the world it builds is compromise/two's, key for key.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_FILE, lexiconSnapshot } from '../../../scripts/compromise-lexicon';

/**
 * Prints a compromise world (model, methods, compute, hooks) in key order. Run in its own process:
 * compromise keeps one world per process, so the two builds cannot be loaded side by side. Arrays are
 * compared by value (compromise reads its lexicon's tag lists, never changes them); other shared
 * objects by where they were first seen; functions by name and length of source.
 */
const DUMP = `
const nlp = (await import(process.argv[1])).default;
const seen = new Map();
function ser(x, path) {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return JSON.stringify(x) ?? String(x);
  if (typeof x === 'function') return 'fn:' + x.name + ':' + x.toString().length;
  if (!Array.isArray(x) && seen.has(x)) return 'ref:' + seen.get(x);
  seen.set(x, path);
  if (x instanceof RegExp) return 're:' + x;
  if (x instanceof Set) return 'set:[' + [...x].map((v, i) => ser(v, path + '<' + i + '>')).join(',') + ']';
  if (x instanceof Map) return 'map:[' + [...x].map(([k, v]) => ser(k, path) + '=>' + ser(v, path + '<' + k + '>')).join(',') + ']';
  if (Array.isArray(x)) return '[' + x.map((v, i) => ser(v, path + '[' + i + ']')).join(',') + ']';
  return '{' + Object.keys(x).map((k) => JSON.stringify(k) + ':' + ser(x[k], path + '.' + k)).join(',') + '}';
}
const w = nlp.world();
process.stdout.write(ser({ model: w.model, methods: w.methods, compute: w.compute, hooks: w.hooks }, 'w'));
`;

function dump(module: string): string {
  return execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', DUMP, module], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('compromise lexicon snapshot', () => {
  it('is what the installed compromise computes (npm run compromise:lexicon rewrites it)', () => {
    expect(lexiconSnapshot() === readFileSync(LEXICON_FILE, 'utf8')).toBe(true);
  });

  it("builds compromise/two's world exactly", { timeout: 60_000 }, () => {
    const ours = dump(new URL('../../../lib/nlp/compromise-two.js', import.meta.url).href);
    const theirs = dump('compromise/two');
    expect(ours.length).toBeGreaterThan(100_000);
    expect(ours === theirs).toBe(true);
  });
});
