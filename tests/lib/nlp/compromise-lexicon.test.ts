/**
 * The engine's compromise (lib/nlp/compromise-two.js) loads its tagger's words from a generated file
 * instead of computing them. These tests keep that file honest: it is what the installed compromise
 * computes, and the world it builds is compromise/two's, key for key.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../lib/engine';
import nlp, { bulkMatch, loadTaggerNet } from '../../../lib/nlp/compromise-two.js';
import { compileNet } from '../../../lib/nlp/net';
// compromise's own sweep, which lib/nlp/compromise-two.js's bulkMatch replaces: compromise neither
// exports nor types it, so it is read by path.
// @ts-expect-error no declaration file
import compromiseBulkMatch from '../../../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js';
import { LEXICON_FILE, lexiconSnapshot } from '../../../scripts/compromise-lexicon';

/**
 * Prints a compromise world (model, methods, compute, hooks) in key order. Run in its own process:
 * compromise keeps one world per process, so the two builds cannot be loaded side by side. Arrays are
 * compared by value (compromise reads its lexicon's tag lists, never changes them); other shared
 * objects by where they were first seen; functions by name and length of source, except buildNet.
 */
const DUMP = `
const nlp = (await import(process.argv[1])).default;
const seen = new Map();
function ser(x, path) {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return JSON.stringify(x) ?? String(x);
  // The two functions the engine replaces: buildNet, which loads the tagger's saved net (its own test),
  // and bulkMatch, which finds a sentence's hooks faster (its own test, below).
  if (typeof x === 'function' && path === 'w.methods.one.buildNet') return 'fn:buildNet';
  if (typeof x === 'function' && path === 'w.methods.one.bulkMatch') return 'fn:bulkMatch';
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

/** Tags each text (one per line on stdin) and prints every term's tags: what the tagger decided. */
const TAGS = `
const nlp = (await import(process.argv[1])).default;
const { readFileSync } = await import('node:fs');
const texts = readFileSync(0, 'utf8').split('\\n');
// Each term's text and tags (a term's id is random, so the whole json would differ every run).
const read = (t) => nlp(t).json().map((s) => s.terms.map((term) => [term.text, term.tags]));
process.stdout.write(JSON.stringify(texts.map(read)));
`;

function tags(module: string, texts: string[]): string {
  return execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', TAGS, module], {
    encoding: 'utf8',
    input: texts.join('\n'),
    maxBuffer: 64 * 1024 * 1024,
  });
}

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

  it("tags as compromise/two does, with the tagger's net loaded from its file", { timeout: 60_000 }, () => {
    const texts = readFileSync(new URL('../../../data/blind/round-1.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text.replace(/\n/g, ' '));
    const ours = tags(new URL('../../../lib/nlp/compromise-two.js', import.meta.url).href, texts);
    const theirs = tags('compromise/two', texts);
    expect(texts.length).toBeGreaterThan(200);
    expect(ours.length).toBeGreaterThan(100_000);
    expect(ours === theirs).toBe(true);
  });
});

describe("the engine's bulkMatch", () => {
  const texts = ['round-1', 'round-19']
    .flatMap((round) =>
      readFileSync(new URL(`../../../data/blind/${round}.jsonl`, import.meta.url), 'utf8').split('\n'),
    )
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
  /** Each match found, in the order found: which pattern, on which words. */
  const found = (results: Array<{ match: string; pointer: number[] }>) =>
    results.map((r) => `${r.match}@${r.pointer.join(',')}`);

  it("finds what compromise's sweep finds, in its order, with the rules' net and the tagger's", () => {
    const tagger = loadTaggerNet();
    if (!tagger) throw new Error("lib/nlp/tagger-net.json is not the installed compromise's");
    const nets = { rules: compileNet(PATTERNS), tagger };
    const matches: Record<string, number> = { rules: 0, tagger: 0 };
    for (const [name, net] of Object.entries(nets)) {
      for (const text of texts) {
        const doc = nlp(text) as unknown as { docs: unknown[]; methods: unknown };
        const ours = found(bulkMatch(doc.docs, net, doc.methods));
        const theirs = found(compromiseBulkMatch(doc.docs, net, doc.methods));
        expect({ name, text, found: ours }).toEqual({ name, text, found: theirs });
        matches[name] = (matches[name] ?? 0) + ours.length;
      }
    }
    expect(texts.length).toBeGreaterThan(400);
    // Both nets find plenty to compare: a few hundred rule hits, and the tagger's corrections.
    expect(matches.rules).toBeGreaterThan(100);
    expect(matches.tagger).toBeGreaterThan(300);
  });
});
