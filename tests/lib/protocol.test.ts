import { describe, expect, it } from 'vitest';
import { AnalyzeRequest, ApplyRequest, MAX_ANALYZE_CHARS, SiteState } from '../../lib/protocol';

describe('message payloads are checked on arrival', () => {
  it('accepts a well-formed analyze request, with or without options', () => {
    expect(AnalyzeRequest.safeParse({ text: 'you never listen' }).success).toBe(true);
    expect(
      AnalyzeRequest.safeParse({
        text: 'x',
        options: { sensitivity: 'gentle', disabledCategories: ['blame'] },
      }).success,
    ).toBe(true);
  });

  it('refuses malformed, oversized or unknown-valued analyze requests', () => {
    for (const bad of [
      undefined,
      null,
      'you never listen',
      { text: 42 },
      { text: 'x'.repeat(MAX_ANALYZE_CHARS + 1) },
      { text: 'x', options: { sensitivity: 'loud' } },
      { text: 'x', options: { disabledCategories: ['rudeness'] } },
      { text: 'x', options: { ignoredPhrases: Array.from({ length: 501 }, () => 'p') } },
    ]) {
      expect(AnalyzeRequest.safeParse(bad).success, JSON.stringify(bad)?.slice(0, 80)).toBe(false);
    }
  });

  it('refuses malformed apply requests', () => {
    expect(
      ApplyRequest.safeParse({ ruleId: 'you-always-never', start: 17, rewrite: 'I feel lonely.' }).success,
    ).toBe(true);
    for (const bad of [
      {},
      { ruleId: 'r', start: -1, rewrite: 'x' },
      { ruleId: 'r', start: 1.5, rewrite: 'x' },
      { ruleId: 'r', start: 0, rewrite: '' },
      { ruleId: 'r', start: 0, rewrite: 'x'.repeat(2001) },
    ]) {
      expect(ApplyRequest.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });
});

describe('site state reports', () => {
  it('accepts on or off and nothing else', () => {
    expect(SiteState.safeParse({ enabled: true }).success).toBe(true);
    expect(SiteState.safeParse({ enabled: false }).success).toBe(true);
    for (const bad of [undefined, null, {}, { enabled: 'yes' }, { enabled: 1 }, 'on'])
      expect(SiteState.safeParse(bad).success, String(bad)).toBe(false);
  });
});
