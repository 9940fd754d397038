/**
 * The sentence scorer: the same linear model over Softer's own features as the message scorer, trained
 * on sentences instead of messages. A sentence is labelled by the spans the corpus marks in it, so "You
 * forgot the bins again." in a message that also says "Must be nice having a maid 🙄" is not contempt,
 * where the message scorer, trained on whole messages, learns every sentence of a harsh message as harsh
 * (read alone, its scores barely told kept jabs from kept facts: review rounds 2-40's kept sentences,
 * AUC 0.58).
 *
 * Its one use so far is the whole-message rewrite: a sentence of the writer's kept beside Softer's
 * rewrites that this scorer reads as contempt ("Which kind stupidity be this?", "Shall I bring you a juice
 * box?") is a jab with nothing to lose, and goes. Each sentence is read alone, as the whole rewrite meets
 * it, with the text-only features (the rules' hits are not part of it). Pure.
 */
import type { CorpusEntry } from '../corpus';
import { readWithRules } from '../engine';
import { units } from '../text/sentences';
import { CATEGORIES } from '../types';
import { encodeWeights, HEAD_COUNT, type Model, type WeightsFile } from './codec';
import { messageFeatureNames } from './dataset';
import { bucketsOf } from './features';
import { fitExamples, type ModelSettings } from './fit';
import { type Example, sigmoid } from './train';

/** The head the whole rewrite reads. */
export const SNEER_HEAD = 1 + CATEGORIES.indexOf('contempt');

/** A sentence worth reading: two letters in a row ("👍" and "??" are not). */
const WORTH_READING = /\p{L}{2}/u;

/** A sentence's features, read alone, without the rules' hits. */
export function sentenceFeatures(sentence: string): Uint32Array {
  return Uint32Array.from(bucketsOf(messageFeatureNames(readWithRules(sentence), false)));
}

/**
 * One example per sentence of every corpus line, labelled by the spans that overlap it: harsh and a
 * category for each span's. A harsh line whose spans cannot be found in its text says nothing about its
 * sentences and is left out (the corpus check keeps that from happening).
 */
export function buildSentenceExamples(rows: readonly CorpusEntry[]): Example[] {
  const examples: Example[] = [];
  rows.forEach((row, message) => {
    const spans = row.spans.flatMap((span) => {
      const start = row.text.indexOf(span.text);
      return start < 0 ? [] : [{ start, end: start + span.text.length, category: span.category }];
    });
    if (row.expect.length > 0 && spans.length === 0) return;
    for (const unit of units(row.text)) {
      const sentence = row.text.slice(unit.start, unit.end).trim();
      if (!WORTH_READING.test(sentence)) continue;
      const labels = new Uint8Array(HEAD_COUNT);
      for (const span of spans)
        if (span.start < unit.end && span.end > unit.start) {
          labels[0] = 1;
          labels[1 + CATEGORIES.indexOf(span.category)] = 1;
        }
      examples.push({ features: sentenceFeatures(sentence), labels, message });
    }
  });
  return examples;
}

/** The contempt head's probability for a sentence's features (cross-validation reads folds with it too). */
export function sneerOf(model: Model, features: ArrayLike<number>): number {
  let z = model.bias[SNEER_HEAD] as number;
  for (let i = 0; i < features.length; i++)
    z +=
      (model.rows[(features[i] as number) * HEAD_COUNT + SNEER_HEAD] as number) *
      (model.scale[SNEER_HEAD] as number);
  return sigmoid(z);
}

/** The probability that `sentence`, read alone, is contempt (0 for one with nothing to read). */
export function sneerScore(model: Model, sentence: string): number {
  return WORTH_READING.test(sentence) ? sneerOf(model, sentenceFeatures(sentence)) : 0;
}

/**
 * Trains on every sentence and packs the weights with the thresholds cross-validation chose: on the
 * contempt head, per sensitivity (the calibration is the identity; this scorer's thresholds are on its
 * raw contempt probability). The reproducibility test repeats exactly this.
 */
export function fitSentenceWeights(
  rows: readonly CorpusEntry[],
  settings: ModelSettings,
  thresholds: WeightsFile['thresholds'],
): WeightsFile {
  const trained = fitExamples(buildSentenceExamples(rows), settings);
  return encodeWeights(
    onlySneer(trained.weights),
    trained.bias,
    { hashBits: settings.hashBits, calibration: { a: 1, b: 0 }, thresholds, categoryThreshold: 0.5 },
    settings.maxBuckets,
    settings.levels,
  );
}

/**
 * The weights with every head but contempt's set to nothing: the file keeps only the buckets that weigh
 * on the head the whole rewrite reads, and the zeros of the rest cost next to nothing gzipped.
 */
export function onlySneer(weights: Float32Array): Float32Array {
  const out = new Float32Array(weights.length);
  for (let i = SNEER_HEAD; i < weights.length; i += HEAD_COUNT) out[i] = weights[i] as number;
  return out;
}
