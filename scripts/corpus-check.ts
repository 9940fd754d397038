/**
 * npm run corpus:check -- FILE... [--simple]
 * Checks a writer's part files before they join the corpus, a blind round or a review round: each line
 * is the corpus shape (lib/corpus.ts CorpusEntry), or with --simple just {text, expect} (review rounds
 * and plain sets), and no line near-duplicates another across the files. Prints the counts a brief
 * asks for; exits 1 on any problem, naming its file and line.
 */
import { readFileSync } from 'node:fs';
import { CorpusEntry, nearDuplicateKeys } from '../lib/corpus';
import { CATEGORIES, type Category } from '../lib/types';

const args = process.argv.slice(2);
const simple = args.includes('--simple');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run corpus:check -- FILE... [--simple]');
  process.exit(2);
}
let problems = 0;
let lines = 0;
let clean = 0;
const perCategory: Record<string, number> = {};
const seen = new Map<string, string>();
/** The problem with one line, or undefined; counts the line as it goes. */
function check(raw: string, where: string): string | undefined {
  let json: { text?: unknown; expect?: unknown };
  try {
    json = JSON.parse(raw);
  } catch {
    return 'not JSON';
  }
  lines++;
  const expect = Array.isArray(json.expect) ? (json.expect as string[]) : undefined;
  if (simple) {
    const ok =
      typeof json.text === 'string' &&
      json.text.trim() !== '' &&
      expect !== undefined &&
      expect.length <= 2 &&
      expect.every((c) => CATEGORIES.includes(c as Category));
    if (!ok) return `needs {"text": not empty, "expect": 0 to 2 of ${CATEGORIES.join(', ')}}`;
  } else {
    const parsed = CorpusEntry.safeParse(json);
    if (!parsed.success) return parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ');
  }
  const entry = { text: json.text as string, expect: expect ?? [] };
  if (entry.expect.length === 0) clean++;
  for (const c of entry.expect) perCategory[c] = (perCategory[c] ?? 0) + 1;
  for (const key of nearDuplicateKeys(entry)) {
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== where) return `near duplicate of ${earlier}`;
    seen.set(key, where);
  }
  return undefined;
}

for (const file of files) {
  for (const [i, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (raw.trim() === '') continue;
    const where = `${file}:${i + 1}`;
    const problem = check(raw, where);
    if (problem === undefined) continue;
    console.log(`${where}: ${problem}`);
    problems++;
  }
}
const share = lines > 0 ? Math.round((100 * clean) / lines) : 0;
console.log(
  `${lines} lines, ${clean} clean (${share}%), per category ${JSON.stringify(perCategory)}; ${problems} problem(s)`,
);
process.exit(problems > 0 ? 1 : 0);
