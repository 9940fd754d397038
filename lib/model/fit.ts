/**
 * The trainer's steps that the reproducibility test repeats: examples from the corpus, rare features
 * dropped, the linear model fitted, quantised and packed. Pure and deterministic from the settings.
 */
import type { CorpusEntry } from '../corpus';
import { encodeWeights, type WeightsFile } from './codec';
import { buildExamples } from './dataset';
import { type Example, pruneRare, type Trained, type TrainSettings, trainLinear } from './train';

export interface ModelSettings extends TrainSettings {
  /** A feature must occur in this many training messages to get a weight. */
  minCount: number;
  /** The shipped file keeps this many hashed buckets, those that weigh most. */
  maxBuckets: number;
  /** Quantisation levels per sign (codec.ts, encodeWeights); 127 when a manifest predates the setting. */
  levels?: number;
}

export function fitExamples(examples: readonly Example[], settings: ModelSettings): Trained {
  return trainLinear(pruneRare(examples, settings.minCount), settings);
}

/** Trains on every line and packs the weights with the calibration and thresholds cross-validation chose. */
export function fitWeights(
  rows: readonly CorpusEntry[],
  settings: ModelSettings,
  variant: 'stacked' | 'textOnly',
  chosen: Pick<WeightsFile, 'calibration' | 'thresholds' | 'categoryThreshold'>,
): WeightsFile {
  const examples = buildExamples(rows)[variant];
  const trained = fitExamples(examples, settings);
  return encodeWeights(
    trained.weights,
    trained.bias,
    { hashBits: settings.hashBits, ...chosen },
    settings.maxBuckets,
    settings.levels,
  );
}
