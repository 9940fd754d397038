import { readFileSync } from 'node:fs';
import { findFindings } from '../lib/engine';
import { analyze, rewriteMessage } from '../lib/index';
import { build } from '../lib/rewrite/builders';
import { readSentence } from '../lib/rewrite/sentence';

const arg = process.argv[2]!;
const rows = arg.endsWith('.jsonl')
  ? readFileSync(arg, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((r: any) => r.expect.length)
  : [{ text: arg }];
for (const r of rows) {
  const f = analyze(r.text);
  console.log(`\n# ${r.text}`);
  for (const x of f) {
    console.log(
      `  [${x.category}/${x.ruleId}] ${JSON.stringify(r.text.slice(x.sentence.start, x.sentence.end))}`,
    );
    x.rewrites.forEach((w, i) => console.log(`     ${i + 1}. ${w}`));
    if (process.env.WHY) {
      const target = r.text.slice(x.sentence.start, x.sentence.end);
      for (const c of build({ ruleId: x.ruleId, category: x.category, sentence: readSentence(target, []) }))
        console.log(
          `     cand: ${c} => ${JSON.stringify(findFindings(c).map((y) => y.ruleId + ':' + y.text))}`,
        );
    }
  }
  console.log(`  => ${rewriteMessage(r.text, f)}`);
}
