/** Scores the analyzer on a labelled corpus (../shared/corpus format). Pure: the caller reads the file. */
import { z } from 'zod/mini';
import { analyze } from './index';
import { CATEGORIES, type Category, type Finding } from './types';

const Row = z.object({ text: z.string(), expect: z.array(z.enum(CATEGORIES)) });
export type CorpusRow = z.infer<typeof Row>;

/** One JSON object per line; blank lines skipped. Throws with the line number on a bad line. */
export function parseCorpus(source: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1} is not JSON`);
    }
    const parsed = Row.safeParse(json);
    if (!parsed.success)
      throw new Error(`line ${i + 1} is not {text, expect[]}: ${parsed.error.issues[0]?.message}`);
    rows.push(parsed.data);
  });
  return rows;
}

export interface Figures {
  messages: { precision: number; recall: number; f1: number; total: number };
  categories: Record<Category, { precision: number; recall: number; expected: number }>;
}

export interface Report {
  figures: Figures;
  misses: Array<{ text: string; expect: Category[]; got: Category[] }>;
  falseAlarms: Array<{ text: string; expect: Category[]; got: Finding[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const round = (x: number) => Math.round(x * 1000) / 1000;

export function evaluate(rows: readonly CorpusRow[]): Report {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCat = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Report['misses'] = [];
  const falseAlarms: Report['falseAlarms'] = [];
  for (const row of rows) {
    const findings = analyze(row.text);
    const got = [...new Set(findings.map((f) => f.category))];
    const flagged = got.length > 0;
    const expected = row.expect.length > 0;
    if (flagged && expected) tp++;
    else if (flagged) {
      fp++;
      falseAlarms.push({ text: row.text, expect: row.expect, got: findings });
    } else if (expected) {
      fn++;
      misses.push({ text: row.text, expect: row.expect, got });
    }
    for (const c of CATEGORIES) {
      const e = row.expect.includes(c);
      const g = got.includes(c);
      if (e && g) perCat[c].tp++;
      else if (g) perCat[c].fp++;
      else if (e) perCat[c].fn++;
    }
    if (flagged && expected && row.expect.some((c) => !got.includes(c))) {
      misses.push({ text: row.text, expect: row.expect, got });
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const k = perCat[c];
      return [
        c,
        {
          precision: round(ratio(k.tp, k.tp + k.fp)),
          recall: round(ratio(k.tp, k.tp + k.fn)),
          expected: k.tp + k.fn,
        },
      ];
    }),
  ) as Figures['categories'];
  return {
    figures: {
      messages: { precision: round(precision), recall: round(recall), f1: round(f1), total: rows.length },
      categories,
    },
    misses,
    falseAlarms,
  };
}

export function formatReport(report: Report): string {
  const { messages, categories } = report.figures;
  const lines = [
    `messages: ${messages.total}  precision ${messages.precision.toFixed(3)}  recall ${messages.recall.toFixed(3)}  F1 ${messages.f1.toFixed(3)}`,
    '',
    'category     precision  recall  (expected)',
    ...CATEGORIES.map(
      (c) =>
        `${c.padEnd(12)} ${categories[c].precision.toFixed(3).padStart(9)}  ${categories[c].recall.toFixed(3).padStart(6)}  (${categories[c].expected})`,
    ),
    '',
    `misses (${report.misses.length}): expected a category that was not found`,
    ...report.misses.map((m) => `  - [${m.expect.join(',')}] got [${m.got.join(',')}]  ${m.text}`),
    '',
    `false alarms (${report.falseAlarms.length}): flagged a message that should be clean`,
    ...report.falseAlarms.map(
      (f) => `  - ${f.got.map((g) => `${g.category}:${g.ruleId} "${g.text}"`).join('; ')}  ${f.text}`,
    ),
  ];
  return lines.join('\n');
}
