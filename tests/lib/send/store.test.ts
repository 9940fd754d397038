import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  clearReflection,
  countMoment,
  forgetDraft,
  keepDraft,
  keptDraft,
  readReflection,
} from '../../../lib/send/store';

const AT = new Date(2026, 11, 4, 21, 0);

function counted(reflection: Awaited<ReturnType<typeof readReflection>>): number {
  return Object.values(reflection.days).reduce(
    (sum, day) => sum + day.paused + day.rewritten + day.sentAsIs,
    0,
  );
}

describe('what the moment of sending keeps, changed one at a time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a clear waits for the counts asked before it and is not undone by them', async () => {
    const writes = [
      countMoment('paused', ['contempt'], AT),
      countMoment('sentAsIs', ['contempt'], AT),
      clearReflection(),
      countMoment('paused', ['blame'], AT),
    ];
    await Promise.all(writes);
    const reflection = await readReflection();
    expect(counted(reflection)).toBe(1);
    expect(Object.values(reflection.days)[0]?.categories).toEqual({
      blame: { paused: 1, rewritten: 0, sentAsIs: 0 },
    });
  });

  it('two tabs counting at once lose no count', async () => {
    await Promise.all(Array.from({ length: 5 }, () => countMoment('paused', ['ultimatum'], AT)));
    expect(counted(await readReflection())).toBe(5);
  });

  it('drafts kept for two sites at once are both kept, and forgetting one keeps the other', async () => {
    await Promise.all([keepDraft('a.test', 'first draft'), keepDraft('b.test', 'second draft')]);
    expect(await keptDraft('a.test')).toBe('first draft');
    expect(await keptDraft('b.test')).toBe('second draft');
    await Promise.all([forgetDraft('a.test'), keepDraft('c.test', 'third')]);
    expect(await keptDraft('a.test')).toBeNull();
    expect(await keptDraft('b.test')).toBe('second draft');
    expect(await keptDraft('c.test')).toBe('third');
  });

  it('a failed write does not stop the ones after it', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let fail = true;
    fakeBrowser.storage.local.set = (items) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error('quota'));
      }
      return set(items);
    };
    const first = countMoment('paused', ['blame'], AT);
    const second = countMoment('paused', ['blame'], AT);
    await expect(first).rejects.toThrow('quota');
    await second;
    expect(counted(await readReflection())).toBe(1);
  });
});
