/**
 * npm run check -- "message"   (or the message on stdin)
 * Prints each finding with its span marked in the text, its category, why, and rewrites.
 */
import { readFileSync } from 'node:fs';
import { analyze, CATEGORY_INFO, rewriteMessage } from '../lib/index';

const fromArgs = process.argv.slice(2).join(' ');
const text = fromArgs !== '' ? fromArgs : process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
if (text.trim() === '') {
  console.error('usage: npm run check -- "your message"   (or pipe the message on stdin)');
  process.exit(2);
}

const findings = analyze(text);
if (findings.length === 0) {
  console.log('Nothing harsh found. 💜');
  process.exit(0);
}
for (const f of findings) {
  const marked = `${text.slice(0, f.start)}⟦${f.text}⟧${text.slice(f.end)}`;
  console.log(`\n${marked.trim()}`);
  console.log(
    `  ${CATEGORY_INFO[f.category].label} (${f.category}, ${f.ruleId}, confidence ${f.confidence.toFixed(2)})`,
  );
  console.log(`  why: ${f.why}`);
  console.log(`  principle: ${f.principle.title}. ${f.principle.explanation}`);
  for (const r of f.rewrites) console.log(`  → ${r}`);
}
console.log(`\nThe whole message, rewritten:\n${rewriteMessage(text, findings)}`);
