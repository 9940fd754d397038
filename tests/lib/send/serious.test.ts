import { describe, expect, it } from 'vitest';
import { CONFIDENT, DEFAULT_SERIOUS_LEVELS, isSerious, seriousFindings } from '../../../lib/send/serious';
import type { Category, Finding } from '../../../lib/types';

const finding = (category: Category, confidence: number, text = 'x'): Finding => ({
  ruleId: `rule-${category}`,
  category,
  start: 0,
  end: text.length,
  text,
  message: '',
  why: '',
  principle: { title: '', explanation: '' },
  confidence,
  sentence: { start: 0, end: text.length },
  rewrites: [],
});

describe('isSerious', () => {
  it('holds an ultimatum, contempt or crisis framing at any confidence', () => {
    for (const category of ['ultimatum', 'contempt', 'crisis'] as const)
      expect(isSerious(finding(category, 0.01), DEFAULT_SERIOUS_LEVELS)).toBe(true);
  });

  it('holds the other categories only at the gentle threshold or above', () => {
    for (const category of ['absolute', 'diagnosis', 'blame', 'stonewall'] as const) {
      expect(isSerious(finding(category, CONFIDENT - 0.01), DEFAULT_SERIOUS_LEVELS)).toBe(false);
      expect(isSerious(finding(category, CONFIDENT), DEFAULT_SERIOUS_LEVELS)).toBe(true);
    }
  });

  it('follows the person’s levels, "off" included', () => {
    const levels = { ...DEFAULT_SERIOUS_LEVELS, ultimatum: 'off' as const, blame: 'any' as const };
    expect(isSerious(finding('ultimatum', 1), levels)).toBe(false);
    expect(isSerious(finding('blame', 0.1), levels)).toBe(true);
  });

  it('keeps the serious findings in order', () => {
    const all = [
      finding('absolute', 0.5, 'a'),
      finding('contempt', 0.3, 'b'),
      finding('blame', CONFIDENT, 'c'),
    ];
    expect(seriousFindings(all, DEFAULT_SERIOUS_LEVELS).map((f) => f.text)).toEqual(['b', 'c']);
  });
});
