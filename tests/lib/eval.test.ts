import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseCorpus } from '../../lib/eval';
import { CATEGORIES } from '../../lib/types';

const DEV = '../shared/corpus/dev.jsonl';

describe('the analyzer on the labelled dev corpus', () => {
  const report = evaluate(parseCorpus(readFileSync(DEV, 'utf8')));

  it('meets the message-level targets: precision >= 0.97, recall >= 0.92', () => {
    expect(report.figures.messages.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.figures.messages.recall).toBeGreaterThanOrEqual(0.92);
  });

  it.each(CATEGORIES)('finds %s with recall >= 0.85', (category) => {
    expect(report.figures.categories[category].recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the holdout sets the team wrote (never tuned line by line)', () => {
  // Written blind, first runs: holdout-3 P 1.000 R 0.757, holdout-4 P 1.000 R 0.257 (subtle forms),
  // holdout-5 P 0.947 R 0.514 (chat spelling, British idiom), holdout-6 P 0.962 R 0.676 (direct
  // forms, new words), holdout-7 P 0.875 R 0.467 (long messages, harsh clause buried),
  // holdout-8 P 0.765 R 0.406 (sarcasm, refusals, threats, with look-alikes), holdout-9 P 0.923 R 0.429
  // (short replies, labels without "you're"), holdout-10 P 0.750 R 0.333 (rhetorical questions, half clean),
  // holdout-11 P 0.846 R 0.478 (each harsh line beside its look-alike), holdout-12 P 0.786 R 0.478
  // ("we never…", "I'm always the one…", with look-alikes), holdout-13 P 0.846 R 0.500 (each with its look-alike),
  // holdout-14 P 0.643 R 0.500 (money, in-laws, phones; look-alikes that fooled it), holdout-15 P 0.800
  // R 0.444 (each harsh line with its look-alike).
  // hard-cases: look-alikes written after each fix to check it did not overreach.
  it.each([
    'tests/fixtures/holdout.jsonl',
    'tests/fixtures/holdout-3.jsonl',
    'tests/fixtures/holdout-4.jsonl',
    'tests/fixtures/holdout-5.jsonl',
    'tests/fixtures/holdout-6.jsonl',
    'tests/fixtures/holdout-7.jsonl',
    'tests/fixtures/holdout-8.jsonl',
    'tests/fixtures/holdout-9.jsonl',
    'tests/fixtures/holdout-10.jsonl',
    'tests/fixtures/holdout-11.jsonl',
    'tests/fixtures/holdout-12.jsonl',
    'tests/fixtures/holdout-13.jsonl',
    'tests/fixtures/holdout-14.jsonl',
    'tests/fixtures/holdout-15.jsonl',
    'tests/fixtures/hard-cases.jsonl',
  ])('%s meets the same message-level targets', (file) => {
    const report = evaluate(parseCorpus(readFileSync(file, 'utf8')));
    expect(report.figures.messages.precision).toBeGreaterThanOrEqual(0.97);
    expect(report.figures.messages.recall).toBeGreaterThanOrEqual(0.92);
  });
});

describe('parseCorpus', () => {
  it('reads one object per line and skips blank lines', () => {
    expect(parseCorpus('{"text":"a","expect":[]}\n\n{"text":"b","expect":["blame"]}\n')).toEqual([
      { text: 'a', expect: [] },
      { text: 'b', expect: ['blame'] },
    ]);
  });

  it('names the line that is not JSON or not of the corpus shape', () => {
    expect(() => parseCorpus('{"text":"a","expect":[]}\nnope')).toThrow('line 2 is not JSON');
    expect(() => parseCorpus('{"text":"a","expect":["rude"]}')).toThrow(/line 1 is not \{text, expect\[\]\}/);
  });
});

describe('npm run eval', () => {
  it('prints the figures as one JSON object with --json', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/eval.ts', 'tests/fixtures/holdout.jsonl', '--json'], {
      encoding: 'utf8',
    });
    const figures = JSON.parse(out);
    expect(Object.keys(figures.messages)).toEqual(expect.arrayContaining(['precision', 'recall', 'f1']));
    expect(Object.keys(figures.categories).sort()).toEqual([...CATEGORIES].sort());
  });

  it('prints misses and false alarms with their text in the plain report', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/eval.ts', 'tests/fixtures/holdout.jsonl'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/^messages: 80 {2}precision/);
    expect(out).toContain('misses (');
    expect(out).toContain('false alarms (');
  });

  it('says what is wrong with a missing file and exits 2', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/eval.ts', 'no-such-file.jsonl'], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/Cannot read no-such-file.jsonl/);
  });
});
