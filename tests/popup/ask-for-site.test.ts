import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askedFor, askForSite, forgetAsked } from '../../entrypoints/popup/ask-for-site';

const PATTERN = 'http://notes.test/*';

describe('asking the browser for a site from the popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('notes the site in the click itself, before the request that closes the popup', () => {
    const calls: string[] = [];
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation((items) => {
      calls.push(`set ${JSON.stringify(items)}`);
      return set(items);
    });
    // Chrome's prompt closes the popup: the request never answers it.
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => {
      calls.push('request');
      return new Promise(() => undefined);
    });
    void askForSite('notes.test', PATTERN);
    // Both sent before askForSite returns, the note first.
    expect(calls).toEqual(['set {"askedFor":"notes.test"}', 'request']);
  });

  it('keeps the note while the browser has not answered, so the next popup learns the "no"', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockReturnValue(new Promise(() => undefined));
    void askForSite('notes.test', PATTERN);
    await vi.waitFor(async () => expect(await askedFor()).toBe('notes.test'));
    await forgetAsked();
    expect(await askedFor()).toBeNull();
  });

  it.each([true, false])(
    'forgets the note once the open popup hears the answer (granted: %s)',
    async (granted) => {
      vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted);
      expect(await askForSite('notes.test', PATTERN)).toBe(granted);
      await vi.waitFor(async () => expect(await askedFor()).toBeNull());
    },
  );

  it('reads anything else kept under its key as no note', async () => {
    await fakeBrowser.storage.session.set({ askedFor: { hostname: 'notes.test' } });
    expect(await askedFor()).toBeNull();
  });
});
