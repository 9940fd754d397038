/**
 * npm run corpus:dedupe
 * Removes every corpus line that near-duplicates an earlier one (lib/corpus.ts nearDuplicates, in the
 * trainer's file order) and says which went. tests/lib/corpus.test.ts fails while any is left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nearDuplicates, parseEntries } from '../lib/corpus';
import { corpusFiles } from './train';

// Only data/corpus: a blind round stays exactly as it was measured (the trainer skips its duplicates).
const files = corpusFiles().filter((file) => file.startsWith('data/corpus/'));
const lines = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((raw, i) => ({
      file,
      raw,
      entry: parseEntries(raw, `${file}:${i + 1}`)[0] as { text: string; expect: string[] },
    })),
);
/** How recent a batch is: seed first, then b1, b2…; a newer batch never displaces an older line. */
const age = (file: string) => (/\/seed\//.test(file) ? 0 : Number(/\/b(\d+)\//.exec(file)?.[1] ?? 1e6));
const drop = new Set(
  nearDuplicates(lines.map((l) => l.entry)).map(([a, b]) => {
    const [i, j] = age(lines[a]?.file ?? '') >= age(lines[b]?.file ?? '') ? [a, b] : [b, a];
    console.log(
      `drop ${lines[i]?.file}: ${lines[i]?.entry.text}  (~ ${lines[j]?.file}: ${lines[j]?.entry.text})`,
    );
    return i;
  }),
);
for (const file of files) {
  const kept = lines.filter((l, i) => l.file === file && !drop.has(i)).map((l) => l.raw);
  writeFileSync(file, `${kept.join('\n')}\n`);
}
console.log(`${drop.size} near-duplicates removed, ${lines.length - drop.size} lines kept`);
