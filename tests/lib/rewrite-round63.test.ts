/**
 * Fixes by kind from what review round 62 (graded on 17c34bc) read as generic, each in new words: a
 * label or a jab whose deed is said beside it, where the deed holds the writer's own relative clause ("the
 * soup I cooked"), "you didn't even…", a subjectless "forgot my graduation", a second short jab between
 * them, or a manner too long to say again. And from review round 63 (graded on 693d61d), broken grammar by
 * kind: a subjectless "made me…" before "because you", "whole weekend" without its determiner, "you
 * plan" read as the act where it only says which trip, a pronoun alone as what is asked for, the writer's
 * own plan read as a rival, a "you" the writer's verb takes read as a deed, and a dropped "g" kept in a topic;
 * and from that fix's regrade, "you've got no business…" read as a deed, and "their own kid" as a topic.
 */
import { describe, expect, it } from 'vitest';
import { allRewrites as all, firstRewrite as first } from './found';

describe('the deed said beside a label or a jab is what the rewrite says', () => {
  it('keeps a thing the writer made, said after its noun', () => {
    expect(first('You binned the soup I cooked for your sister. You are so selfish.')).toMatch(
      /you binned the soup I cooked for your sister\b/,
    );
  });

  it("keeps the preposition that closes the writer's relative clause", () => {
    expect(all("You're so heartless. You sold the bike I saved up for.")).toMatch(
      /you sold the bike I saved up for\b/,
    );
  });

  it('still reads what they said of the writer as no deed', () => {
    expect(all('you are so two-faced, you told everyone I was lazy')).not.toMatch(/that you told everyone I/);
  });

  it('reads "you didn\'t even…" as what they left undone', () => {
    expect(first("you're so cold, you didn't even call after my uncle's surgery")).toMatch(
      /you didn't even call after my uncle's surgery/,
    );
  });

  it("reads a subjectless miss of the writer's occasion as the partner's", () => {
    expect(all('Well done. Real smart. Forgot my graduation party for the football.')).toMatch(
      /you forgot my graduation party for the football/,
    );
  });

  it('does not make a subjectless "forgot my keys" the partner\'s', () => {
    expect(all("Genius. Forgot my keys at your mum's so now we wait.")).not.toMatch(/you forgot my keys/);
  });

  it('reads past a second short jab to the deed after it', () => {
    expect(first("Bravo. Very smart man. You forgot the baby's bottle at the match.")).toMatch(
      /you forgot the baby's bottle at the match/,
    );
  });

  it('says a long deed without the manner said last', () => {
    const out = all(
      "ugh, you made us miss the last ferry to Mull with your famous 'just one more photo' routine",
    );
    expect(out).toMatch(/you made us miss the last ferry to Mull\b/);
    expect(out).not.toMatch(/one more photo/);
  });
});

describe('broken grammar of review round 63, by kind', () => {
  it('says a subjectless "made me…" before "because you" as what happened to the writer', () => {
    const out = all('Made me late for my exam because you took the car keys to work.');
    expect(out).toMatch(/\bI was late for my exam\b/);
    expect(out).not.toMatch(/that made me/);
    expect(all('made us miss the christening because you slept in')).toMatch(
      /\bwe missed the christening\b/i,
    );
  });

  it('names no "whole" thing without its determiner', () => {
    expect(all('Another whole weekend on Fortnite huh. Must be lovely.')).not.toMatch(/about whole\b/);
  });

  it('leaves "you didn\'t even…" unsaid when its clause is too long to say whole', () => {
    expect(all("You're cold. You didn't even hug me when the scan results came back clear.")).not.toMatch(
      /results came\./,
    );
  });

  it('reads no act in "you V" that only says which thing', () => {
    expect(all('Every holiday you book turns into a disaster, every single one.')).not.toMatch(
      /you (didn't )?book turns/,
    );
  });

  it('asks for no pronoun alone in an either-or', () => {
    expect(all('Them or the casino. Pick.')).not.toMatch(/try them|like us to them/);
  });

  it('reads the writer\'s own plan after "or me and…" as no rival', () => {
    const out = all("Either you sell the jet ski or me and the girls move to Nan's.");
    expect(out).toMatch(/I'd really like you to sell the jet ski/);
    expect(out).not.toMatch(/you sell the jet ski is/);
  });

  it('reads no deed in a "you" the writer\'s verb takes', () => {
    for (const text of [
      'wow you remembered our wedding day only two days late. should i throw you a parade? maybe a banner that says most improved?',
      'wow you remembered the school run only an hour late. shall i throw you a party? maybe a medal that says participation?',
    ])
      expect(all(text)).not.toMatch(/noticed you a\b/);
  });

  it('keeps a verb with its "g" dropped out of the topic', () => {
    expect(
      all("I ain't talkin about your sister movin in. Not tonight, not next week. Quit bringin it up."),
    ).not.toMatch(/your sister movin\b/);
  });

  it('reads no deed in what they have got', () => {
    const out = all("you've got no business lecturing me about the budget after that new amp");
    expect(out).not.toMatch(/hurt that you've got/);
  });

  it("names no one's own thing from a question about anyone", () => {
    expect(all('What is wrong with you? Honestly, who forgets their own daughter at ballet?')).not.toMatch(
      /their own daughter/,
    );
  });
});
