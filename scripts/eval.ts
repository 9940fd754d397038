/**
 * npm run eval -- FILE.jsonl [--json]
 * Message-level precision/recall/F1, per-category precision/recall, and every miss and false alarm.
 */
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, parseCorpus } from '../lib/eval';

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
const report = evaluate(rows);
console.log(args.includes('--json') ? JSON.stringify(report.figures, null, 2) : formatReport(report));
