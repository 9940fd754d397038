/** Message-level and per-category figures of any detector. Pure, and free of the shipped model. */
import { CATEGORIES, type Category, type Finding } from './types';

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const round = (x: number) => Math.round(x * 1000) / 1000;

export interface DetectionFigures {
  messages: { precision: number; recall: number; f1: number; total: number };
  categories: Record<Category, { precision: number; recall: number; expected: number }>;
}

export interface Detection {
  figures: DetectionFigures;
  misses: Array<{ text: string; expect: Category[]; got: Category[] }>;
  falseAlarms: Array<{ text: string; expect: Category[]; got: Finding[] }>;
}

/**
 * Message-level precision, recall and F1, and each category's, of any detector: the combined engine,
 * the rules alone or the model alone (npm run eval shows them side by side).
 */
export function detectionReport(
  rows: ReadonlyArray<{ text: string; expect: readonly Category[] }>,
  detect: (text: string, index: number) => Finding[],
): Detection {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCat = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Detection['misses'] = [];
  const falseAlarms: Detection['falseAlarms'] = [];
  rows.forEach((row, index) => {
    const findings = detect(row.text, index);
    const got = [...new Set(findings.map((f) => f.category))];
    const flagged = got.length > 0;
    const expected = row.expect.length > 0;
    if (flagged && expected) tp++;
    else if (flagged) {
      fp++;
      falseAlarms.push({ text: row.text, expect: [...row.expect], got: findings });
    } else if (expected) {
      fn++;
      misses.push({ text: row.text, expect: [...row.expect], got });
    }
    for (const c of CATEGORIES) {
      const e = row.expect.includes(c);
      const g = got.includes(c);
      if (e && g) perCat[c].tp++;
      else if (g) perCat[c].fp++;
      else if (e) perCat[c].fn++;
    }
    if (flagged && expected && row.expect.some((c) => !got.includes(c)))
      misses.push({ text: row.text, expect: [...row.expect], got });
  });
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
  ) as DetectionFigures['categories'];
  return {
    figures: {
      messages: { precision: round(precision), recall: round(recall), f1: round(f1), total: rows.length },
      categories,
    },
    misses,
    falseAlarms,
  };
}
