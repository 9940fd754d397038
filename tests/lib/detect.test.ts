import { describe, expect, it } from 'vitest';
import { findFindings } from '../../lib/detect';
import { readWithRules } from '../../lib/engine';
import { HEAD_COUNT, type Model } from '../../lib/model/codec';
import { decideFindings } from '../../lib/model/decide';
import { HASH_BITS, hashFeature } from '../../lib/model/features';
import { scoreMessage } from '../../lib/model/scorer';
import { CATEGORIES, type Category } from '../../lib/types';

/** A hand-made model: each named feature adds `weight` to the harsh head and to one category head. */
function toyModel(features: Record<string, { harsh: number; category?: Category; weight?: number }>): Model {
  const rows = new Int8Array((1 << HASH_BITS) * HEAD_COUNT);
  for (const [name, { harsh, category, weight = harsh }] of Object.entries(features)) {
    const row = hashFeature(name) * HEAD_COUNT;
    rows[row] = harsh;
    if (category) rows[row + CATEGORIES.indexOf(category) + 1] = weight;
  }
  return {
    hashBits: HASH_BITS,
    rows,
    scale: new Float64Array(HEAD_COUNT).fill(0.1),
    bias: Float64Array.from([-3, -3, -3, -3, -3, -3, -3, -3]),
    calibration: { a: 1, b: 0 },
    thresholds: { gentle: 0.9, balanced: 0.5, strict: 0.2 },
    categoryThreshold: 0.5,
  };
}

const decide = (text: string, model: Model, options = {}) =>
  decideFindings(text, readWithRules(text), model, true, options);

describe('decideFindings: one decision from the rules and the model', () => {
  const model = toyModel({
    'w:zorpish': { harsh: 80, category: 'contempt' },
    'r:you-always-never': { harsh: 60, category: 'absolute' },
    'm:laugh': { harsh: -90 },
  });

  it('finds what no rule knows, on the clause whose words weigh most, naming those words', () => {
    const text = 'hope work was ok, honestly kinda zorpish tbh, see you at 7';
    const [finding, ...rest] = decide(text, model);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'model',
      category: 'contempt',
      text: 'honestly kinda zorpish tbh',
    });
    expect(finding?.cues).toEqual(['zorpish']);
    expect(finding?.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 8))), 6);
    expect(text.slice(finding?.sentence.start, finding?.sentence.end)).toBe('honestly kinda zorpish tbh, ');
  });

  it("keeps a rule's own span when the model agrees, with the model's confidence", () => {
    const [finding] = decide('you never listen to me', model);
    expect(finding).toMatchObject({
      ruleId: 'you-always-never',
      category: 'absolute',
      text: 'you never listen',
    });
    expect(finding?.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 6))), 6);
  });

  it('lets strong clean evidence (laughter) overrule a rule hit', () => {
    const text = 'you never listen to me 😂';
    expect(readWithRules(text).findings.map((f) => f.ruleId)).toEqual(['you-always-never']);
    expect(decide(text, model)).toEqual([]);
  });

  it('reads the sensitivity as a threshold on the calibrated confidence', () => {
    const text = 'you never listen to me'; // confidence 0.95
    const weak = toyModel({ 'r:you-always-never': { harsh: 35, category: 'absolute' } }); // confidence 0.62
    expect(decide(text, model, { sensitivity: 'gentle' })).toHaveLength(1);
    expect(decide(text, weak, { sensitivity: 'gentle' })).toEqual([]);
    expect(decide(text, weak, { sensitivity: 'balanced' })).toHaveLength(1);
  });

  it('drops switched-off categories and ignored phrases', () => {
    const text = 'honestly kinda zorpish tbh';
    expect(decide(text, model, { disabledCategories: ['contempt'] })).toEqual([]);
    expect(decide(text, model, { ignoredPhrases: ['Honestly  kinda zorpish tbh'] })).toEqual([]);
  });

  it('weighs a sure rule hit with its own sentence when friendly words around it carry the message', () => {
    const friendly = toyModel({
      'r:you-always-never': { harsh: 60, category: 'absolute' },
      'w:sunshine': { harsh: -50 },
      'm:laugh': { harsh: -90 },
    });
    const text = 'lovely sunshine today, went to the park. you never listen to me';
    // The whole message: -3 + 6 - 5 < 0. The sentence alone: -3 + 6.
    expect(scoreMessage(friendly, readWithRules(text), true).harsh).toBeLessThan(0.5);
    const [finding, ...rest] = decide(text, friendly);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'you-always-never', category: 'absolute' });
    expect(text.slice(finding?.start, finding?.end)).toBe('you never listen');
    expect(text.slice(finding?.sentence.start, finding?.sentence.end)).toBe('you never listen to me');
    expect(finding?.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 6))), 6);
  });

  it('leaves the whole message its verdict when it laughs, or when the rule hit is not sure', () => {
    const friendly = toyModel({
      'r:you-always-never': { harsh: 60, category: 'absolute' },
      'r:as-usual': { harsh: 45, category: 'absolute' },
      'w:sunshine': { harsh: -50 },
      'm:laugh': { harsh: -10 },
    });
    // Fond: the laughter is in the first sentence, and "you never listen to me" alone would be harsh.
    expect(decide('lovely sunshine today haha. you never listen to me', friendly)).toEqual([]);
    expect(decide('you never listen to me', friendly)).toHaveLength(1);
    // "as usual" is a rule hit of confidence 0.65: not sure enough to be judged alone, and the sentence
    // alone (0.82) is below the gentle threshold (0.9) the model needs to judge a sentence by itself.
    expect(decide('lovely sunshine today. late as usual', friendly)).toEqual([]);
    expect(decide('late as usual', friendly)).toHaveLength(1);
  });

  it('flags a sentence the model is sure of by itself when friendly news around it carries the message', () => {
    const buried = toyModel({
      'w:zorpish': { harsh: 80, category: 'contempt' },
      'w:sunshine': { harsh: -60 },
      'm:laugh': { harsh: -90 },
    });
    const text = 'lovely sunshine today, went to the park. honestly kinda zorpish tbh';
    // The whole message: -3 + 8 - 6 < 0. The second sentence alone: -3 + 8, past the gentle threshold.
    expect(scoreMessage(buried, readWithRules(text), true).harsh).toBeLessThan(0.5);
    for (const withRules of [true, false]) {
      const [finding, ...rest] = decideFindings(text, readWithRules(text), buried, withRules);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        ruleId: 'model',
        category: 'contempt',
        text: 'honestly kinda zorpish tbh',
      });
      expect(finding?.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 8))), 6);
    }
    // The person's own threshold still counts when it is stricter than the gentle one.
    expect(decide(text, { ...buried, thresholds: { gentle: 0.9, balanced: 0.999, strict: 0.2 } })).toEqual(
      [],
    );
    // Laughter anywhere in the message weighs with the sentence, as it does with the message.
    expect(decide('lovely sunshine today haha. honestly kinda zorpish tbh', buried)).toEqual([]);
  });

  it('judges a sentence by itself only past the gentle threshold, and only in a message of two or more', () => {
    const weak = toyModel({ 'w:zorpish': { harsh: 40, category: 'contempt' }, 'w:sunshine': { harsh: -60 } });
    // Alone, "honestly kinda zorpish tbh" is harsh at the balanced threshold (0.73), not at the gentle one.
    expect(decide('honestly kinda zorpish tbh', weak)).toHaveLength(1);
    expect(decide('lovely sunshine today, went to the park. honestly kinda zorpish tbh', weak)).toEqual([]);
    // One sentence: the message's own verdict is the sentence's.
    expect(decide('lovely sunshine today, honestly kinda zorpish tbh', weak)).toEqual([]);
  });

  it('without the rules as evidence, reads only the words', () => {
    const text = 'you never listen to me';
    expect(decideFindings(text, readWithRules(text), model, false)).toEqual([]);
  });
});

describe('the shipped engine', () => {
  it.each([
    ['you never listen to me', 'absolute'],
    ["you're honestly such a waste of space", 'contempt'],
    ["if you don't come to therapy I'm done", 'ultimatum'],
    ["I'm not talking about this, end of discussion", 'stonewall'],
  ])('flags %j as %s', (text, category) => {
    expect(findFindings(text).map((f) => f.category)).toContain(category);
  });

  it.each([
    'you always make me laugh 😂',
    'can you grab milk on the way home? x',
    'my boss never listens to anyone',
    "I'd love us to try counselling together, no pressure",
  ])('leaves %j alone', (text) => {
    expect(findFindings(text)).toEqual([]);
  });

  it('gives every finding the words that weighed most, as typed in the message', () => {
    const text = "ugh you're SO selfish, you never think about anyone else";
    const findings = findFindings(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.cues?.length).toBeGreaterThan(0);
      for (const cue of f.cues ?? []) expect(text.toLowerCase()).toContain(cue.toLowerCase());
    }
  });

  it('can run the rules alone or the model alone, for npm run eval', () => {
    const text = 'you never listen to me';
    expect(findFindings(text, {}, 'rules').map((f) => f.ruleId)).toEqual(['you-always-never']);
  });
});
