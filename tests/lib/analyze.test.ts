import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRuleFindings } from '../../lib/engine';
import { analyze, CATEGORIES, rewriteMessage, rewritesFor } from '../../lib/index';
import thresholds from '../../lib/model/thresholds.json';
import type { Finding } from '../../lib/types';
import { expectOutsideKept } from './kept';

/** Every finding's offsets are valid, on UTF-16 code-point boundaries, and match its text. */
function expectValidOffsets(text: string) {
  for (const f of analyze(text)) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    // Never between the two halves of a surrogate pair.
    for (const at of [f.start, f.end]) {
      const high = text.charCodeAt(at - 1);
      const low = text.charCodeAt(at);
      expect(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff).toBe(false);
    }
    expect(f.sentence.start).toBeLessThanOrEqual(f.start);
    expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
  }
}

describe('analyze', () => {
  it('returns findings of the one shape, with the span an editor should underline', () => {
    const text = 'you never listen to me';
    const [finding, ...rest] = analyze(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'you-always-never',
      category: 'absolute',
      start: 0,
      end: 16,
      text: 'you never listen',
      message: 'Sweeping “always” or “never”',
      sentence: { start: 0, end: 22 },
    });
    expect(finding?.why).toMatch(/defensiveness/);
    expect(finding?.principle.title).toBe('Name one situation');
    expect(finding?.cues?.length).toBeGreaterThan(0);
    for (const cue of finding?.cues ?? []) expect(text).toContain(cue);
    expect(finding?.rewrites.length).toBeGreaterThan(0);
  });

  it('underlines the rule span inside its clause, and a rewrite replaces the clause with its comma', () => {
    const text = 'hope work is ok. you never listen to me, anyway dinner at 7?';
    const [finding, ...rest] = findRuleFindings(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'you-always-never',
      start: 17,
      end: 33,
      text: 'you never listen',
    });
    // The clause a rewrite replaces takes its comma along, so the rewrite can end with its own full stop.
    expect(text.slice(finding?.sentence.start, finding?.sentence.end)).toBe('you never listen to me, ');
  });

  it('reads text the way people type it', () => {
    for (const text of [
      'YOU NEVER LISTEN',
      'you neverrrr listen',
      'u nvr listen',
      'you never listen 🙄🙄',
      'you nevr listen!!!',
    ]) {
      expect(
        analyze(text).map((f) => f.category),
        text,
      ).toContain('absolute');
    }
    expect(analyze('ur so defensive').map((f) => f.category)).toEqual(['diagnosis']);
    expect(analyze('youre such a baby').map((f) => f.category)).toEqual(['contempt']);
  });

  it('the rules find the harsh clause buried in a long friendly message', () => {
    const text = `${'had a lovely lunch with mum, the weather was great and the kids loved the park. '.repeat(5)}you ruined the whole evening though. anyway love you x`;
    const findings = findRuleFindings(text);
    expect(findings.map((f) => [f.category, f.text])).toEqual([['blame', 'you ruined']]);
  });

  it('leaves alone praise, questions, literal uses, third parties, self-statements and quotes', () => {
    for (const text of [
      'you always make me laugh',
      'do you always take the bus?',
      'did you shut down the laptop?',
      'never mind',
      'my boss never listens',
      'I always overthink this',
      'my therapist said to stop saying "you always"',
      "it's not your fault",
      "you're so kind",
      'I feel stuck and I miss you. could we talk tonight?',
    ]) {
      expect(analyze(text), text).toEqual([]);
    }
  });

  it('drops switched-off categories and ignored phrases', () => {
    const text = "you never listen. if you don't come to therapy I'm leaving";
    const all = analyze(text);
    const categories = [...new Set(all.map((f) => f.category))];
    expect(categories).toContain('ultimatum');
    for (const category of categories) {
      const left = analyze(text, { disabledCategories: [category] }).map((f) => f.category);
      expect(left).not.toContain(category);
      expect(left).toEqual(all.map((f) => f.category).filter((c) => c !== category));
    }
    const first = all[0] as { text: string };
    const spaced = first.text.toUpperCase().replace(/ /g, '  ');
    expect(analyze(text, { ignoredPhrases: [spaced] }).map((f) => f.text)).not.toContain(first.text);
  });

  it('keeps only confident findings at gentle sensitivity, and more at strict', () => {
    const texts = [
      'we are eating at ten because you stayed out',
      "you're pathetic. you never listen",
      'fine. whatever you say',
      'you forgot the milk again',
      'honestly sometimes you are a bit much',
      'not this again',
    ];
    let gentle = 0;
    let strict = 0;
    for (const text of texts) {
      const g = analyze(text, { sensitivity: 'gentle' });
      const b = analyze(text);
      const s = analyze(text, { sensitivity: 'strict' });
      expect(g.length).toBeLessThanOrEqual(b.length);
      expect(b.length).toBeLessThanOrEqual(s.length);
      for (const f of g) expect(f.confidence).toBeGreaterThanOrEqual(thresholds.gentle);
      for (const f of b) expect(f.confidence).toBeGreaterThanOrEqual(thresholds.balanced);
      gentle += g.length;
      strict += s.length;
    }
    expect(strict).toBeGreaterThan(gentle);
  });
});

describe('analyze on bad input', () => {
  it('handles empty, blank and non-word text', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze('   \n\t ')).toEqual([]);
    expect(analyze('😂😂😂 !!! ???')).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
  });

  it('keeps offsets valid around control characters, lone surrogates, RTL text, zero-width joiners and HTML', () => {
    const samples = [
      'you\u0000 never\u0007 listen\u001b[31m',
      '\ud800you never listen\udfff',
      'مرحبا you never listen שלום',
      'you\u200d never\u200b listen 👩‍👩‍👧',
      '<script>alert(1)</script> you never listen <b>ok</b>',
      '\u202eyou never listen\u202c',
    ];
    for (const text of samples) expectValidOffsets(text);
    expect(analyze('<img src=x onerror=alert(1)> you never listen').map((f) => f.text)).toEqual([
      'you never listen',
    ]);
  });

  // The bound only catches a blow-up on a busy machine; how time grows with length is npm run bench's
  // per-character figure, which stays flat from 1 KB to 200 KB.
  it('handles 200,000 characters and adversarial repetition without blowing up', { timeout: 180_000 }, () => {
    const long = 'you never listen to me and it hurts. '.repeat(5400).slice(0, 200_000);
    const findings = analyze(long);
    expect(findings.length).toBeGreaterThan(5000);
    expectValidOffsets(long.slice(0, 5000));
    for (const text of [
      'you '.repeat(50_000),
      'never '.repeat(33_000),
      'you never '.repeat(20_000),
      'a'.repeat(200_000),
      "'".repeat(100_000),
      'Dr. '.repeat(50_000),
    ]) {
      expect(() => analyze(text)).not.toThrow();
    }
    // A title's full stop ends no sentence: a paste of titles is one long sentence, read in linear time.
    expect(rewriteMessage('Dr. '.repeat(50_000))).not.toBe('');
  });
});

describe('a finding in a long message', () => {
  // Past 8,000 characters a finding is rewritten from the sentences of its block (lib/rewrite/index.ts,
  // fromWindow), so a long paste costs linear time: the rewrite must be the one the same sentence gets
  // among the same neighbours in a short message, wherever it stands in the long one.
  const harsh = "You never help with the bins, and I'm exhausted.";
  const filler = 'I booked the table for eight on Saturday. ';
  const rewritesOf = (text: string) => {
    const findings = findRuleFindings(text, { sensitivity: 'strict' });
    const finding = findings.find((f) => text.slice(f.start, f.end).startsWith('You never help'));
    expect(finding).toBeDefined();
    return rewritesFor(text, finding as Finding, findings);
  };
  const short = rewritesOf(`${filler.repeat(3)}${harsh} ${filler.repeat(3)}`);

  it.each([
    ['in the middle', `${filler.repeat(200)}${harsh} ${filler.repeat(200)}`],
    ['at the start', `${harsh} ${filler.repeat(200)}`],
    ['at the end', `${filler.repeat(250)}${harsh}`],
  ])('is rewritten as in a short message, %s', (_, text) => {
    expect(text.length).toBeGreaterThan(8000);
    expect(rewritesOf(text)[0]).toBe(short[0]);
  });
});

describe('analyze on generated text (property test)', () => {
  const harsh = fc.constantFrom(
    'you never listen',
    "you're so defensive",
    "it's your fault",
    'grow up',
    "or I'm leaving",
    "I'm not talking about this",
    'therapy is our last resort',
  );
  const odd = fc.constantFrom(
    '🙄',
    '👩‍👩‍👧',
    '\u0301',
    '\ud800',
    '\udc00',
    '\u200d',
    '\u200b',
    '\u202e',
    'שלום',
    '\u0000',
    '\n',
    '"',
    "'",
    '  ',
    'é',
    'ﷺ',
  );
  const piece = fc.oneof(
    harsh,
    odd,
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const message = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));

  it('never throws and keeps every offset valid, over 10,000 generated messages', {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(message, (text) => {
        expectValidOffsets(text);
        for (const f of analyze(text)) expect(CATEGORIES).toContain(f.category);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  });

  // Rewriting every flagged message is the costly part (each candidate passes the gate), so fewer runs.
  it('rewrites keep the rest of the text, over 2,000 generated messages', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(message, (text) => {
        const findings = analyze(text);
        expectOutsideKept(text, findings, rewriteMessage(text, findings));
      }),
      { numRuns: 2_000, seed: 20261130 },
    );
  });
});
