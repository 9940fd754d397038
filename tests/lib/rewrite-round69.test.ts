/**
 * Fixes by kind from review round 69 (graded on 0d74cd0) and blind round 83, each in new words: the
 * writer's own plan kept, calmly, when an ultimatum is softened ("don't expect me to…", eating with the
 * kids by themself, looking at flats, changing their password, reporting their card, opening their own
 * account, going without the partner); the end said as "don't expect me to be here" read as the end; the
 * act behind "nice of you to…" (not of coming or getting in touch); no contact asked for in Scots spelling or
 * with two time words; the nouns of a threat said after "and" kept out of the topic; the writer's own state
 * said with its subject; a wish ended where a threat said of the world begins; a pointing "then", a "maybe…"
 * suggestion and a second clause kept out of the act; a dialect's "yow" read as the doer; and the closer of
 * an either-or dropped with it.
 */
import { describe, expect, it } from 'vitest';
import { gateProblem } from '../../lib/rewrite/gate';
import { rewritesIn, wholeRewrite } from './found';

describe("the writer's own plan, said calmly, where an ultimatum is softened", () => {
  it('reads "don\'t expect me to…" as what the writer will stop doing', () => {
    const out = rewritesIn(
      "If you go to the match on our anniversary again, don't expect me to cook for you that night.",
      'ultimatum',
    ).join('\n');
    expect(out).toMatch(/I won't cook for you that night|I'm not going to cook for you that night/);
    expect(out).toMatch(/rather you didn't go to the match on our anniversary again/);
  });

  it('reads "don\'t expect me to be here when you get back" as the end, not a plan', () => {
    const out = rewritesIn(
      "If you cancel the counsellor one more time, don't expect me to be here when you get back.",
      'ultimatum',
    ).join('\n');
    expect(out).not.toMatch(/I won't be here/);
    expect(out).toMatch(/can't keep going|carry on like this/);
  });

  it("keeps the writer's evening of their own and their move", () => {
    expect(
      rewritesIn(
        'Either the laptop shuts at dinner or I eat with the girls by myself from now on.',
        'ultimatum',
      ).join('\n'),
    ).toMatch(/I'll eat with the girls by myself from now on|I'm going to eat with the girls by myself/);
    expect(
      rewritesIn('we either ring the counsellor this week or i start looking for a flat', 'ultimatum').join(
        '\n',
      ),
    ).toMatch(/start looking for a flat/);
  });

  it('keeps what the writer does to keep their own safe, never the locks, the wifi or the police', () => {
    expect(
      rewritesIn("Read my messages one more time and I'm changing my passcode.", 'ultimatum').join('\n'),
    ).toMatch(/change my passcode/);
    expect(
      rewritesIn("Stop putting petrol on my credit card or I'm reporting it stolen.", 'ultimatum').join('\n'),
    ).not.toMatch(/report it stolen/);
    expect(
      rewritesIn("Game past midnight one more time and I'm changing the wifi password.", 'ultimatum').join(
        '\n',
      ),
    ).not.toMatch(/change the wifi password/);
    expect(
      rewritesIn("Lie to me about the rent one more time and I'm opening my own account.", 'ultimatum').join(
        '\n',
      ),
    ).toMatch(/open my own account/);
    expect(
      rewritesIn("Come home drunk one more time and I'm changing the locks.", 'ultimatum').join('\n'),
    ).not.toMatch(/change the locks/);
  });

  it('says the condition as "if it happens again", never a bare "if you are"', () => {
    const out = rewritesIn("If you're late for the nativity again I'm going without you.", 'ultimatum').join(
      '\n',
    );
    expect(out).toMatch(/if it happens again, (I'll go|I'm going) without you/);
    expect(out).not.toMatch(/if you are,/);
  });

  it('keeps the nouns of a threat said after "and" out of the topic', () => {
    const out = rewritesIn(
      'Stay out past midnight again and the spare key goes in my bag.',
      'ultimatum',
    ).join('\n');
    expect(out).not.toMatch(/spare key|my bag/);
    expect(out.length).toBeGreaterThan(0);
  });
});

describe('sarcastic praise of an act said as "nice of you to…"', () => {
  it('says the act plainly', () => {
    const out = rewritesIn(
      'Real kind of you to tell your sister about my promotion before I could.',
      'contempt',
    ).join('\n');
    expect(out).toMatch(/you told your sister about my promotion before I could/);
  });

  it('reads no act in praise of coming or getting in touch, unless it says how late', () => {
    const came = rewritesIn('Nice of you to turn up. The film finished an hour ago.', 'contempt').join('\n');
    expect(came).not.toMatch(/you turned up|you showed up/);
    expect(came).toMatch(/\w+/);
    expect(rewritesIn('so nice of you to ring me back two days later 👏', 'contempt').join('\n')).toMatch(
      /you rang me back two days later/,
    );
  });

  it('reads no act where a kindness came late or at last, and says no "you remembered"', () => {
    const late = rewritesIn('Nice of you to remember our anniversary.', 'contempt').join('\n');
    expect(late).not.toMatch(/you remembered|you didn't remember/);
    expect(late).toMatch(/\w+/);
    const finally_ = rewritesIn('nice of u to finally hoover the stairs', 'contempt').join('\n');
    expect(finally_).not.toMatch(/you hoovered/);
    expect(finally_).toMatch(/\w+/);
  });
});

describe('no contact asked for, in any spelling', () => {
  it('reads Scots spelling and two time words', () => {
    expect(rewritesIn('Dinnae bother ringin back the nicht.', 'stonewall').join('\n')).toMatch(
      /hold off on calling/,
    );
    expect(rewritesIn("don't bother phoning back tonight", 'stonewall').join('\n')).toMatch(
      /hold off on calling/,
    );
  });
});

describe('the act and the outcome, said whole and no further', () => {
  it("says the writer's own state with its subject", () => {
    const out = rewritesIn(
      'got written up at work because you took the van with my tools in it',
      'blame',
    ).join('\n');
    expect(out).toMatch(/I got written up at work/);
    expect(out).not.toMatch(/that got written/);
  });

  it('ends the wish where the threat said of the world begins', () => {
    const out = rewritesIn(
      "if you don't start coming to the sessions now there won't be anything left to fix",
      'ultimatum',
    ).join('\n');
    expect(out).toMatch(/like you to start coming to the sessions/);
    expect(out).not.toMatch(/there won't be/);
    expect(
      rewritesIn('if you go where there is no signal again I am not waiting up', 'ultimatum').join('\n'),
    ).toMatch(/go where there is no signal/);
  });

  it('leaves a pointing "then" and a suggestion after "maybe" out of the act', () => {
    const out = rewritesIn(
      "Heard you told your brother I nag. Fine. I'll stop asking you to empty the dishwasher then and just do it myself like always.",
      'absolute',
    ).join('\n');
    expect(out).toMatch(/empty the dishwasher/);
    expect(out).not.toMatch(/dishwasher then/);
  });

  it('drops a candidate with a preposition where its verb should be', () => {
    expect(gateProblem("I've been feeling hurt when you after the gym.")).toBe('fragment');
    expect(gateProblem('I feel hurt when you go out after the gym.')).toBeUndefined();
  });
});

describe('the whole message', () => {
  it('drops "there is no third option anymore" with the either-or it closed', () => {
    const out = wholeRewrite("Counselling or we separate. There's no other option left.");
    expect(out).not.toMatch(/no other option/);
    expect(out).toMatch(/counsell/i);
  });
});

describe('a dialect\'s "you" before a verb', () => {
  it('reads "yow" as the doer, not a thing done to, and stops at the comma', () => {
    const out = rewritesIn('oh brilliant, yow forgot the bins again, nice one bab', 'contempt').join('\n');
    expect(out).not.toMatch(/the yow/);
    expect(out).not.toMatch(/nice one bab/);
    expect(out).toMatch(/you forgot the bins/);
  });
});
