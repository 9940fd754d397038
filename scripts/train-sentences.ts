/**
 * npm run train:sentences: trains the sentence scorer (lib/model/sentences.ts) on every sentence of the
 * corpus the message scorer reads (scripts/train.ts, readCorpus), labelled by the corpus's spans. Chooses
 * the contempt head's thresholds by family-grouped cross-validation, on the corpus only, then fits every
 * sentence and writes lib/model/sentence.weights.json and lib/model/sentence.manifest.json.
 * Deterministic from the seed and the corpus; about a minute on 2 cores.
 */
import { writeFileSync } from 'node:fs';
import { decodeWeights, encodeWeights } from '../lib/model/codec';
import { fitExamples, type ModelSettings } from '../lib/model/fit';
import {
  buildSentenceExamples,
  fitSentenceWeights,
  onlySneer,
  SNEER_HEAD,
  sneerOf,
} from '../lib/model/sentences';
import { familyFolds } from '../lib/model/train';
import { readCorpus } from './train';

export const SENTENCE_SETTINGS: ModelSettings = {
  hashBits: 18,
  epochs: 25,
  learningRate: 0.05,
  l2: 0.001,
  seed: 20261204,
  minCount: 3,
  // 45 KB gzipped: one head, the zeros of the others, 15 levels. 12,000 buckets kept 24 KB but lost a
  // fifth of the recall at each precision; 31 levels cost 10 KB more for no clear gain (recall 0.515
  // against 0.482 at P 0.80, 0.309 against 0.332 at P 0.90).
  maxBuckets: 40_000,
  levels: 15,
};
const FOLDS = 5;
/** Out-of-fold precision each sensitivity's threshold must reach on contempt sentences. */
const PRECISION = { gentle: 0.95, balanced: 0.9, strict: 0.8 } as const;

function main() {
  const started = Date.now();
  const { rows, hash } = readCorpus();
  const examples = buildSentenceExamples(rows);
  const folds = familyFolds(
    rows.map((r) => r.family),
    FOLDS,
    SENTENCE_SETTINGS.seed,
  );
  const labels = examples.map((e) => e.labels[SNEER_HEAD] as number);
  const oof = new Array<number>(examples.length).fill(0);
  const neutral = {
    hashBits: SENTENCE_SETTINGS.hashBits,
    calibration: { a: 1, b: 0 },
    thresholds: { gentle: 0.5, balanced: 0.5, strict: 0.5 },
    categoryThreshold: 0.5,
  };
  for (let k = 0; k < FOLDS; k++) {
    const trained = fitExamples(
      examples.filter((e) => folds[e.message] !== k),
      SENTENCE_SETTINGS,
    );
    // Each fold packed as the shipped file is, so the figures include what quantising costs.
    const model = decodeWeights(
      encodeWeights(
        onlySneer(trained.weights),
        trained.bias,
        neutral,
        SENTENCE_SETTINGS.maxBuckets,
        SENTENCE_SETTINGS.levels,
      ),
    );
    examples.forEach((e, i) => {
      if (folds[e.message] !== k) return;
      oof[i] = sneerOf(model, e.features);
    });
    console.log(`fold ${k + 1}/${FOLDS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const positives = labels.filter((l) => l === 1).length;
  const at = (t: number) => {
    let tp = 0;
    let fp = 0;
    oof.forEach((p, i) => {
      if (p < t) return;
      if (labels[i]) tp++;
      else fp++;
    });
    return { threshold: t, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp / positives };
  };
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  /** The lowest threshold from which out-of-fold precision stays at or above `target`. */
  const lowest = (target: number) => {
    let t = 0.99;
    for (let i = grid.length - 1; i >= 0 && at(grid[i] as number).precision >= target; i--)
      t = grid[i] as number;
    return at(t);
  };
  const chosen = {
    gentle: lowest(PRECISION.gentle),
    balanced: lowest(PRECISION.balanced),
    strict: lowest(PRECISION.strict),
  };
  const thresholds = {
    gentle: chosen.gentle.threshold,
    balanced: chosen.balanced.threshold,
    strict: chosen.strict.threshold,
  };
  const weights = fitSentenceWeights(rows, SENTENCE_SETTINGS, thresholds);
  const text = JSON.stringify(weights);
  writeFileSync('lib/model/sentence.weights.json', `${text}\n`);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const manifest = {
    corpus: { sha256: hash, lines: rows.length },
    sentences: examples.length,
    contemptSentences: positives,
    settings: SENTENCE_SETTINGS,
    folds: FOLDS,
    labels:
      'a sentence (lib/text/sentences.ts units) is harsh, and of a category, when a corpus span of it overlaps it',
    features: 'lib/model/features.ts, text-only (no rule hits), each sentence read alone',
    targetPrecision: PRECISION,
    crossValidation: Object.fromEntries(
      Object.entries(chosen).map(([k, v]) => [
        k,
        { threshold: v.threshold, precision: round(v.precision), recall: round(v.recall) },
      ]),
    ),
    weightsBytes: text.length,
  };
  writeFileSync('lib/model/sentence.manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `${examples.length} sentences (${positives} contempt); out-of-fold, contempt head: ${Object.entries(
      chosen,
    )
      .map(([k, v]) => `${k} ${v.threshold} (P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)})`)
      .join(', ')}`,
  );
  console.log(
    `wrote lib/model/sentence.weights.json (${text.length} bytes) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

if (process.argv[1]?.endsWith('train-sentences.ts')) main();
