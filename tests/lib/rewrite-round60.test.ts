/**
 * Fixes by kind from review round 60 (graded on 13ff783), each in new words: a threat that sends the
 * partner out of the home said as the writer's need for space, the writer's own plan kept as a boundary
 * without the partner's part, an order or an idiom taken for the topic, chat's "yr" after a count, a word said twice in one
 * rewrite, the writer's last word beside a calm rewrite, and a message that cannot wait answered with
 * "later".
 */
import { describe, expect, it } from 'vitest';
import { readSentence, topicPhrases } from '../../lib/rewrite/sentence';
import { allRewrites as all, wholeRewrite as whole } from './found';

describe('a threat that puts the partner out is said as the writer needing space', () => {
  it.each([
    [
      'Either you stop gambling on the footy or you find somewhere else to live.',
      /stop gambling on the footy/,
    ],
    [
      'Pay your share of the power bill by Friday or you move back in with your brother.',
      /pay your share of the power bill by Friday/,
    ],
    ['Throw that vape away or pack your bags and leave.', /throw that vape away/],
    [
      "Mock my accent in front of my cousins again and you'll be staying at your mum's.",
      /mock my accent in front of my cousins again/,
    ],
    [
      "If you sign up for that poker league, you can go and stay at your mate's.",
      /sign up for that poker league/,
    ],
  ])('%s', (said, asked) => {
    const out = whole(said);
    expect(out).toMatch(asked);
    expect(out).toMatch(/I('ll| am going to|'m going to) need some space for a while/);
    expect(out).not.toMatch(/somewhere else to live|back in with your brother|pack your bags|stay at your/);
  });

  it('a request for one day or occasion is not said as "if nothing changes"', () => {
    for (const said of [
      "You'll be polite to my dad this time or you can find somewhere else to sleep.",
      "Either you come to the school play next Friday or you go stay at your brother's.",
    ]) {
      const out = whole(said);
      expect(out).toMatch(/if that's not possible/);
      expect(out).not.toMatch(/if nothing changes/);
    }
  });

  it('but one that recurs still is', () => {
    expect(
      whole(
        'Either your mates stop coming round to drink every Saturday or you can find somewhere else to live.',
      ),
    ).toMatch(/if nothing changes/);
  });

  it('not where the threat is only a condition the writer fears', () => {
    expect(all('If you move out I will be heartbroken, please come to counselling.')).not.toMatch(
      /need some space/,
    );
  });

  it('not said laughing', () => {
    expect(all("Finish the chips or you can sleep at your brother's lol")).not.toMatch(/need some space/);
  });
});

describe("the writer's own plan stays the boundary", () => {
  it('the partner\'s part after "and you" is no part of the plan', () => {
    const out = all(
      'If you cancel the counsellor again, I will go and stay with my aunt in Kisumu and you can tell the children why.',
    );
    expect(out).toMatch(/stay with my aunt in Kisumu\./);
    expect(out).not.toMatch(/tell the children/);
  });
});

describe('what the writer will do to the partner, cut before "and you", is still no plan', () => {
  it('"I\'m cancelling the gym membership and you can walk"', () => {
    expect(
      all("Fix the gutter today or I'm cancelling your gym membership and you can walk to work."),
    ).not.toMatch(/cancel your gym membership/);
  });

  it("a name's own apostrophe keeps its capitals", () => {
    expect(
      all(
        "If you don't pick up my calls tonight I will go to my brother in N'Djamena and you will explain to the kids why.",
      ),
    ).toMatch(/N'Djamena/);
  });
});

describe('an order or an idiom is no topic', () => {
  it('an order opening its clause is not pasted in as a noun', () => {
    for (const said of [
      'skip Diwali at my parents again and see what happens',
      'Oh sure, watch Love Island till 2am, the dishes will wash themselves I suppose 🙄',
    ])
      expect(all(said)).not.toMatch(/about (skip|watch) /);
  });

  it('"on its last legs" is no topic', () => {
    const read = readSentence("Because it's on its last legs and you're the only one who can't see it.", []);
    expect(topicPhrases(read, 3).join(' | ')).not.toMatch(/legs/);
  });
});

describe('chat spelling and counts', () => {
  it('"yr" after a count is a year, and the count after a comma is no part of the act', () => {
    const out = all('u missed my graduation dinner AGAIN, second yr running');
    expect(out).not.toMatch(/you're running/);
    expect(out).not.toMatch(/dinner second/);
  });

  it('"one more X tonight and…" does not name the night as what is repeated', () => {
    expect(all("One more vape tonight and you're sleeping in the car.")).not.toMatch(/vape tonight/);
  });
});

describe('no word said twice', () => {
  it('help that "could help"', () => {
    expect(all("We need help now or there won't be anything left to save. I mean it.")).not.toMatch(
      /help could help/,
    );
  });

  it('the marriage named once', () => {
    expect(
      all('Counselling is the last throw of the dice for this marriage. If you refuse, we are over.'),
    ).not.toMatch(/our marriage, and our marriage/);
  });
});

describe("the writer's last word goes beside a calm rewrite", () => {
  it.each([
    [
      "You let the car insurance lapse again, you're useless. What do you even do with your evenings?",
      /even do/,
    ],
    [
      "Either you delete her number today or I go to my sister in Lusaka. Don't even try to tell me she's just a colleague.",
      /try to tell me/,
    ],
    ["You never show up for the kids' games. Why would this Saturday be any different?", /any different/],
  ])('%s', (said, gone) => {
    expect(whole(said)).not.toMatch(gone);
  });
});

describe('a message that cannot wait is not answered with "later"', () => {
  it('an emergency beside a jab: the talk it asks for is tonight', () => {
    const out = whole(
      "The baby's temperature is 39. This is an emergency and you're playing FIFA like a child.",
    );
    expect(out).toMatch(/tonight/);
    expect(out).not.toMatch(/later|at the weekend|tomorrow/);
  });

  it('not a refusal that says "not now, not later"', () => {
    expect(whole("I'm not arguing about your brother over WhatsApp. Not now, not later.")).not.toMatch(
      /tonight/,
    );
  });
});
