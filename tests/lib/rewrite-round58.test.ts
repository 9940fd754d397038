/**
 * Fixes by kind from review round 58 (graded on 5550e34), each in new words: the broken grammar its readers
 * found, where a count, a sneer or the rest of a blame ran into the words a rewrite says back; "one more X
 * about Y and…"; and "you only X when Y", a motive read into a kindness, asked for as a wish.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

const firsts = (text: string) => analyze(text).map((f) => f.rewrites[0] ?? '');

describe('a count or a sneer after the act is not said as part of it', () => {
  it.each([
    ["your brother's arriving saturday and you've done nothing to help, typical, as per.", /typical|as per/],
    ["you didn't come to a single scan with me, not one, and now you want to pick the name?", /not one/],
    ['honestly you are never on time not once in your life', /not (once )?in your life/],
  ])('%j', (said, leftover) => {
    const out = firsts(said);
    expect(out.length).toBeGreaterThan(0);
    for (const rewrite of out) expect(rewrite).not.toMatch(leftover);
  });

  it('the act before the count is still said', () => {
    expect(firsts("you're never on time not once since I've known you")[0]).toMatch(
      /when you're not on time[,.]/,
    );
  });
});

describe('the rest of a blame after "is you" is not left dangling', () => {
  it('"The reason X is you…" says what happened, not "X is you…"', () => {
    const out =
      firsts('The reason Tom missed his swimming lesson is you letting him sleep till ten.')[0] ?? '';
    expect(out).toMatch(/^Tom missed his swimming lesson, /);
    expect(out).not.toMatch(/is you/);
  });
});

describe('a plan with "and everything else" keeps the word whole', () => {
  it('"…and everything else" is no verb to make bare', () => {
    const out = analyze(
      "If you don't pay your share of the water bill by Tuesday, I'm taking your name off the Disney and everything else.",
    )
      .flatMap((f) => f.rewrites)
      .join(' ');
    expect(out).not.toMatch(/everyth\b/);
  });
});

describe('two sweeps set against each other name no act', () => {
  it('"Always office, never family." is not read as "when you office family"', () => {
    const out = firsts('Eid and you are again busy with office. Always office, never family.');
    expect(out.length).toBeGreaterThan(0);
    for (const rewrite of out) expect(rewrite).not.toMatch(/when you office/);
  });
});

describe('"only when…" asks for the kindness at other times, as a wish', () => {
  it.each([
    [
      'you only cuddle me when you want something',
      "I'd love it if you cuddled me at other times too, not just when you want something.",
    ],
    [
      "you're only sweet to me when your friends are watching",
      "I'd love it if you were sweet to me at other times too, not just when your friends are watching.",
    ],
    [
      'u only hoovered cos my mum was coming round',
      "I'd love it if you hoovered of your own accord, not just because my mum was coming round.",
    ],
    [
      'u only text me when ur bored at the depot',
      "I'd love it if you texted me at other times too, not just when you're bored at the depot.",
    ],
  ])('%j', (said, wish) => {
    expect(firsts(said)[0]).toBe(wish);
    expect(analyze(wish)).toEqual([]);
  });

  it('a feeling or a motive is no kindness to wish for', () => {
    for (const said of [
      'you only care about your golf handicap',
      "you're only jealous because Priya earns more",
    ])
      expect(firsts(said)[0] ?? '').not.toMatch(/^I'd love it if you/);
  });
});

describe('"one more X about Y and…" names what the writer can take no more of', () => {
  it('a day is when, not what hurts', () => {
    const out = firsts(
      "if you spend one more Sunday at the allotment instead of helping with the boxes, don't bother coming back",
    )[0];
    expect(out).toBeDefined();
    expect(out).not.toMatch(/the sundays/i);
  });

  it.each([
    ["one more joke about my accent and I'm leaving", 'jokes about my accent'],
    ["one more row at your dad's and we're finished", "rows at your dad's"],
  ])('%j', (said, thing) => {
    expect(firsts(said)[0]).toBe(
      `I'm finding the ${thing} really hard, and I care about us. I need them to stop. Can we talk honestly about it?`,
    );
  });
});

describe('the regrade of the "only when…" wish', () => {
  it('"act loving" asks for the kindness, not a performance', () => {
    expect(firsts('you only act affectionate when your cousins are over')[0]).toBe(
      "I'd love it if you were affectionate at other times too, not just when your cousins are over.",
    );
  });

  it('a suspicion about why is not wished for "of your own accord"', () => {
    for (const said of [
      'you only want to move to Leeds cause your ex lives there',
      'you only went to the quiz because that new barman works there',
    ])
      expect(firsts(said)[0] ?? '').not.toMatch(/of your own accord/);
  });

  it('a day that comes once is not wished for "at other times too"', () => {
    expect(firsts('you only remember our anniversary when your phone reminds you')[0] ?? '').not.toMatch(
      /at other times too/,
    );
  });

  it('what only backs the motive goes from the whole message', () => {
    for (const [said, backing] of [
      ["you're only nice to me when you want a lift. I'm not stupid.", /stupid/],
      ['you only offer to cook when your sister visits. It is all for show.', /show/],
      ["you only ring your dad when you need the van, don't think I don't notice", /notice/],
    ] as const)
      expect(rewriteMessage(said, analyze(said))).not.toMatch(backing);
  });
});
