/**
 * Builders fall back to a stock rewrite when one throws, so a bug in one never reaches the page; this
 * test makes sure none throws on real messages, where the fallback would hide it (a use-before-declaration
 * in the blame builder once turned its rewrites into "I'm feeling hurt right now" without a failing test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/index';
import { builderFailures } from '../../lib/rewrite/index';
import { findingsOf } from './found';

const messages = ['data/reviews/round-18/messages.jsonl', 'data/reviews/round-19/messages.jsonl']
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('rewrite builders', () => {
  it('never throw on the review rounds’ messages', { timeout: 120_000 }, () => {
    const before = builderFailures.count;
    let rewritten = 0;
    for (const text of messages) rewritten += analyze(text).filter((f) => f.rewrites.length > 0).length;
    expect(messages.length).toBeGreaterThan(700);
    expect(rewritten).toBeGreaterThan(600);
    // The message names the last error, so a failure says which bug.
    expect(builderFailures.count - before, builderFailures.last).toBe(0);
  });
});

describe('"you\'re only sweet when…" keeps what the kindness waits for as the complaint (review round 27)', () => {
  // "I've been feeling hurt when ammi is watching" made the mother-in-law's presence what hurts.
  it.each([
    'you are only sweet to me when ammi is watching, its all acting na',
    'you only get sweet with me when the Vikings lose',
  ])('%s', (text) => {
    for (const r of findingsOf(text).flatMap((f) => f.rewrites))
      expect(r).not.toMatch(/hurt when (ammi|the Vikings)/);
  });

  // A known regression from the twenty-eighth session's weights (they read the quoted motive as a
  // diagnosis of its own, 0.93, and the gate dropped it) until the thirty-second session's weights (blind rounds 50-52 joined) let it pass again;
  // and again with the thirty-seventh session's (b21-b24 joined), which read "I feel hurt when it seems
  // like you are only sweet to me when ammi is watching." as a diagnosis (0.91).
  it.fails('you are only sweet to me when ammi is watching, its all acting na (known regression)', () => {
    const all = findingsOf('you are only sweet to me when ammi is watching, its all acting na').flatMap(
      (f) => f.rewrites,
    );
    expect(all[0]).toMatch(/^I feel hurt when it seems like you (are |'re )?only /);
  });
});
