/**
 * npm run patterns
 * For every rule pattern and phrase: on how many harsh lines of the corpus and the blind rounds it finds
 * a category the line is labelled with (its true positives), and on how many of those no other pattern
 * finds that category (its own). Patterns with no true positive of their own are candidates to retire.
 */
import { readFileSync } from 'node:fs';
import { parseEntries } from '../lib/corpus';
import { tracePatterns } from '../lib/engine';
import { RULES } from '../lib/rules';
import { corpusFiles } from './train';

// The labelled files (a plain set joined to training is {text, expect} lines, all clean).
const files = [
  ...new Set([
    ...corpusFiles().filter((f) => !f.startsWith('data/plain/')),
    'data/blind/round-1.jsonl',
    'data/blind/round-2.jsonl',
  ]),
];
const rows = files.flatMap((f) => parseEntries(readFileSync(f, 'utf8'), f));
const category = new Map(RULES.map((r) => [r.id, r.category]));
const key = (h: { ruleId: string; kind: string; patternIndex: number }) =>
  `${h.ruleId}/${h.kind}/${h.patternIndex}`;
const truePositives = new Map<string, number>();
const own = new Map<string, number>();
let hitLines = 0;
for (const row of rows) {
  const hits = tracePatterns(row.text).filter((h) => row.expect.includes(category.get(h.ruleId) as never));
  if (hits.length) hitLines++;
  const keys = [...new Set(hits.map(key))];
  for (const k of keys) truePositives.set(k, (truePositives.get(k) ?? 0) + 1);
  for (const c of row.expect) {
    const forC = [...new Set(hits.filter((h) => category.get(h.ruleId) === c).map(key))];
    if (forC.length === 1) own.set(forC[0] as string, (own.get(forC[0] as string) ?? 0) + 1);
  }
}
const all = RULES.flatMap((r) => [
  ...(r.patterns ?? []).map((p, i) => ({ k: `${r.id}/pattern/${i}`, text: p.match })),
  ...(r.phrases ?? []).map((p, i) => ({ k: `${r.id}/phrase/${i}`, text: p })),
]);
const idle = all.filter((p) => !own.get(p.k));
console.log(
  `${rows.length} lines, ${hitLines} with a true-positive rule hit; ${all.length} patterns and phrases`,
);
console.log(
  `${all.filter((p) => !truePositives.get(p.k)).length} with no true positive at all; ${idle.length} with none of their own:`,
);
for (const p of idle)
  console.log(`  ${p.k.padEnd(28)} tp ${String(truePositives.get(p.k) ?? 0).padStart(3)}  ${p.text}`);
