import { describe, expect, it } from 'vitest';
import { oneCardEach } from '../../lib/cards';
import { analyze } from '../../lib/index';

describe('one card per harsh sentence and category', () => {
  it('lists two hits of one category in one sentence once, and keeps the rest in order', () => {
    const text = 'Your flight lands 9ish right? You always promise to call from the hotel and you never do.';
    const findings = analyze(text);
    expect(findings.map((f) => f.text)).toEqual(['You always promise', 'you never do']);
    expect(oneCardEach(findings).map((f) => f.text)).toEqual(['You always promise']);
  });

  it('keeps findings of other categories or other sentences', () => {
    const f = (category: 'absolute' | 'blame', start: number, end: number) => ({
      category,
      sentence: { start, end },
    });
    const all = [f('absolute', 0, 10), f('blame', 0, 10), f('absolute', 11, 20), f('absolute', 0, 10)];
    expect(oneCardEach(all)).toEqual([all[0], all[1], all[2]]);
  });
});
