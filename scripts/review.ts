/**
 * npm run review -- FILE|DIR... [--out FILE.md] [--json FILE.jsonl] [--limit N] [--seed S]
 * npm run review -- --items data/reviews/round-N/sample.jsonl [--only 3,17,…] [--out FILE.md] [--json FILE.jsonl]
 * Writes each message Softer flags beside its first rewrites and its whole-message rewrite, in Markdown,
 * for people to read and grade (issue 12, part 5): grammar, faithfulness, and whether they would send
 * it. With --limit, N flagged messages are picked at random by the seed (the same seed, the same pick).
 * A short summary leads: frames per category, the largest frame share, gate rejections, and whole
 * rewrites that fail the gate. With --json, each item also as a line {item, text, first, whole}: what the
 * readers graded, kept beside their grades so a test can hold the engine to them. With --items, the
 * messages of a graded sample again, under their own numbers (--only: just those), to see what a change
 * did to them and grade what changed; a message the engine no longer flags is listed as such.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, rewriteMessage } from '../lib/index';
import { rewriteCandidates, wholeProblem } from '../lib/rewrite';
import { gateRejections, resetGateRejections } from '../lib/rewrite/gate';
import type { Finding } from '../lib/types';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const out = option('--out');
const json = option('--json');
const itemsFile = option('--items');
const only = option('--only')?.split(',').map(Number);
const limit = Number(option('--limit') ?? 0);
const seed = Number(option('--seed') ?? 1);
if (args.length === 0 && !itemsFile) {
  console.error('usage: npm run review -- FILE.jsonl|DIR ... [--out FILE.md] [--limit N] [--seed S]');
  process.exit(2);
}

const files = args.flatMap((path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path],
);
const texts = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String((JSON.parse(line) as { text: string }).text)),
);

/** mulberry32: a seeded shuffle, so a sample can be named by its seed. */
function random(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

resetGateRejections();
/** A graded sample's messages under their own numbers (--items), or every flagged message of the files. */
const given = itemsFile
  ? readFileSync(itemsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { item: number; text: string })
      .filter((x) => !only || only.includes(x.item))
  : undefined;
let flagged = given
  ? given.map(({ item, text }) => ({ item, text, findings: analyze(text) }))
  : texts
      .map((text, k) => ({ item: k + 1, text, findings: analyze(text) }))
      .filter((m) => m.findings.length > 0);
if (!given && limit > 0 && flagged.length > limit) {
  const rand = random(seed);
  const order = flagged.map((m) => ({ m, r: rand() })).sort((a, b) => a.r - b.r);
  flagged = order.slice(0, limit).map((x) => x.m);
}

const frames: Record<string, Record<string, number>> = {};
const wholeProblems: Record<string, number> = {};
const sections: string[] = [];
const items: string[] = [];
const quote = (s: string) =>
  s
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
flagged.forEach(({ item, text, findings }, n) => {
  // A sample drawn here is numbered 1…N; a given sample keeps its own numbers.
  const number = given ? item : n + 1;
  const lines = [`## ${number}`, '', quote(text), ''];
  if (findings.length === 0) lines.push('_Not flagged now._', '');
  for (const f of findings as Finding[]) {
    const candidates = rewriteCandidates(text, f, findings);
    const category = f.category;
    const frame = candidates[0]?.frame ?? `${category}/none`;
    frames[category] ??= {};
    (frames[category] as Record<string, number>)[frame] =
      ((frames[category] as Record<string, number>)[frame] ?? 0) + 1;
    lines.push(`- **${category}** (${f.ruleId}) “${text.slice(f.sentence.start, f.sentence.end)}”`);
    candidates.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${i === 0 ? '**' : ''}${c.text}${i === 0 ? '**' : ''} _(${c.frame})_`);
    });
  }
  const whole = rewriteMessage(text, findings);
  const first = findings[0] ? (rewriteCandidates(text, findings[0], findings)[0]?.text ?? '') : '';
  items.push(JSON.stringify({ item: number, text, first, whole }));
  const problem = wholeProblem(text, findings);
  if (problem) wholeProblems[problem] = (wholeProblems[problem] ?? 0) + 1;
  lines.push('', `Whole message${problem ? ` (gate: ${problem})` : ''}:`, '', quote(whole), '');
  sections.push(lines.join('\n'));
});

const summary = [
  '# Rewrite review',
  '',
  given
    ? `${flagged.length} messages of ${itemsFile}, under their own numbers.`
    : `${flagged.length} flagged messages from ${files.join(', ')}${limit > 0 ? ` (seed ${seed})` : ''}.`,
  '',
];
summary.push('| category | first rewrites | frames | largest frame share |', '|---|---|---|---|');
for (const [category, counts] of Object.entries(frames)) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const [top, most] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  summary.push(
    `| ${category} | ${total} | ${Object.keys(counts).length} | ${((100 * most) / total).toFixed(1)}% (${top}) |`,
  );
}
summary.push(
  '',
  `Gate rejections (candidates dropped): ${
    Object.entries(gateRejections)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ') || 'none'
  }.`,
  `Whole-message rewrites failing the gate: ${
    Object.entries(wholeProblems)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ') || 'none'
  }.`,
  '',
);
const report = `${summary.join('\n')}\n${sections.join('\n')}`;
if (json) writeFileSync(json, `${items.join('\n')}\n`);
if (out) {
  writeFileSync(out, report);
  console.log(`${flagged.length} flagged messages written to ${out}`);
  console.log(summary.slice(3).join('\n'));
} else console.log(report);
