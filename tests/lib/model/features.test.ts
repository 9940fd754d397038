/** The learned scorer's own reading of a message: features that say what a person would read. */
import { describe, expect, it } from 'vitest';
import { readWithRules } from '../../../lib/engine';
import { clauseFeatures } from '../../../lib/model/features';

const names = (text: string) => {
  const reading = readWithRules(text);
  return new Set(clauseFeatures(reading.msg, reading.isQuestion, []).flatMap((c) => c.names));
};

describe('praise read from the valence lexicon', () => {
  it('is not what "do you even care?" asks in doubt', () => {
    // The lexicon reads "care" as warm, and the message as praise (review round 26).
    expect(names('Do you even care?').has('m:praise')).toBe(false);
    expect(names('did you even notice the flowers were lovely?').has('m:praise')).toBe(false);
  });

  it('is still what "you even…" says as a statement', () => {
    expect(names('you even cooked dinner, it was lovely').has('m:praise')).toBe(true);
  });
});

describe('a tag question after a statement', () => {
  it.each([
    'you never help with the bins, do you?',
    "You're a liar, you know that?",
    'you forgot again, didn’t you?',
  ])('%j is a statement with a tag, not a question', (text) => {
    const read = names(text);
    expect(read.has('tag')).toBe(true);
    expect(read.has('q')).toBe(false);
  });

  it('is still a question when the sentence asks it', () => {
    expect(names('Do you want pizza?').has('q')).toBe(true);
    expect(names('Do you want pizza?').has('tag')).toBe(false);
    // A tag is a clause after another of the same sentence: "Do you." alone is no tag.
    expect(names('Pizza tonight. Do you?').has('tag')).toBe(false);
  });
});
