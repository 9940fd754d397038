/**
 * npm run bench: how fast analyze is, next to a bare compromise parse of the same text, on a fixed
 * set of generated messages (~300 and ~5,000 characters). A benchmark, not a test: it prints figures.
 *
 *   fresh   each message analysed with empty caches (what a new message costs)
 *   typing  the message re-analysed after its last clause changed (what a keystroke costs)
 *   detect  the same, finding the harsh phrases only (no rewrites)
 *   asked   what the extension asks now (issue 12): while typing, the findings alone (detect, as the
 *           background's analyze answers); when the card opens on a message just analysed, the rewrites
 *           of one finding (rewritesAt), and of all the card shows
 *   bare    nlp(text) from compromise/two (as the engine loads it, lib/nlp/compromise-two.js), same text
 *   own     nlp(text) from the engine's compromise and from compromise/two as published, each in its own
 *           process (compromise keeps one world per process), same text: the engine's compromise finds
 *           each sentence's hooks faster, so its bare parse is quicker than the published one, and
 *           the ratios are also given to the published parse
 *   cold    a new Node process: import of the bundled engine (JSON bundled as the extension's build does),
 *           the first detect, and the first rewrites
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { findFindings } from '../lib/detect';
import { analyze, clearAnalysisCache, detect, rewritesAt } from '../lib/index';
// Not compromise/two itself: compromise keeps one world per process, and the engine's build is this one.
import nlp from '../lib/nlp/compromise-two.js';

/** A small seeded generator (mulberry32): the same messages on every run. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENTLE = [
  'had a long day at work and the train was packed again',
  'can you grab some milk on the way home',
  'the kids were asking about the weekend plans',
  'I booked the table for eight on saturday',
  'thanks for sorting the car insurance',
  'my mum called about christmas, she wants us there by noon',
  'I feel a bit stuck with the budget this month, can we sit down on sunday',
  'love you, drive safe',
];
const HARSH = [
  'you never listen when I talk about my day',
  "you're so defensive about everything",
  "it's your fault we missed the flight",
  'grow up',
  "if you don't come to the session I'm leaving",
  "I'm not talking about this again",
  'therapy is our last resort at this point',
  'every time I ask for help you disappear',
];

function message(rand: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const pool = rand() < 0.3 ? HARSH : GENTLE;
    const part = pool[Math.floor(rand() * pool.length)] as string;
    const end = ['. ', ', ', '! ', '\n'][Math.floor(rand() * 4)] as string;
    parts.push(part + end);
    size += part.length + end.length;
  }
  return parts.join('').slice(0, length);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] as number;
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  return { mean, median, p99 };
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) * 1000;
}

const us = (x: number) => `${x.toFixed(0).padStart(7)} µs`;

function run(label: string, messages: string[]) {
  // Warm-up: JIT and compromise's lazy structures.
  for (const m of messages.slice(0, 20)) {
    analyze(m);
    nlp(m);
  }
  const fresh: number[] = [];
  const typing: number[] = [];
  const detectFresh: number[] = [];
  const detectTyping: number[] = [];
  const bare: number[] = [];
  const askedTyping: number[] = [];
  const cardOne: number[] = [];
  const cardAll: number[] = [];
  for (const m of messages) {
    // As the extension asks now: detection while typing, then the card's rewrites on a message just analysed.
    clearAnalysisCache();
    detect(m);
    askedTyping.push(time(() => detect(`${m.slice(0, -12)}you never talk`)));
    const shown = detect(m);
    const [first] = shown;
    if (first) {
      cardOne.push(time(() => rewritesAt(m, undefined, first.start, first.ruleId)));
      clearAnalysisCache();
      detect(m);
      cardAll.push(time(() => shown.map((f) => rewritesAt(m, undefined, f.start, f.ruleId))));
    }
    const edited = `${m.slice(0, -12)}you never call`;
    clearAnalysisCache();
    detectFresh.push(time(() => findFindings(m)));
    detectTyping.push(time(() => findFindings(edited)));
    clearAnalysisCache();
    fresh.push(time(() => analyze(m)));
    typing.push(time(() => analyze(`${edited} `)));
    bare.push(time(() => nlp(m)));
  }
  const f = stats(fresh);
  const t = stats(typing);
  const df = stats(detectFresh);
  const dt = stats(detectTyping);
  const b = stats(bare);
  const at = stats(askedTyping);
  const c1 = stats(cardOne);
  const ca = stats(cardAll);
  console.log(
    `\n${label} (${messages.length} messages, ${Math.round(messages.reduce((a, m) => a + m.length, 0) / messages.length)} chars each)`,
  );
  console.log(`  detect fresh    mean ${us(df.mean)}  median ${us(df.median)}  p99 ${us(df.p99)}`);
  console.log(`  detect typing   mean ${us(dt.mean)}  median ${us(dt.median)}  p99 ${us(dt.p99)}`);
  console.log(`  analyze fresh   mean ${us(f.mean)}  median ${us(f.median)}  p99 ${us(f.p99)}`);
  console.log(`  analyze typing  mean ${us(t.mean)}  median ${us(t.median)}  p99 ${us(t.p99)}`);
  console.log(`  bare nlp(text)  mean ${us(b.mean)}  median ${us(b.median)}  p99 ${us(b.p99)}`);
  // Three processes of each, taken in turn, and the median of each: one pair is too noisy to compare.
  const oursRuns: number[] = [];
  const publishedRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    oursRuns.push(parseInOwnProcess(pathToFileURL(resolve('lib/nlp/compromise-two.js')).href, messages));
    publishedRuns.push(parseInOwnProcess('compromise/two', messages));
  }
  const ours = stats(oursRuns).median;
  const published = stats(publishedRuns).median;
  // The ratio to a parse by compromise/two as published: the bare parse above, slowed by the factor
  // between the two builds timed the same way in their own processes.
  const stock = b.mean * (published / ours);
  console.log(
    `  own processes (median of 3 each):  the engine's compromise ${us(ours)}, compromise/two as published ${us(published)} (${(published / ours).toFixed(2)}×)`,
  );
  const ratio = (x: number) => (x / b.mean).toFixed(2);
  console.log(
    `  ratio to bare (mean): detect fresh ${ratio(df.mean)}, typing ${ratio(dt.mean)}; analyze fresh ${ratio(f.mean)}, typing ${ratio(t.mean)}`,
  );
  console.log(
    `  ratio to a published compromise/two parse (mean): detect fresh ${(df.mean / stock).toFixed(2)}, typing ${(dt.mean / stock).toFixed(2)}; analyze fresh ${(f.mean / stock).toFixed(2)}`,
  );
  console.log(
    `  as the extension asks now (ratio to bare, mean): analyze while typing (findings only) ${ratio(at.mean)}; when the card opens, rewrites for one finding ${ratio(c1.mean)}, for all it shows ${ratio(ca.mean)} (${cardOne.length} messages with a finding)`,
  );
}

/**
 * Mean µs of a bare parse of each message by `module`'s nlp, in a fresh process, after one pass over all
 * of them to warm it up: the published compromise/two and the engine's build are timed the same way.
 */
function parseInOwnProcess(module: string, messages: string[]): number {
  const script = `
    const nlp = (await import(process.argv[1])).default;
    const { readFileSync } = await import('node:fs');
    const messages = JSON.parse(readFileSync(0, 'utf8'));
    for (const m of messages) nlp(m);
    let total = 0;
    for (const m of messages) {
      const t = performance.now();
      nlp(m);
      total += performance.now() - t;
    }
    console.log((total / messages.length) * 1000);`;
  const out = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script, module], {
    encoding: 'utf8',
    input: JSON.stringify(messages),
  });
  return Number(out.trim());
}

/**
 * JSON imports as the extension's build bundles them: Vite (json.stringify 'auto') turns a JSON file
 * of 10 kB or more into JSON.parse('…'), which V8 reads much faster than the same object as code.
 */
const jsonAsTheBuildDoes: Plugin = {
  name: 'json-as-vite',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))})`,
        loader: 'js',
      };
    });
  },
};

/** Milliseconds of each cold start: the import, the first detection, and the first rewrites after it. */
interface Cold {
  load: number;
  detect: number;
  rewrites: number;
}

async function coldStart(): Promise<Cold[]> {
  const dir = mkdtempSync(join(tmpdir(), 'softer-bench-'));
  const bundle = join(dir, 'engine.mjs');
  await build({
    entryPoints: [resolve('lib/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundle,
    minify: true,
    logLevel: 'error',
    plugins: [jsonAsTheBuildDoes],
  });
  const probe = join(dir, 'probe.mjs');
  // As the extension asks: the findings first, then the rewrites when the card opens.
  writeFileSync(
    probe,
    `const t0 = performance.now();
const { analyze, detect } = await import(${JSON.stringify(bundle)});
const t1 = performance.now();
detect('you never listen to me');
const t2 = performance.now();
analyze('you never listen to me');
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, detect: t2 - t1, rewrites: t3 - t2 }));`,
  );
  const runs: Cold[] = [];
  for (let i = 0; i < 7; i++)
    runs.push(JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as Cold);
  return runs;
}

const rand = random(20261125);
run(
  '~300-character messages',
  Array.from({ length: 400 }, () => message(rand, 300)),
);
run(
  '~5,000-character messages',
  Array.from({ length: 40 }, () => message(rand, 5000)),
);
// Time per character from 1 KB to 200 KB (a run-on paste): it should stay flat (linear total time).
console.log('\ntime per character, one message of each size (median of 3, empty caches):');
for (const size of [1_000, 10_000, 50_000, 200_000]) {
  const text = message(random(size), size);
  const runs = [0, 1, 2].map(() => {
    clearAnalysisCache();
    return time(() => analyze(text));
  });
  const median = [...runs].sort((a, b) => a - b)[1] as number;
  console.log(
    `  ${String(size).padStart(7)} chars: ${(median / size).toFixed(2)} µs/char (${(median / 1000).toFixed(1)} ms)`,
  );
}

// The same harsh sentence pasted over and over: every match in it asks the rules about the whole message,
// which must be read once, not once per match (a paste of "…Thanks so much." took 25 s at 200 KB before).
console.log('\ntime per character, one sentence repeated (median of 3, empty caches):');
for (const unit of [
  'You were three hours late. Thanks so much. ',
  'You left the gate open again. Well done. ',
  'never once have you asked me. ',
  "you're off out every single weekend. ",
]) {
  const cells = [50_000, 200_000].map((size) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const runs = [0, 1, 2].map(() => {
      clearAnalysisCache();
      return time(() => analyze(text));
    });
    return `${size / 1000} KB ${(([...runs].sort((a, b) => a - b)[1] as number) / size).toFixed(2)} µs/char`;
  });
  console.log(`  ${JSON.stringify(unit.trim()).padEnd(46)} ${cells.join(', ')}`);
}

const cold = await coldStart();
const median = (xs: number[]) => ([...xs].sort((a, b) => a - b)[3] as number).toFixed(1);
const totals = cold.map((c) => c.load + c.detect + c.rewrites).sort((a, b) => a - b);
console.log(
  `\ncold start (7 fresh Node processes, medians): import of the bundled engine ${median(cold.map((c) => c.load))} ms, first detect ${median(cold.map((c) => c.detect))} ms, first rewrites ${median(cold.map((c) => c.rewrites))} ms; import + first analyze ${median(totals)} ms (min ${totals[0]?.toFixed(1)}, max ${totals[6]?.toFixed(1)})`,
);
