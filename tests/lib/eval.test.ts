import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../lib/detect';
import { evaluate, formatReport, parseCorpus } from '../../lib/eval';
import { detectionReport } from '../../lib/figures';
import manifest from '../../lib/model/manifest.json';
import { CATEGORIES } from '../../lib/types';
import { readCorpus } from '../../scripts/train';

describe('the shipped engine on its own training lines (a regression set, not evidence)', () => {
  it('reads them exactly as the trainer measured when it wrote the weights', () => {
    const { rows } = readCorpus();
    const figures = detectionReport(rows, (text) => findFindings(text)).figures;
    expect(figures).toEqual(manifest.trainingFit);
  }, 120_000);
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

describe('evaluate', () => {
  it('counts a hit, a miss and a false alarm at the message level and per category', () => {
    const report = evaluate([
      { text: 'you never listen to me', expect: ['absolute'] },
      { text: 'can you grab milk on the way home? x', expect: ['blame'] },
      { text: 'can you pick up the kids at 5?', expect: [] },
    ]);
    expect(report.figures.messages).toEqual({ precision: 1, recall: 0.5, f1: 0.667, total: 3 });
    expect(report.figures.categories.absolute).toEqual({ precision: 1, recall: 1, expected: 1 });
    expect(report.figures.categories.blame).toEqual({ precision: 1, recall: 0, expected: 1 });
    expect(report.misses.map((m) => m.text)).toEqual(['can you grab milk on the way home? x']);
    expect(report.falseAlarms).toEqual([]);
    expect(report.cleanMessages).toBe(1);
  });

  it('gives the false alarms as a share of the clean messages', () => {
    const report = evaluate([
      { text: 'you never listen to me', expect: [] },
      { text: 'can you pick up the kids at 5?', expect: [] },
    ]);
    expect(report.falseAlarms.map((f) => f.text)).toEqual(['you never listen to me']);
    expect(formatReport(report)).toContain('false alarms (1 of 2 clean messages, 50.0%)');
  });
});

// Each case starts a process that loads the engine: slow on a busy machine, so a generous bound.
describe('npm run eval', { timeout: 120_000 }, () => {
  const run = (...args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/eval.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });

  it('prints the rules, the model and both, side by side, as JSON with --json', () => {
    const figures = JSON.parse(run('data/corpus/seed/holdout.jsonl', '--json'));
    expect(Object.keys(figures.engines)).toEqual(['rules', 'model', 'combined']);
    for (const engine of Object.values(figures.engines) as Array<{ messages: object; categories: object }>) {
      expect(Object.keys(engine.messages)).toEqual(expect.arrayContaining(['precision', 'recall', 'f1']));
      expect(Object.keys(engine.categories).sort()).toEqual([...CATEGORIES].sort());
    }
  });

  it('prints the comparison table, then misses and false alarms with their text', () => {
    const out = run('data/corpus/seed/holdout.jsonl');
    expect(out).toMatch(/^engine +P +R +F1 +recall by category/);
    expect(out).toMatch(/\nrules +\d\.\d{3} +\d\.\d{3}/);
    expect(out).toMatch(/\nmodel +\d\.\d{3}/);
    expect(out).toMatch(/\ncombined +\d\.\d{3}/);
    expect(out).toContain('misses (');
    expect(out).toContain('false alarms (');
  });

  it('says what is wrong with a missing file and exits 2', () => {
    expect(() => run('no-such-file.jsonl')).toThrow(/Cannot read no-such-file.jsonl/);
  });
});
