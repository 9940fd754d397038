import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../../lib/corpus';
import { decodeWeights } from '../../../lib/model/codec';
import manifest from '../../../lib/model/sentence.manifest.json';
import {
  buildSentenceExamples,
  fitSentenceWeights,
  onlySneer,
  SNEER_HEAD,
  sneerScore,
} from '../../../lib/model/sentences';
import { shippedSentenceModel } from '../../../lib/model/shipped';
import { readCorpus } from '../../../scripts/train';
import { SENTENCE_SETTINGS } from '../../../scripts/train-sentences';

const entry = (text: string, spans: CorpusEntry['spans']): CorpusEntry => ({
  text,
  expect: [...new Set(spans.map((s) => s.category))],
  spans,
  family: 'test-0001',
  kind: spans.length > 0 ? 'harsh' : 'logistics',
  style: ['chat'],
  brief: 'test',
});

describe('the sentence scorer’s examples', () => {
  it('labels each sentence by the spans in it, not by the message', () => {
    const examples = buildSentenceExamples([
      entry('The boiler man comes at 9. Oh well done, you let him in and went back to bed 🙄', [
        { text: 'Oh well done, you let him in and went back to bed', category: 'contempt' },
      ]),
    ]);
    expect(examples.map((e) => [...e.labels])).toEqual([
      [0, 0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 1, 0, 0, 0],
    ]);
    expect(SNEER_HEAD).toBe(4);
  });

  it('leaves out a harsh line whose spans are not in its text, and sentences with nothing to read', () => {
    const examples = buildSentenceExamples([
      entry('you never ring', [{ text: 'you never call', category: 'absolute' }]),
      entry('Home soon. 👍', []),
    ]);
    expect(examples).toHaveLength(1);
    expect([...(examples[0]?.labels ?? [])]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps only the contempt head’s weights', () => {
    const weights = Float32Array.from({ length: 16 }, (_, i) => i + 1);
    expect([...onlySneer(weights)]).toEqual([0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0]);
  });
});

describe('the shipped sentence scorer', () => {
  it('reads a jab as contempt and plain news or a plan as none', () => {
    const model = shippedSentenceModel();
    const t = model.thresholds.strict;
    // A jab read alone is one no writer of the corpus sends sincerely. ("Wow, what a genius you are." was
    // the example until the thirty-fifth session: batch b22a has it as praise after good news, "you fixed
    // the solar panel by yourself… what a genius you are", and the retrained scorer reads it at 0.24.)
    expect(sneerScore(model, 'Wow, real mature.')).toBeGreaterThanOrEqual(t);
    expect(sneerScore(model, 'Thanks for nothing.')).toBeGreaterThanOrEqual(t);
    expect(sneerScore(model, 'The vet rang, she can see Mabel at 4 tomorrow.')).toBeLessThan(t);
    expect(sneerScore(model, 'I picked up the prescription on the way home.')).toBeLessThan(t);
  });

  it('gives nothing for text with nothing to read, and stays a probability on odd input', () => {
    const model = shippedSentenceModel();
    expect(sneerScore(model, '')).toBe(0);
    expect(sneerScore(model, '🙄🙄 ??')).toBe(0);
    for (const odd of ['\u0000\u202e tu es \uFFFD', 'ha'.repeat(5000), 'Ｙｏｕ　ａｒｅ　ａ　ｊｏｋｅ']) {
      const p = sneerScore(model, odd);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('holds the thresholds the manifest’s cross-validation chose', () => {
    const { thresholds } = shippedSentenceModel();
    expect(thresholds).toEqual({
      gentle: manifest.crossValidation.gentle.threshold,
      balanced: manifest.crossValidation.balanced.threshold,
      strict: manifest.crossValidation.strict.threshold,
    });
  });
});

describe('npm run train:sentences', () => {
  it('reproduces the committed sentence weights from the committed corpus and the manifest settings', () => {
    const { rows, hash } = readCorpus();
    expect(
      hash,
      'the corpus changed since the sentence scorer was trained: run npm run train:sentences',
    ).toBe(manifest.corpus.sha256);
    expect(manifest.settings).toEqual(SENTENCE_SETTINGS);
    const { thresholds } = decodeWeights(JSON.parse(readFileSync('lib/model/sentence.weights.json', 'utf8')));
    const weights = fitSentenceWeights(rows, SENTENCE_SETTINGS, thresholds);
    expect(JSON.stringify(weights)).toBe(readFileSync('lib/model/sentence.weights.json', 'utf8').trim());
  }, 240_000);
});
