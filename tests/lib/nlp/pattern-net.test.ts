/**
 * The engine loads its compiled patterns from lib/nlp/pattern-net.json (npm run patterns:net). These
 * tests keep the file current and check that the net loaded from it is the one compromise compiles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../lib/engine';
import nlp, { loadTaggerNet, saveTaggerNet } from '../../../lib/nlp/compromise-two.js';
import { compileNet, type SavedNet, saveNet } from '../../../lib/nlp/net';
import { loadNet } from '../../../lib/nlp/saved-net.js';
import { NET_FILE, TAGGER_NET_FILE } from '../../../scripts/pattern-net';

/** A net in full, in key order: shared objects by where they were first seen, Sets and RegExps by value. */
function dump(net: unknown): string {
  const seen = new Map<object, string>();
  const ser = (x: unknown, path: string): string => {
    if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? String(x);
    const known = seen.get(x);
    if (known) return `ref:${known}`;
    seen.set(x, path);
    if (x instanceof RegExp) return `re:${x}`;
    if (x instanceof Set) return `set:[${[...x].map((v, i) => ser(v, `${path}<${i}>`)).join(',')}]`;
    if (Array.isArray(x)) return `[${x.map((v, i) => ser(v, `${path}[${i}]`)).join(',')}]`;
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .map((k) => `${JSON.stringify(k)}:${ser(o[k], `${path}.${k}`)}`)
      .join(',')}}`;
  };
  return ser(net, 'net');
}

const fileText = readFileSync(NET_FILE, 'utf8');

describe('saved pattern net', () => {
  it('is current: npm run patterns:net writes the same file', () => {
    expect(saveNet(PATTERNS) === fileText).toBe(true);
  });

  it('loads as the net compromise compiles from the same patterns', () => {
    const loaded = dump(compileNet(PATTERNS, JSON.parse(fileText) as SavedNet));
    const compiled = dump(nlp.buildNet(PATTERNS.map((p) => ({ ...p }))));
    expect(loaded.length).toBeGreaterThan(10_000);
    expect(loaded === compiled).toBe(true);
  });

  it('is not used for other patterns', () => {
    const changed = PATTERNS.map((p, i) => (i === 0 ? { ...p, match: `${p.match} now` } : p));
    const loaded = dump(compileNet(changed, JSON.parse(fileText) as SavedNet));
    expect(loaded === dump(nlp.buildNet(changed.map((p) => ({ ...p }))))).toBe(true);
  });
});

describe("compromise's tagger net, saved", () => {
  const world = nlp.world() as unknown as {
    model: { two: { matches: { match: string; tag?: string; reason?: string }[] } };
    methods: { one: { buildNet: (matches: object[], world: unknown) => unknown } };
  };
  const { matches } = world.model.two;
  const taggerText = readFileSync(TAGGER_NET_FILE, 'utf8');
  const same = (e: { match: string }, m: { match: string }) => e.match === m.match;

  it('is current: npm run patterns:net writes the same file', () => {
    expect(saveTaggerNet() === taggerText).toBe(true);
  });

  it("is what compromise's tagger gets on its first parse, and equals compromise's own compile", () => {
    nlp('A first parse: the tagger asks for its net.');
    expect(loadTaggerNet()).toBeDefined();
    const loaded = dump(loadTaggerNet());
    expect(dump(world.methods.one.buildNet(matches, world)) === loaded).toBe(true);
    const compiled = dump(
      world.methods.one.buildNet(
        matches.map((m) => ({ ...m })),
        world,
      ),
    );
    expect(matches.length).toBeGreaterThan(500);
    expect(loaded.length).toBeGreaterThan(100_000);
    expect(loaded === compiled).toBe(true);
    // compromise's compile would have parsed the world's matches in place; they stay as written.
    expect(matches.every((m) => !('regs' in m))).toBe(true);
  });

  it('is not loaded for other matches or another compromise', () => {
    const file = JSON.parse(taggerText);
    expect(loadNet(file, matches, nlp.version, same)).toBeDefined();
    const changed = matches.map((m, i) => (i === 7 ? { ...m, match: `${m.match} now` } : m));
    expect(loadNet(file, changed, nlp.version, same)).toBeUndefined();
    expect(loadNet(file, matches.slice(1), nlp.version, same)).toBeUndefined();
    expect(loadNet(file, matches, '0.0.1', same)).toBeUndefined();
  });
});
