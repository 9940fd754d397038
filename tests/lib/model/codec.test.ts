import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights, HEAD_COUNT } from '../../../lib/model/codec';
import weights from '../../../lib/model/weights.json';

const rest = {
  hashBits: 8,
  calibration: { a: 1, b: 0 },
  thresholds: { gentle: 0.9, balanced: 0.5, strict: 0.2 },
  categoryThreshold: 0.4,
};

describe('encodeWeights / decodeWeights', () => {
  it('round-trips weights through int8 with one scale per head, leaving empty buckets out', () => {
    const dense = new Float32Array(256 * HEAD_COUNT);
    dense[3 * HEAD_COUNT] = 2; // bucket 3, harsh head
    dense[200 * HEAD_COUNT + 4] = -1.5; // bucket 200, contempt head
    dense[201 * HEAD_COUNT + 4] = 0.001; // too small to survive quantisation
    const file = encodeWeights(dense, new Array(HEAD_COUNT).fill(-1), rest);
    const model = decodeWeights(JSON.parse(JSON.stringify(file)));
    expect(model.rows[3 * HEAD_COUNT]).toBe(127);
    expect((model.rows[3 * HEAD_COUNT] as number) * (model.scale[0] as number)).toBeCloseTo(2, 5);
    expect((model.rows[200 * HEAD_COUNT + 4] as number) * (model.scale[4] as number)).toBeCloseTo(-1.5, 5);
    expect(model.rows[201 * HEAD_COUNT + 4]).toBe(0);
    expect([...model.rows].filter((x) => x !== 0)).toHaveLength(2);
    expect(model.thresholds).toEqual(rest.thresholds);
  });

  it('quantises to fewer levels when asked: values within ±levels, each weight within half a step', () => {
    const dense = new Float32Array(256 * HEAD_COUNT);
    for (let b = 0; b < 256; b++) dense[b * HEAD_COUNT] = Math.sin(b) * 3; // harsh head, -3…3
    dense[7 * HEAD_COUNT + 1] = 0.02; // absolute head, alone: its own scale
    dense[8 * HEAD_COUNT + 1] = 1;
    const fine = decodeWeights(encodeWeights(dense, new Array(HEAD_COUNT).fill(0), rest));
    const coarse = decodeWeights(encodeWeights(dense, new Array(HEAD_COUNT).fill(0), rest, Infinity, 15));
    const harsh = (m: typeof fine) => Array.from({ length: 256 }, (_, b) => m.rows[b * HEAD_COUNT] as number);
    expect(Math.max(...harsh(coarse).map(Math.abs))).toBe(15);
    expect(new Set(harsh(coarse)).size).toBeLessThanOrEqual(31);
    expect(new Set(harsh(fine)).size).toBeGreaterThan(31);
    for (let b = 0; b < 256; b++) {
      const step = coarse.scale[0] as number;
      expect(
        Math.abs((coarse.rows[b * HEAD_COUNT] as number) * step - (dense[b * HEAD_COUNT] as number)),
      ).toBeLessThanOrEqual(step / 2 + 1e-6);
    }
    // 0.02 of a head whose largest weight is 1 is below half of 1/15: rounded to nothing.
    expect(coarse.rows[7 * HEAD_COUNT + 1]).toBe(0);
    expect(fine.rows[7 * HEAD_COUNT + 1]).not.toBe(0);
  });

  it.each([0, 128, 2.5])('refuses %s levels', (levels) => {
    expect(() =>
      encodeWeights(
        new Float32Array(256 * HEAD_COUNT),
        new Array(HEAD_COUNT).fill(0),
        rest,
        Infinity,
        levels,
      ),
    ).toThrow(/levels must be/);
  });

  it('decodes the shipped weights', () => {
    const model = decodeWeights(weights);
    expect(model.rows.length).toBe((1 << model.hashBits) * HEAD_COUNT);
    expect(model.thresholds.gentle).toBeGreaterThanOrEqual(model.thresholds.balanced);
    expect(model.thresholds.balanced).toBeGreaterThanOrEqual(model.thresholds.strict);
  });

  it.each([
    ['a missing field', { ...weights, values: undefined }, /invalid \(values: /],
    ['a wrong format', { ...weights, format: 2 }, /invalid \(format: /],
    [
      'heads in another order',
      { ...weights, heads: [...weights.heads].reverse() },
      /expected harsh,absolute/,
    ],
    [
      'a threshold above 1',
      { ...weights, thresholds: { ...weights.thresholds, gentle: 3 } },
      /thresholds\.gentle/,
    ],
    ['values cut short', { ...weights, values: weights.values.slice(0, 40) }, /rows of values/],
    // 64 base64 characters are 48 bytes: six whole rows, for far more buckets.
    ['values cut at a whole row', { ...weights, values: weights.values.slice(0, 64) }, /rows of values/],
    ['a bucket outside the table', { ...weights, hashBits: 8 }, /name bucket \d+ of 256\b/],
    ['not base64', { ...weights, buckets: '%%%' }, /not valid base64/],
    ['not an object', 'weights', /invalid/],
  ])('stops with a clear message on %s', (_, file, message) => {
    expect(() => decodeWeights(file)).toThrow(message);
    expect(() => decodeWeights(file)).toThrow(/Run npm run train/);
  });
});
