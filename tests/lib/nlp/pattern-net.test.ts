/**
 * The engine loads its compiled patterns from lib/nlp/pattern-net.json (npm run patterns:net). These
 * tests keep the file current and check that the net loaded from it is the one compromise compiles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../lib/engine';
import nlp from '../../../lib/nlp/compromise-two.js';
import { compileNet, type SavedNet, saveNet } from '../../../lib/nlp/net';
import { NET_FILE } from '../../../scripts/pattern-net';

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
