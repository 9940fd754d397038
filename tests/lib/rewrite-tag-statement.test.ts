/**
 * A tag the learned scorer flagged ("Not once.", "always.", "Every single one.") closes the statement
 * before it: its finding's sentence takes that statement in, and its rewrite is built from the statement
 * (lib/model/decide.ts, lib/rewrite/index.ts). Review round 50 graded most such tags, rewritten alone,
 * generic, with the statement kept harsh beside them. In new words, not the round's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { rewriteMessage } from '../../lib/rewrite';

const whole = (text: string) => rewriteMessage(text, analyze(text));

describe('a sweep tag after a statement', () => {
  it.each([
    ['never once home for bath time. not once.', 'bath time', /never once home|not once/i],
    ["Not once at the parents' evening this year. Not once.", "parents' evening", /not once/i],
    ['nothing ever gets put back in the fridge. always.', 'fridge', /nothing ever|always/i],
  ])('%j: one rewrite names %j and keeps neither sentence', (text, topic, left) => {
    const findings = analyze(text);
    const tag = findings.find((f) => f.ruleId === 'model' && f.category === 'absolute');
    expect(tag).toBeDefined();
    // The finding underlines the tag, and its sentence reaches back to the statement's first word.
    expect(tag?.sentence.start).toBe(0);
    expect(text.slice(tag?.start ?? 0)).toMatch(/^(not once|always)/i);
    expect(tag?.rewrites[0]).toContain(topic);
    const all = whole(text);
    expect(all).toContain(topic);
    expect(all).not.toMatch(left);
  });

  it('the tag\'s words are no part of the act ("…for a round of golf Not")', () => {
    const text = "You skipped Amara's recital for a round of golf. Not once.";
    const first = analyze(text)[0]?.rewrites[0] ?? '';
    expect(first).toContain("Amara's recital for a round of golf");
    expect(first).not.toMatch(/golf,? not\b/i);
    expect(whole(text)).not.toMatch(/You skipped|Not once/);
  });
});

describe('a shut-down after news keeps the news', () => {
  it.each([["Gone to my sister's in Leeds. Don't call me.", "Gone to my sister's in Leeds."]])(
    '%j keeps %j',
    (text, news) => {
      const findings = analyze(text);
      expect(findings.map((f) => f.category)).toEqual(['stonewall']);
      expect(text.slice(findings[0]?.sentence.start ?? 0)).toMatch(/^Don't call/);
      expect(whole(text)).toContain(news);
    },
  );
});

describe('a sarcastic tag or a verdict of habit says the statement is what happened', () => {
  it('"Typical." is no part of the act, and the statement is said plainly', () => {
    const text = "you're on the xbox till 2 again on a school night. Typical.";
    const tag = analyze(text).find((f) => f.ruleId === 'model' && f.category === 'absolute');
    expect(tag?.sentence.start).toBe(0);
    expect(tag?.rewrites[0]).toContain('you were on the xbox till 2 on a school night');
    expect(whole(text)).not.toMatch(/typical/i);
  });

  it('the tag is never read into the act (review round 51\'s regrade: "…ring the lads Typical")', () => {
    const text = 'Six weeks away. And the first thing you do at home is ring the lads. Typical.';
    const all = analyze(text).flatMap((f) => f.rewrites);
    expect(all.length).toBeGreaterThan(0);
    expect(all.join(' ')).not.toMatch(/typical/i);
  });
});
