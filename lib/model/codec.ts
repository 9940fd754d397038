/**
 * The learned scorer's weights on disk: a linear model over hashed features, one row of eight heads
 * (harsh, then each category) per bucket, quantised to int8 with one scale per head, with the empty
 * buckets left out. Validated on the way in: weights that fail stop the build and the tests with a
 * message that says what is wrong.
 */
import * as z from 'zod/mini';
import { CATEGORIES } from '../types';

export const HEADS = ['harsh', ...CATEGORIES] as const;
export const HEAD_COUNT = HEADS.length;

const Thresholds = z.object({
  gentle: z.number().check(z.gte(0), z.lte(1)),
  balanced: z.number().check(z.gte(0), z.lte(1)),
  strict: z.number().check(z.gte(0), z.lte(1)),
});

export const WeightsFile = z.object({
  format: z.literal(1),
  hashBits: z.number().check(z.int(), z.gte(8), z.lte(24)),
  heads: z.array(z.string()),
  bias: z.array(z.number()),
  scale: z.array(z.number().check(z.gt(0))),
  /** Bucket indices, delta-coded as unsigned LEB128 varints, base64. */
  buckets: z.string(),
  /** HEAD_COUNT int8 values per bucket, in bucket order, base64. */
  values: z.string(),
  /** Platt calibration of the harsh head: p = sigmoid(a * z + b). */
  calibration: z.object({ a: z.number(), b: z.number() }),
  /** Message-level thresholds on the calibrated harsh probability, per sensitivity. */
  thresholds: Thresholds,
  /** A category head at or above this names the clause's category (the strongest always does). */
  categoryThreshold: z.number().check(z.gte(0), z.lte(1)),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

/** Decoded weights: dense int8 rows, so scoring is one multiply-add per feature and head. */
export interface Model {
  hashBits: number;
  rows: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
  calibration: { a: number; b: number };
  thresholds: z.infer<typeof Thresholds>;
  categoryThreshold: number;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * Quantises and packs trained float weights (bucket-major, HEAD_COUNT per bucket). Each head is
 * quantised to the whole numbers -levels…levels times its scale (int8 on disk); fewer levels make the
 * values repeat, which the gzipped bundle pays less for, and round the smallest weights to nothing, so
 * fewer buckets are left to keep. Only the `maxBuckets` rows that weigh most (by their quantised size)
 * are kept; cross-validation packs each fold the same way, so its figures include what both cost.
 */
export function encodeWeights(
  weights: Float32Array,
  bias: ArrayLike<number>,
  rest: Pick<WeightsFile, 'hashBits' | 'calibration' | 'thresholds' | 'categoryThreshold'>,
  maxBuckets = Number.POSITIVE_INFINITY,
  levels = 127,
): WeightsFile {
  if (!Number.isInteger(levels) || levels < 1 || levels > 127)
    throw new Error(`levels must be a whole number from 1 to 127, not ${levels}`);
  const scale = HEADS.map((_, h) => {
    let max = 0;
    for (let i = h; i < weights.length; i += HEAD_COUNT) max = Math.max(max, Math.abs(weights[i] as number));
    return max > 0 ? max / levels : 1;
  });
  const rows: Array<{ bucket: number; row: number[]; size: number }> = [];
  for (let b = 0; b < weights.length / HEAD_COUNT; b++) {
    const row = HEADS.map((_, h) =>
      Math.round((weights[b * HEAD_COUNT + h] as number) / (scale[h] as number)),
    );
    const size = row.reduce((sum, q) => sum + q * q, 0);
    if (size > 0) rows.push({ bucket: b, row, size });
  }
  const kept = [...rows]
    .sort((a, b) => b.size - a.size || a.bucket - b.bucket)
    .slice(0, maxBuckets)
    .sort((a, b) => a.bucket - b.bucket);
  const buckets: number[] = [];
  const values: number[] = [];
  for (const { bucket, row } of kept) {
    buckets.push(bucket);
    for (const q of row) values.push(q & 0xff);
  }
  const varints: number[] = [];
  let previous = 0;
  for (const b of buckets) {
    let delta = b - previous;
    previous = b;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    varints.push(delta);
  }
  return {
    format: 1,
    hashBits: rest.hashBits,
    heads: [...HEADS],
    bias: Array.from(bias, (x) => Math.round(x * 1e6) / 1e6),
    scale: scale.map((x) => Number(x.toPrecision(8))),
    buckets: toBase64(Uint8Array.from(varints)),
    values: toBase64(Uint8Array.from(values)),
    calibration: rest.calibration,
    thresholds: rest.thresholds,
    categoryThreshold: rest.categoryThreshold,
  };
}

/** Reads and checks a weights file. Throws an Error that says what is wrong. */
export function decodeWeights(json: unknown): Model {
  const parsed = WeightsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Softer's model weights are invalid (${issue?.path.join('.') || 'file'}: ${issue?.message}). Run npm run train.`,
    );
  }
  const file = parsed.data;
  if (file.heads.join() !== HEADS.join())
    throw new Error(
      `Softer's model weights have heads ${file.heads.join(',')}, expected ${HEADS.join(',')}. Run npm run train.`,
    );
  if (file.bias.length !== HEAD_COUNT || file.scale.length !== HEAD_COUNT)
    throw new Error(`Softer's model weights need ${HEAD_COUNT} biases and scales. Run npm run train.`);
  const size = 1 << file.hashBits;
  let varints: Uint8Array;
  let values: Uint8Array;
  try {
    varints = fromBase64(file.buckets);
    values = fromBase64(file.values);
  } catch {
    throw new Error("Softer's model weights are not valid base64. Run npm run train.");
  }
  // One pass, varint by varint, each bucket's row copied as it is read: this runs once, at a cold start,
  // before the JIT has compiled it, so it allocates nothing per bucket.
  const rows = new Int8Array(size * HEAD_COUNT);
  const signed = new Int8Array(values.buffer, values.byteOffset, values.length);
  let bucket = 0;
  let row = 0;
  for (let i = 0; i < varints.length; row++) {
    let delta = 0;
    let unit = 1;
    let byte: number;
    do {
      byte = varints[i++] as number;
      delta += (byte & 0x7f) * unit;
      unit *= 128;
    } while (byte & 0x80 && i < varints.length);
    bucket += delta;
    if (bucket >= size)
      throw new Error(`Softer's model weights name bucket ${bucket} of ${size}. Run npm run train.`);
    // More buckets than rows of values is caught below, once every bucket is counted.
    const from = row * HEAD_COUNT;
    const to = bucket * HEAD_COUNT;
    if (from + HEAD_COUNT <= values.length)
      for (let h = 0; h < HEAD_COUNT; h++) rows[to + h] = signed[from + h] as number;
  }
  if (row * HEAD_COUNT !== values.length)
    throw new Error(
      `Softer's model weights list ${row} buckets but ${values.length / HEAD_COUNT} rows of values. Run npm run train.`,
    );
  return {
    hashBits: file.hashBits,
    rows,
    scale: Float64Array.from(file.scale),
    bias: Float64Array.from(file.bias),
    calibration: file.calibration,
    thresholds: file.thresholds,
    categoryThreshold: file.categoryThreshold,
  };
}
