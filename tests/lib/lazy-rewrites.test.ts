/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { type FindingAt, RewriteStore } from '../../lib/dom/rewrites';
import { analyze, clearAnalysisCache, detect, rewritesAt } from '../../lib/index';
import { MAX_ANALYZE_CHARS, MAX_REWRITES_ASKED, RewritesRequest } from '../../lib/protocol';
import type { Finding } from '../../lib/types';

// Issue 12: typing asks for findings only; the card and the popup ask for the rewrites they show.
const MESSAGES = [
  'you never listen to me',
  "I'm not talking about this",
  'hope work is ok. you never listen to me, anyway dinner at 7?',
  "you're so defensive about everything. it's your fault we missed the flight!",
  "if you don't come to the session I'm leaving",
  "you're never happy with anything, you're impossible to please",
  'every time I ask for help you disappear\ngrow up',
  'therapy is our last resort at this point. you always do this and you never say sorry',
  'thanks for sorting the car insurance, love you',
];

describe('detect: the findings while typing', () => {
  it('finds what analyze finds, with no rewrites', () => {
    for (const text of MESSAGES) {
      const full = analyze(text);
      const found = detect(text);
      expect(found.map((f) => f.rewrites)).toEqual(found.map(() => []));
      expect(found).toEqual(full.map((f) => ({ ...f, rewrites: [] })));
    }
  });

  it('honours the options and never throws', () => {
    expect(detect('you never listen to me', { disabledCategories: ['absolute'] })).toEqual([]);
    expect(detect(undefined as unknown as string)).toEqual([]);
    expect(detect('')).toEqual([]);
  });
});

describe('rewritesAt: the rewrites of one finding, when shown', () => {
  it('gives each finding the rewrites a full analyze gives it, from a cold start or not', () => {
    for (const cold of [true, false]) {
      for (const text of MESSAGES) {
        const full = analyze(text);
        if (cold) clearAnalysisCache();
        for (const f of full)
          expect(rewritesAt(text, undefined, f.start, f.ruleId), text).toEqual(f.rewrites);
      }
    }
  });

  it('gives the same words in a long message with many findings, each beside its neighbours', () => {
    const pieces = [
      'you never listen when I talk about my day',
      "you're so defensive about everything",
      'had a long day at work and the train was packed again',
      "it's your fault we missed the flight",
      'grow up',
      "if you don't come to the session I'm leaving",
      'every time I ask for help you disappear',
      'can you grab some milk on the way home',
    ];
    const text = Array.from({ length: 40 }, (_, i) => pieces[(i * 5) % pieces.length]).join(', ');
    const full = analyze(text);
    expect(full.length).toBeGreaterThan(5);
    clearAnalysisCache();
    for (const f of full) expect(rewritesAt(text, undefined, f.start, f.ruleId)).toEqual(f.rewrites);
  });

  it('reads the options as analyze does', () => {
    const text = "you never listen to me. it's your fault we missed the flight!";
    const options = { disabledCategories: ['absolute' as const] };
    expect(analyze(text, options).map((f) => f.category)).toEqual(['blame']);
    for (const f of analyze(text, options))
      expect(rewritesAt(text, options, f.start, f.ruleId)).toEqual(f.rewrites);
  });

  it('answers nothing for a finding the text does not have', () => {
    const text = 'you never listen to me';
    const [f] = analyze(text) as [Finding];
    expect(rewritesAt(text, undefined, f.start + 1, f.ruleId)).toEqual([]);
    expect(rewritesAt(text, undefined, f.start, 'no-such-rule')).toEqual([]);
    expect(rewritesAt('you listen to me', undefined, f.start, f.ruleId)).toEqual([]);
    expect(rewritesAt(text, { disabledCategories: [f.category] }, f.start, f.ruleId)).toEqual([]);
    expect(rewritesAt(undefined as unknown as string, undefined, 0, 'x')).toEqual([]);
  });
});

describe('the rewritesFor request is checked on arrival', () => {
  it('accepts a well-formed one', () => {
    expect(
      RewritesRequest.safeParse({ text: 'you never listen', at: [{ ruleId: 'model', start: 0 }] }).success,
    ).toBe(true);
    expect(RewritesRequest.safeParse({ text: 'x', options: { sensitivity: 'strict' }, at: [] }).success).toBe(
      true,
    );
  });

  it('refuses malformed or oversized ones', () => {
    for (const bad of [
      undefined,
      { text: 'x' },
      { text: 'x', at: [{ ruleId: 'r', start: -1 }] },
      { text: 'x', at: [{ ruleId: 'r', start: 1.5 }] },
      { text: 'x', at: [{ ruleId: 'r'.repeat(101), start: 0 }] },
      { text: 'x', at: [{ start: 0 }] },
      { text: 'x', at: Array.from({ length: MAX_REWRITES_ASKED + 1 }, () => ({ ruleId: 'r', start: 0 })) },
      { text: 'x'.repeat(MAX_ANALYZE_CHARS + 1), at: [] },
      { text: 'x', options: { sensitivity: 'loud' }, at: [] },
    ]) {
      expect(RewritesRequest.safeParse(bad).success, JSON.stringify(bad)?.slice(0, 80)).toBe(false);
    }
  });
});

/** A fake background: the engine itself, answered when the test says so. */
function fakeBackground() {
  const pending: Array<() => void> = [];
  const ask = vi.fn(
    (text: string, at: FindingAt[]) =>
      new Promise<string[][]>((resolve) =>
        pending.push(() => resolve(at.map((f) => rewritesAt(text, undefined, f.start, f.ruleId)))),
      ),
  );
  const answerAll = async () => {
    for (const answer of pending.splice(0)) answer();
    await new Promise((done) => setTimeout(done, 0));
  };
  return { ask, answerAll };
}

describe('RewriteStore: the content script asks when the card shows them', () => {
  // Two findings, in two sentences.
  const TEXT = "you never listen to me. it's your fault we missed the flight!";

  it('asks once for all the findings shown, and keeps them for that text', async () => {
    const { ask, answerAll } = fakeBackground();
    const onChange = vi.fn();
    const store = new RewriteStore({ ask, onChange });
    const findings = detect(TEXT);
    expect(findings.length).toBeGreaterThan(1);
    expect(store.has(TEXT, findings)).toBe(false);
    const loading = store.load(TEXT, findings);
    void store.load(TEXT, findings);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(store.get(TEXT, findings[0] as Finding)).toBeUndefined();
    await answerAll();
    expect(await loading).toEqual(analyze(TEXT).map((f) => f.rewrites));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(store.has(TEXT, findings)).toBe(true);
    await store.load(TEXT, findings);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('never keeps an answer about a text that is no longer in the box', async () => {
    const { ask, answerAll } = fakeBackground();
    const onChange = vi.fn();
    const store = new RewriteStore({ ask, onChange });
    const old = 'you never listen to me';
    const oldLoad = store.load(old, detect(old));
    void store.load(TEXT, detect(TEXT));
    await answerAll();
    // Whoever asked still gets the answer about their text; the store keeps only the new text's.
    expect((await oldLoad)[0]?.length).toBeGreaterThan(0);
    expect(store.get(old, detect(old)[0] as Finding)).toBeUndefined();
    expect(store.has(TEXT, detect(TEXT))).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('answers no rewrites when the background does not answer, and asks in batches', async () => {
    const failing = new RewriteStore({ ask: () => Promise.reject(new Error('gone')), onChange: () => {} });
    expect(await failing.load(TEXT, detect(TEXT))).toEqual(detect(TEXT).map(() => []));
    const junk = new RewriteStore({
      ask: async () => [[1, 'Fine.', ''], 'x'] as unknown as string[][],
      onChange: () => {},
    });
    expect(await junk.load(TEXT, detect(TEXT).slice(0, 2))).toEqual([['Fine.'], []]);
    const { ask, answerAll } = fakeBackground();
    const batched = new RewriteStore({ ask, onChange: () => {}, batch: 1 });
    const loading = batched.load(TEXT, detect(TEXT));
    expect(ask).toHaveBeenCalledTimes(detect(TEXT).length);
    await answerAll();
    expect(await loading).toEqual(analyze(TEXT).map((f) => f.rewrites));
  });

  it('forgets everything when the settings change', async () => {
    const { ask, answerAll } = fakeBackground();
    const store = new RewriteStore({ ask, onChange: () => {} });
    void store.load(TEXT, detect(TEXT));
    await answerAll();
    store.clear();
    expect(store.has(TEXT, detect(TEXT))).toBe(false);
    void store.load(TEXT, detect(TEXT));
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
