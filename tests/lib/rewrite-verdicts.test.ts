/**
 * "narcissist", "manipulative", "gaslighting" and "toxic" (the forty-eighth session): over review rounds
 * 2-57, 40 of 42 messages calling the partner a narcissist and 33 of 34 calling them manipulative had a
 * first rewrite graded generic or changed. Each reading in new words; lib/rewrite/verdicts.ts says why each
 * is read as it is.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

const first = (text: string) => analyze(text).flatMap((f) => f.rewrites)[0] ?? '';
const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('"narcissist" is answered with room for the writer', () => {
  it('an occasion named after "even" is the time the writer needed support', () => {
    for (const [said, occasion] of [
      ["you're a narcissist, everything is about you, even my gran's memorial", "my gran's memorial"],
      [
        "You're such a narcissist. It was all about you, even at my sister's graduation.",
        "my sister's graduation",
      ],
    ] as const) {
      const out = first(said);
      expect(out).toBe(
        `I really needed to feel supported around ${occasion}, and I didn't. Could we talk about it?`,
      );
      expect(analyze(out)).toEqual([]);
      // The sweep that named it goes: the rewrite has said it.
      expect(whole(said)).not.toMatch(/about you/i);
    }
  });

  it('a pastime the attention goes to is named; health and feelings are not', () => {
    expect(first("Honestly you're a narcissist, everything is about your fishing trips.")).toBe(
      "Lately so much of our attention goes to your fishing trips, and I'd love some room for me and us too. Could we talk about it?",
    );
    expect(first("you're a narcissist, everything is about your sore knee")).not.toMatch(/knee/);
  });

  it('bare, the writer asks for room, and what only backs the verdict goes from the whole message', () => {
    for (const said of [
      "You're a narcissist. My counsellor agrees.",
      "you're a narcissist, I googled it",
      "You're a narcissist, Priya. Look it up.",
      "you're a narcissist and all my friends can see it",
    ]) {
      const out = whole(said);
      expect(out).toMatch(/^Lately I've been feeling unheard/);
      expect(out).not.toMatch(/counsellor|google|look it up|see it/i);
    }
  });

  it('said of someone else, it is not read', () => {
    expect(first("my boss is a narcissist and you're always defending him")).not.toMatch(
      /unheard|supported around/,
    );
  });
});

describe('"manipulative" is answered with what it is said of', () => {
  it('words turned around: both heard', () => {
    expect(first("you're so manipulative, you twist whatever I tell you")).toBe(
      "When we argue, I feel like my words get turned around. I'd like us both to feel heard. Could we slow down and take turns?",
    );
    expect(first("You're a manipulator. You turn it all around till I'm the one saying sorry.")).toMatch(
      /^When we argue, I feel like my words get turned around until I'm the one in the wrong\./,
    );
  });

  it('tears that end the talk: coming back to it, with what it was about', () => {
    const said = "You're manipulative. You cry so I stop asking about the overdraft.";
    expect(first(said)).toBe(
      "When things get tearful between us, I lose track of what I needed to say about the overdraft, and it doesn't get settled. Could we find a calm time to come back to it together?",
    );
    expect(analyze(first(said))).toEqual([]);
  });

  it('a sentence of tears that names nothing more goes from the whole message', () => {
    const out = whole('You are so manipulative. You cry so I feel bad.');
    expect(out).toMatch(/tearful/);
    expect(out).not.toMatch(/You cry/);
  });
});

describe('"gaslighting" is answered with what happened, remembered differently', () => {
  it.each([
    [
      'stop gaslighting me about the invoices',
      "I remember the invoices differently, and it's unsettling when we can't agree on what happened. Could we go through it together, calmly?",
    ],
    [
      'stop gaslighting me about the parking fine',
      "I remember the parking fine differently, and it's unsettling when we can't agree on what happened. Could we go through it together, calmly?",
    ],
    [
      'Quit gaslighting me, I know exactly what you said in the car.',
      "I remember what you said in the car differently, and it's unsettling when we can't agree on what happened. Could we go through it together, calmly?",
    ],
    [
      "you're gaslighting me, classic",
      "I remember things differently, and it's unsettling when I start doubting myself. Could we go through what happened together, calmly?",
    ],
  ])('%j', (said, expected) => {
    expect(first(said)).toBe(expected);
    expect(analyze(expected)).toEqual([]);
  });
});

describe('"toxic" said of the partner asks for a kinder way to talk', () => {
  it('said of the partner', () => {
    expect(first('honestly u are so toxic rn')).toMatch(/kinder way to talk to each other/);
  });

  it('said of a relative or a job, it is not read', () => {
    expect(first("your toxic mother is never setting foot in this house again, I'm done")).not.toMatch(
      /kinder way/,
    );
  });
});
