/**
 * Training the learned scorer: multi-label logistic regression over hashed features (one head for
 * "harsh", one per category), fitted with AdaGrad and L2, deterministic from a seed. Pure: the
 * trainer script reads the corpus and writes the weights; the reproducibility test calls the same code.
 */
import { HEAD_COUNT } from './codec';
import { hashFeature } from './features';

export interface Example {
  /** Hashed feature indices, deduplicated. */
  features: Uint32Array;
  /** HEAD_COUNT labels, 0 or 1: harsh, then each category. */
  labels: Uint8Array;
  /** Which corpus line it came from (clauses of one message share it). */
  message: number;
}

export interface TrainSettings {
  hashBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** mulberry32: a tiny seeded generator, so a shuffle is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export interface Trained {
  weights: Float32Array;
  bias: Float64Array;
}

/** Fits every head at once. Order of examples and of updates is fixed by the seed. */
export function trainLinear(examples: readonly Example[], settings: TrainSettings): Trained {
  const size = (1 << settings.hashBits) * HEAD_COUNT;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size);
  const bias = new Float64Array(HEAD_COUNT);
  const biasSquares = new Float64Array(HEAD_COUNT);
  const random = seededRandom(settings.seed);
  const { learningRate: lr, l2 } = settings;
  const z = new Float64Array(HEAD_COUNT);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const ex of shuffled(examples, random)) {
      z.set(bias);
      for (const f of ex.features) {
        const row = f * HEAD_COUNT;
        for (let h = 0; h < HEAD_COUNT; h++) z[h] = (z[h] as number) + (weights[row + h] as number);
      }
      for (let h = 0; h < HEAD_COUNT; h++) {
        const g = sigmoid(z[h] as number) - (ex.labels[h] as number);
        biasSquares[h] = (biasSquares[h] as number) + g * g;
        bias[h] = (bias[h] as number) - (lr * g) / Math.sqrt((biasSquares[h] as number) + 1e-8);
        for (const f of ex.features) {
          const i = f * HEAD_COUNT + h;
          const w = weights[i] as number;
          const grad = g + l2 * w;
          const s = (squares[i] as number) + grad * grad;
          squares[i] = s;
          weights[i] = w - (lr * grad) / Math.sqrt(s + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** Raw scores (logits) of every head for one example. */
export function logits(model: Trained, features: ArrayLike<number>): Float64Array {
  const z = Float64Array.from(model.bias);
  for (let k = 0; k < features.length; k++) {
    const row = (features[k] as number) * HEAD_COUNT;
    for (let h = 0; h < HEAD_COUNT; h++) z[h] = (z[h] as number) + (model.weights[row + h] as number);
  }
  return z;
}

/** Platt scaling: fits p = sigmoid(a·z + b) to held-out logits, by Newton-free gradient descent. */
export function fitPlatt(scores: readonly number[], labels: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const n = scores.length || 1;
  for (let step = 0; step < 2000; step++) {
    let ga = 0;
    let gb = 0;
    scores.forEach((s, i) => {
      const g = sigmoid(a * s + b) - (labels[i] as number);
      ga += g * s;
      gb += g;
    });
    a -= (0.5 * ga) / n;
    b -= (0.5 * gb) / n;
  }
  return { a: Math.round(a * 1e6) / 1e6, b: Math.round(b * 1e6) / 1e6 };
}

/** Drops features seen in fewer than `minCount` examples: they only memorise single lines. */
export function pruneRare(examples: readonly Example[], minCount: number): Example[] {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return examples.map((ex) => ({
    ...ex,
    features: ex.features.filter((f) => (counts.get(f) ?? 0) >= minCount),
  }));
}

/**
 * Five folds, whole families at a time (a line and its look-alikes never straddle a fold). Each
 * family's fold is a hash of the seed and its name, so adding or removing a family leaves every other
 * family in its fold: a dealt shuffle moved them all, and one line more moved the calibration.
 */
export function familyFolds(families: readonly string[], k: number, seed: number): number[] {
  return families.map((f) => hashFeature(`${seed}:${f}`) % k);
}
