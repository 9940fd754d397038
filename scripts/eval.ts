/**
 * npm run eval -- FILE.jsonl [--json]
 * The rules alone, the model alone (text features only, lib/model/text-only.weights.json) and the
 * combined engine Softer ships, side by side: message-level precision/recall/F1 and each category's
 * recall; then, for the combined engine, every miss, false alarm and rewrite problem.
 */
import { readFileSync } from 'node:fs';
import { findFindings } from '../lib/detect';
import { evaluate, formatReport, parseCorpus } from '../lib/eval';
import { type DetectionFigures, detectionReport } from '../lib/figures';
import { decodeWeights } from '../lib/model/codec';
import { CATEGORIES } from '../lib/types';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl [--json]');
  process.exit(2);
}
let rows: ReturnType<typeof parseCorpus>;
try {
  rows = parseCorpus(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const textOnly = decodeWeights(
  JSON.parse(readFileSync(new URL('../lib/model/text-only.weights.json', import.meta.url), 'utf8')),
);
const report = evaluate(rows);
const engines: Record<string, DetectionFigures> = {
  rules: detectionReport(rows, (text) => findFindings(text, {}, 'rules')).figures,
  model: detectionReport(rows, (text) => findFindings(text, {}, { model: textOnly, withRules: false }))
    .figures,
  combined: report.figures,
};
if (args.includes('--json')) {
  console.log(JSON.stringify({ ...report.figures, engines }, null, 2));
} else {
  const cell = (x: number) => x.toFixed(3).padStart(9);
  console.log(
    `${'engine'.padEnd(10)}${['P', 'R', 'F1'].map((h) => h.padStart(9)).join('')}   recall by category`,
  );
  console.log(`${''.padEnd(37)}${CATEGORIES.map((c) => c.slice(0, 9).padStart(10)).join('')}`);
  for (const [name, f] of Object.entries(engines))
    console.log(
      `${name.padEnd(10)}${cell(f.messages.precision)}${cell(f.messages.recall)}${cell(f.messages.f1)}   ${CATEGORIES.map((c) => f.categories[c].recall.toFixed(3).padStart(10)).join('')}`,
    );
  console.log(`\ncombined engine, in detail:\n${formatReport(report)}`);
}
