/**
 * Fixes by kind from review round 59 (graded on 27c8101), each in new words: broken grammar where the
 * writer's words were cut or joined wrongly, the wrong side of an either-or, a refusal for good answered
 * with a time to come back to it, a request for no contact, the writer's last word kept beside a calm
 * rewrite, and a kindness that waits for something.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';
import { allRewrites as all } from './found';

const firsts = (text: string) => analyze(text).map((f) => f.rewrites[0] ?? '');

describe('the words a rewrite says back stay whole', () => {
  it('"every time" before a clause says when, and is not dropped from it', () => {
    const out = all("You're a coward who ducks into the shed every time the bills come up.");
    expect(out).toMatch(/the shed when the bills come up/);
    expect(out).not.toMatch(/the shed the bills/);
  });

  it('a threat run on after the condition with no comma is no part of the wish', () => {
    for (const said of [
      'if you keep lying about the money the marriage is over',
      'if you stay out past midnight again the door will be bolted',
    ]) {
      const out = all(said);
      expect(out).toMatch(/rather you didn't (keep lying about the money|stay out past midnight again)\./);
      expect(out).not.toMatch(/(the marriage is over|the door will be bolted)\./);
    }
  });

  it('"too X to Y" is not said as "X to Y"', () => {
    const out = all("you're too jealous to let me go to the gym alone");
    expect(out).not.toMatch(/might be jealous to/);
  });

  it('a place name is no verb, so the outcome is no fragment', () => {
    const out = firsts('Your gambling cost us the villa deposit in Bled.')[0] ?? '';
    expect(out).toMatch(/the villa deposit in Bled/);
    expect(out).not.toMatch(/^The villa deposit in Bled, /);
  });

  it('"any" names no topic', () => {
    expect(all("You're the reason we don't have any savings left.")).not.toMatch(/with any savings/);
  });

  it('an address word before a comma is no part of what happened', () => {
    const out = all(
      "Mma, the gas ran out during the cooking because you didn't order the refill I asked about.",
    );
    expect(out).toMatch(/the gas ran out/);
    expect(out).not.toMatch(/mma the gas/i);
  });

  it('"also" opening the outcome is no part of it', () => {
    const out = all(
      "Can you get bread? Also the boiler's making that banging noise again because you never called the plumber.",
    );
    expect(out).not.toMatch(/that also/);
  });

  it('the partner the writer asks is the object of "ask", not a second subject', () => {
    const out = all('quit sulking like a martyr every time i ask u for a hand');
    expect(out).not.toMatch(/and you for/);
  });

  it('"wanting to look like…" cut before its likeness names no act', () => {
    const out = all('You are always trying to seem like the hero at my expense.');
    expect(out).not.toMatch(/trying to seem[,.]/);
  });

  it('a run-on "i cant even" is no part of the situation', () => {
    const out = all(
      'you are the most selfish person i know because who buys a new bike when the rent is due i cant even',
    );
    expect(out).not.toMatch(/I can't even/i);
  });

  it('initials with their "\'s" keep their capitals', () => {
    expect(all("Funny, you only call me when your MOT's due.")).toMatch(/MOT's/);
  });
});

describe('an either-or said threat first asks for the other side', () => {
  it.each([
    ['Pack your bags or turn that phone off. Your choice.', /turn that phone off/],
    ["sleep at your brother's or apologise to my dad tonight", /apologise to my dad tonight/],
  ])('%j', (said, wanted) => {
    const out = firsts(said)[0] ?? '';
    expect(out).toMatch(wanted);
    expect(out).not.toMatch(/(pack your bags|sleep at your brother)/i);
  });
});

describe('a refusal for good is not answered with a time to come back to it', () => {
  it.each([
    "do not ring me about the wedding money. i've said all i'm going to say",
    "Look, the fishing is my hobby, not a problem, and I'm not having this conversation every Sunday.",
  ])('%j', (said) => {
    const out = firsts(said)[0] ?? '';
    expect(out).not.toMatch(/another time|let you know when|come back to it|for now/);
  });
});

describe('no contact for now is answered as space, not a talk tonight', () => {
  it.each([
    ["dont bother ringing, i won't answer", /won't be picking up/],
    ["Don't bother texting me, I'm not answering", /won't be replying/],
    ['Sipho leave me alone, nothing more to say', /time to myself/],
  ])('%j', (said, space) => {
    const out = firsts(said)[0] ?? '';
    expect(out).toMatch(space);
    expect(out).not.toMatch(/tonight\?|go back over/);
  });

  it('"i won\'t answer" is not said again after the space', () => {
    expect(rewriteMessage("dont bother ringing, i won't answer")).not.toMatch(/I won't answer\./);
  });
});

describe("the writer's last word goes with the calm rewrite beside it", () => {
  it.each([
    [
      "If you miss the school play again I'm telling your mother everything. You have been warned.",
      /been warned/,
    ],
    ['I am not doing couples counselling. You cannot make me.', /make me/],
    ['Because of you the rent is short again. Happy birthday to me.', /birthday to me/],
  ])('%j', (said, kept) => {
    expect(rewriteMessage(said)).not.toMatch(kept);
  });
});

describe('an order asked as a question after "for once" is the request', () => {
  it.each([
    [
      'for once in your life could you book the vet without me nagging you?',
      /book the vet without me nagging you\./,
    ],
    ['could you for once in your life hang the washing out', /hang the washing out\./],
  ])('%j', (said, asked) => {
    const out = firsts(said)[0] ?? '';
    expect(out).toMatch(/I'd really like you to /);
    expect(out).toMatch(asked);
  });
});

describe('a kindness that waits for something is asked for at other times', () => {
  it('the purpose read into it is left out', () => {
    expect(
      firsts("You only do the dishes when my dad visits so he thinks you're the perfect husband.")[0],
    ).toBe("I'd love it if you did the dishes at other times too, not just when my dad visits.");
  });

  it('love for the writer is asked for as shown', () => {
    expect(firsts('you only love me when you need a lift')[0]).toBe(
      "I'd love it if you showed me love at other times too, not just when you need a lift.",
    );
  });
});

describe("the writer's decision beside a no Softer has said stays in the whole", () => {
  it.each([
    ["Not going to your cousin's. Drop it.", /^Not going to your cousin's\. /],
    ["I'm not apologising to your brother. Drop it.", /^I'm not apologising to your brother\. /],
  ])('%j', (said, kept) => {
    expect(rewriteMessage(said)).toMatch(kept);
  });

  it('a no that names nothing still goes beside the rewrite', () => {
    expect(rewriteMessage('Not going back. Drop it.')).not.toMatch(/Not going back/);
  });
});
