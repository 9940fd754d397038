/**
 * Every rule's own examples (ESLint's RuleTester; Harper's test/allows lines): each `flag` example is
 * flagged by that rule at exactly the [[marked]] span, each `pass` example is not flagged by it.
 */
import { describe, expect, it } from 'vitest';
import { findRuleFindings } from '../../lib/engine';
import { RULES } from '../../lib/rules';
import { CATEGORIES } from '../../lib/types';

/** "[[you never listen]] to me" → the text without brackets, and each marked span. */
function parseExample(example: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  const parts = example.split(/(\[\[|\]\])/);
  let open = -1;
  for (const part of parts) {
    if (part === '[[') open = text.length;
    else if (part === ']]') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += part;
  }
  return { text, spans };
}

describe('rule catalogue', () => {
  it('has unique ids, a description, a known category, and at least three examples of each kind', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.message.length, rule.id).toBeGreaterThan(3);
      expect(CATEGORIES).toContain(rule.category);
      expect(rule.examples.flag.length, `${rule.id} flag examples`).toBeGreaterThanOrEqual(3);
      expect(rule.examples.pass.length, `${rule.id} pass examples`).toBeGreaterThanOrEqual(3);
      expect(
        rule.patterns?.length || rule.phrases?.length,
        `${rule.id} has patterns or phrases`,
      ).toBeTruthy();
      for (const example of rule.examples.flag) expect(example, rule.id).toMatch(/\[\[.+\]\]/);
    }
  });

  it('keeps one rule per file, named after its id', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('lib/rules')
      .filter((f) => !['index.ts', 'types.ts', 'grammar.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    for (const example of rule.examples.flag) {
      it(`flags: ${example}`, () => {
        const { text, spans } = parseExample(example);
        const mine = findRuleFindings(text, { sensitivity: 'strict' }, rule.id);
        expect(mine.map((f) => ({ start: f.start, end: f.end, text: f.text }))).toEqual(
          spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
        );
        for (const f of mine) expect(f.category).toBe(rule.category);
      });
    }
    for (const example of rule.examples.pass) {
      it(`passes: ${example}`, () => {
        const mine = findRuleFindings(example, { sensitivity: 'strict' }, rule.id);
        expect(mine).toEqual([]);
      });
    }
  });
}
