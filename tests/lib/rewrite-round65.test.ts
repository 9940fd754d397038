/**
 * Fixes by kind from review round 65 (graded on c944944), each in new words: a feeling English has no
 * "about" for ("lonely about the Show"), a "never too busy for X but always too busy for Y" read as its
 * foil, an audience ("in front of your whole family") taken as the topic, a run-on outcome after "your
 * fault" read past the next finding, the writer's own threat after a blame read as the outcome, a plural
 * head after a determiner read as a verb ("the new golf"), an idiom closing a sentence taken as a second
 * topic ("your choice full stop"), a late kindness thanked read as one not done, an emoji run into the act
 * thanked for, a hyphenated talk name cut from its head noun, and a bare "anyway" kept as the act's object.
 */
import { describe, expect, it } from 'vitest';
import { allRewrites as all, firstRewrite as first } from './found';

describe('feelings said with the thing they are about', () => {
  it('never says "lonely about", "alone about" or "unimportant about" a thing', () => {
    for (const text of [
      'You have made me a joke in front of your entire family at the christening, well done.',
      "Funny how you're never too tired for the allotment but always too tired for the school run.",
    ]) {
      const out = all(text);
      expect(out).not.toBe('');
      expect(out).not.toMatch(/\b(lonely|alone|unimportant) about\b/);
    }
  });

  it('reads "never too busy for X but always too busy for Y" as a complaint about Y', () => {
    const out = all("you're never too busy for the rugby club but always too busy for my sister");
    expect(out).toMatch(/when you're too busy for my sister/);
    expect(out).not.toMatch(/not too busy/);
  });

  it('takes no topic from who was watching', () => {
    const out = all('You have made me a joke in front of your entire family at the christening, well done.');
    expect(out).not.toBe('');
    expect(out).not.toMatch(/your entire family/);
  });
});

describe('a blame whose outcome sits between findings or beside a threat', () => {
  it('ends the outcome after "your fault" where the next finding starts', () => {
    const out = all(
      "it's your fault we're overdrawn again because you bought the new fishing rods without asking and now the car tax is late",
    );
    expect(out).toMatch(/we're overdrawn[,.]/i);
    expect(out).not.toMatch(/fishing rods without asking and now/);
  });

  it("reads a plural after a determiner and its nouns, as a verb's object, as the head noun", () => {
    const out = all("we can't pay the gas because you bought the new snooker cues without asking");
    expect(out).toMatch(/the new snooker cues/);
    expect(out).not.toMatch(/the new snooker(?! cues)/);
  });

  it("does not take the writer's own threat after the blame as what happened", () => {
    const out = all(
      "The roof is leaking into the baby's room, it's your fault and I tell your mother tonight.",
    );
    expect(out).not.toBe('');
    expect(out).not.toMatch(/I tell your mother tonight, and/i);
    expect(out).not.toMatch(/that I tell your mother/);
  });

  it('names a topic once, and never the idiom that closes the sentence', () => {
    const out = all("we're eating cold chips because you made your decision full stop");
    expect(out).not.toBe('');
    expect(out).not.toMatch(/full stop/);
    expect(out).not.toMatch(/your decision and your decision/);
  });
});

describe('sarcastic thanks for a kindness', () => {
  it('says a kindness that came late came, not that it never did', () => {
    const out = first('oh cheers for remembering our anniversary the day after, really special 🙄');
    expect(out).toMatch(/you remembered our anniversary the day after/);
    expect(out).not.toMatch(/didn't remember/);
  });

  it('ends the act thanked for at an emoji', () => {
    const out = all('oh thanks for picking up the kids an hour after school ended 👏👏 they loved waiting');
    expect(out).toMatch(/you picked up the kids an hour after school ended\./);
    expect(out).not.toMatch(/loved waiting/);
  });
});

describe('a shrug after the act', () => {
  it('drops "anyway" when it is all that follows the verb', () => {
    const out = all("Don't bother explaining. You never help anyway.");
    expect(out).toMatch(/when you don't help\./);
    expect(out).not.toMatch(/help anyway/);
  });
});

describe('a talk refused by its name', () => {
  it('keeps a hyphenated name with the noun it names', () => {
    const out = all('not having the who-left-the-gate-open argument again');
    expect(out).toMatch(/the who-left-the-gate-open argument/);
  });
});
