/**
 * npm run corpus:card
 * Prints the counts the data card (data/README.md) gives: lines per brief, category, kind and style tag.
 */
import { CATEGORIES } from '../lib/types';
import { readCorpus } from './train';

// The training lines: the corpus, the blind rounds and plain sets that joined (near duplicates skipped).
const entries = readCorpus().rows;
const count = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const table = (title: string, rows: Array<[string, number]>) =>
  [`| ${title} | lines |`, '|---|---|', ...rows.map(([k, n]) => `| ${k} | ${n} |`)].join('\n');
const clean = entries.filter((e) => e.expect.length === 0).length;
console.log(
  `${entries.length} lines, ${clean} clean (${((100 * clean) / entries.length).toFixed(1)}%), ${new Set(entries.map((e) => e.family)).size} families\n`,
);
const briefs = [...new Set(entries.map((e) => e.brief.replace(/^seed-.*/, 'seed')))];
console.log(
  [
    `| brief | lines | clean | ${CATEGORIES.join(' | ')} |`,
    `|---|---|---|${CATEGORIES.map(() => '---').join('|')}|`,
    ...briefs.map((b) => {
      const mine = entries.filter((e) => e.brief.replace(/^seed-.*/, 'seed') === b);
      return `| ${b} | ${mine.length} | ${mine.filter((e) => !e.expect.length).length} | ${CATEGORIES.map((c) => mine.filter((e) => e.expect.includes(c)).length).join(' | ')} |`;
    }),
    `| all | ${entries.length} | ${clean} | ${CATEGORIES.map((c) => entries.filter((e) => e.expect.includes(c)).length).join(' | ')} |`,
  ].join('\n'),
);
console.log(`\n${table('kind', count(entries.map((e) => e.kind)))}`);
console.log(`\n${table('style tag', count(entries.flatMap((e) => e.style)))}`);
