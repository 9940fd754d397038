import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitWeights } from '../../../lib/model/fit';
import manifest from '../../../lib/model/manifest.json';
import { familyFolds, fitPlatt, seededRandom, shuffled, trainLinear } from '../../../lib/model/train';
import { CATEGORIES } from '../../../lib/types';
import { readCorpus } from '../../../scripts/train';

describe('npm run train', () => {
  it('reproduces the committed weights from the committed corpus and the manifest settings', () => {
    const { rows, hash } = readCorpus();
    expect(hash, 'the corpus changed since the weights were trained: run npm run train').toBe(
      manifest.corpus.sha256,
    );
    const settings = { ...manifest.settings, l2: manifest.stacked.l2 };
    const weights = fitWeights(rows, settings, 'stacked', manifest.stacked);
    expect(JSON.stringify(weights)).toBe(readFileSync('lib/model/weights.json', 'utf8').trim());
  }, 240_000);

  it('records cross-validation figures for the rules, the model and both', () => {
    for (const variant of [manifest.stacked, manifest.textOnly]) {
      expect(variant.crossValidation.messages.total).toBe(manifest.corpus.lines);
      expect(Object.keys(variant.crossValidation.categories).sort()).toEqual([...CATEGORIES].sort());
    }
  });
});

describe('training pieces', () => {
  it('shuffles the same way from the same seed, and differently from another', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
    expect([...shuffled(items, seededRandom(7))].sort((a, b) => a - b)).toEqual(items);
  });

  it('keeps every family inside one fold', () => {
    const families = ['a', 'a', 'b', 'c', 'c', 'c', 'd', 'e', 'f', 'g'];
    const folds = familyFolds(families, 5, 1);
    families.forEach((f, i) => {
      families.forEach((g, j) => {
        if (f === g) expect(folds[i]).toBe(folds[j]);
      });
    });
  });

  it('deals families evenly, and keeps each family in its fold when others are added', () => {
    const families = Array.from({ length: 500 }, (_, i) => `b9-${String(i).padStart(4, '0')}`);
    const folds = familyFolds(families, 5, 1);
    for (let k = 0; k < 5; k++) {
      const size = folds.filter((f) => f === k).length;
      expect(size).toBeGreaterThan(70);
      expect(size).toBeLessThan(130);
    }
    const more = familyFolds([...families, 'b10-0001', 'b10-0002'], 5, 1);
    expect(more.slice(0, families.length)).toEqual(folds);
    expect(familyFolds(families, 5, 2)).not.toEqual(folds);
  });

  it('learns a separable toy problem: feature 1 means harsh and contempt, feature 2 means clean', () => {
    const labels = (harsh: boolean) => Uint8Array.from([+harsh, 0, 0, 0, +harsh, 0, 0, 0]);
    const examples = Array.from({ length: 40 }, (_, i) => ({
      features: Uint32Array.from(i % 2 ? [1, 5] : [2, 5]),
      labels: labels(i % 2 === 1),
      message: i,
    }));
    const { weights, bias } = trainLinear(examples, {
      hashBits: 4,
      epochs: 20,
      learningRate: 0.3,
      l2: 0,
      seed: 1,
    });
    const score = (f: number, head: number) =>
      (bias[head] as number) + (weights[f * 8 + head] as number) + (weights[5 * 8 + head] as number);
    expect(score(1, 0)).toBeGreaterThan(2);
    expect(score(2, 0)).toBeLessThan(-2);
    expect(score(1, 4)).toBeGreaterThan(2);
    expect(score(1, 1)).toBeLessThan(-2);
  });

  it('calibrates scores with Platt scaling', () => {
    const { a, b } = fitPlatt([-2, -1, 1, 2, -2, 2], [0, 0, 1, 1, 0, 1]);
    expect(a).toBeGreaterThan(1);
    expect(Math.abs(b)).toBeLessThan(0.5);
  });
});
