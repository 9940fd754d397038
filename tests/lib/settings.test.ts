import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  isSendPauseOn,
  isSiteEnabled,
  parseSettings,
  pauseUntil,
  SETTINGS_VERSION,
} from '../../lib/settings/schema';
import { readSettings, settingsItem, updateSettings, watchSettings } from '../../lib/settings/store';
import { exportSettings, importSettings } from '../../lib/settings/transfer';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps what is valid, resets what is broken, and says which', () => {
    const { settings, problems } = parseSettings({
      sensitivity: 'strict',
      disabledCategories: ['blame', 'rudeness'],
      sites: { 'web.whatsapp.com': { enabled: false } },
      ignoredPhrases: 'not a list',
      unknownKey: 42,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict',
      sites: { 'web.whatsapp.com': { enabled: false } },
    });
    expect(problems).toEqual([
      '“disabledCategories” was not valid and was reset to its default.',
      '“ignoredPhrases” was not valid and was reset to its default.',
    ]);
  });

  it('resets a value that is not an object at all', () => {
    for (const raw of ['{"sensitivity":', 42, [1, 2], true]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual(['Settings were not readable and were reset to the defaults.']);
    }
  });

  it('refuses oversized ignore lists and odd host names', () => {
    expect(
      parseSettings({ ignoredPhrases: Array.from({ length: 501 }, (_, i) => `p${i}`) }).problems,
    ).toHaveLength(1);
    expect(parseSettings({ ignoredPhrases: ['x'.repeat(201)] }).problems).toHaveLength(1);
    expect(parseSettings({ sites: { 'EVIL HOST/<script>': { enabled: true } } }).problems).toHaveLength(1);
  });
});

describe('isSiteEnabled', () => {
  const now = Date.UTC(2026, 10, 25, 12);

  it('is on by default on the messaging sites and the practice page, off elsewhere', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'web.whatsapp.com', now)).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'discord.com', now)).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, '127.0.0.1', now)).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'example.org', now)).toBe(false);
  });

  it('follows the person’s choice for a site, and a pause everywhere until it ends', () => {
    const off = { ...DEFAULT_SETTINGS, sites: { 'discord.com': { enabled: false } } };
    expect(isSiteEnabled(off, 'discord.com', now)).toBe(false);
    const paused = { ...DEFAULT_SETTINGS, pausedUntil: now + 1000 };
    expect(isSiteEnabled(paused, 'discord.com', now)).toBe(false);
    expect(isSiteEnabled(paused, 'discord.com', now + 1001)).toBe(true);
  });

  it('pauses for an hour, until tomorrow at midnight, or until turned back on', () => {
    const at = new Date(2026, 10, 25, 21, 30);
    expect(pauseUntil('hour', at)).toBe(at.getTime() + 3_600_000);
    expect(pauseUntil('tomorrow', at)).toBe(new Date(2026, 10, 26, 0, 0).getTime());
    expect(pauseUntil('forever', at)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('settings in storage (WXT fakeBrowser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('round-trips a change and tells watchers', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings(({ settings }) => seen.push(settings.sensitivity));
    await updateSettings((s) => {
      s.sensitivity = 'gentle';
      s.ignoredPhrases.push('you never listen');
    });
    expect((await readSettings()).settings).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'gentle',
      ignoredPhrases: ['you never listen'],
    });
    await expect.poll(() => seen).toEqual(['gentle']);
    unwatch();
  });

  it('reads corrupted stored data as defaults for what is broken, without throwing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { sensitivity: 'loud', sites: { 'discord.com': { enabled: false } } },
    });
    const { settings, problems } = await readSettings();
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.sites).toEqual({ 'discord.com': { enabled: false } });
    expect(problems).toEqual(['“sensitivity” was not valid and was reset to its default.']);
  });
});

describe('upgrades from older versions', () => {
  // What version 1 stored: a choice for a messaging site, one for the practice page, and two for
  // sites version 1 never ran on (its popup offered the switch there all the same).
  const V1_VALUE = {
    sensitivity: 'strict',
    disabledCategories: ['contempt'],
    sites: {
      'discord.com': { enabled: false },
      '127.0.0.1': { enabled: false },
      'news.example.com': { enabled: true },
      'bank.example.com': { enabled: false },
    },
    pausedUntil: null,
    ignoredPhrases: ['grow up'],
  };
  const V2_SETTINGS = {
    ...DEFAULT_SETTINGS,
    sensitivity: 'strict',
    disabledCategories: ['contempt'],
    sites: { 'discord.com': { enabled: false }, '127.0.0.1': { enabled: false } },
    ignoredPhrases: ['grow up'],
  };

  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a version 1 value in storage is upgraded once, keeping every choice that still means something', async () => {
    // Version 1 wrote no version marker; @wxt-dev/storage reads an unmarked value as version 1.
    await fakeBrowser.storage.local.set({ settings: V1_VALUE });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ settings: V2_SETTINGS, problems: [] });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...V1_VALUE, sites: V2_SETTINGS.sites },
      settings$: { v: SETTINGS_VERSION },
    });
    // Already upgraded: a second run changes nothing.
    await settingsItem.migrate();
    expect((await readSettings()).settings).toEqual(V2_SETTINGS);
  });

  it('corrupted version 1 data is upgraded without throwing and then repaired by the parse', async () => {
    for (const raw of [{ sites: 'nope', sensitivity: 'loud' }, 'garbage', [1, 2]]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ settings: raw });
      await settingsItem.migrate();
      const { settings } = await readSettings();
      expect(settings.sensitivity).toBe('balanced');
      expect(settings.sites).toEqual({});
    }
  });

  it('a file exported by version 1 imports, upgraded the same way', () => {
    const v1File = JSON.stringify({ softer: 1, settings: V1_VALUE });
    expect(importSettings(v1File)).toEqual({ ok: true, settings: V2_SETTINGS });
  });

  it('a file from a newer Softer is refused with a clear message', () => {
    expect(importSettings(JSON.stringify({ softer: SETTINGS_VERSION + 1, settings: {} }))).toEqual({
      ok: false,
      message:
        'These settings come from a newer Softer. Update Softer, then import them. Nothing was changed.',
    });
  });
});

describe('export and import', () => {
  it('round-trips settings through the file format', () => {
    const settings = { ...DEFAULT_SETTINGS, sensitivity: 'strict' as const, ignoredPhrases: ['grow up'] };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it('refuses a bad file with a clear message', () => {
    const refusals = [
      ['not json', 'This file is not a Softer settings file (it is not JSON). Nothing was changed.'],
      ['{"hello":1}', 'This file is not a Softer settings file. Nothing was changed.'],
      ['{"softer":0,"settings":{}}', 'This file is not a Softer settings file. Nothing was changed.'],
      ['{"softer":"2","settings":{}}', 'This file is not a Softer settings file. Nothing was changed.'],
      [
        '{"softer":1,"settings":{"sensitivity":"loud"}}',
        'This file has settings Softer cannot use: “sensitivity” was not valid and was reset to its default. Nothing was changed.',
      ],
    ];
    for (const [text, message] of refusals)
      expect(importSettings(text as string)).toEqual({ ok: false, message });
  });
});

describe('the send pause settings (issue 14)', () => {
  it('a version 2 value stored before they existed reads with them on, at their defaults, without a migration', async () => {
    fakeBrowser.reset();
    const stored = { sensitivity: 'gentle', sites: {}, disabledCategories: [], ignoredPhrases: [] };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: SETTINGS_VERSION } });
    await settingsItem.migrate();
    const { settings, problems } = await readSettings();
    expect(problems).toEqual([]);
    expect(settings.sendPause).toEqual(DEFAULT_SETTINGS.sendPause);
    expect(settings.sendPause).toMatchObject({
      enabled: true,
      lateWindow: { start: '23:00', end: '05:00' },
      heatedNudge: true,
    });
    expect(settings.sensitivity).toBe('gentle');
  });

  it('is switched off per site, and resets to its default when broken', () => {
    const off = {
      ...DEFAULT_SETTINGS,
      sendPause: { ...DEFAULT_SETTINGS.sendPause, offSites: ['discord.com'] },
    };
    expect(isSendPauseOn(off, 'discord.com')).toBe(false);
    expect(isSendPauseOn(off, 'app.slack.com')).toBe(true);
    expect(isSendPauseOn({ ...off, sendPause: { ...off.sendPause, enabled: false } }, 'app.slack.com')).toBe(
      false,
    );
    for (const broken of [
      { ...DEFAULT_SETTINGS.sendPause, lateWindow: { start: '25:00', end: '05:00' } },
      { ...DEFAULT_SETTINGS.sendPause, levels: { ultimatum: 'sometimes' } },
      { ...DEFAULT_SETTINGS.sendPause, offSites: ['EVIL HOST'] },
    ]) {
      const { settings, problems } = parseSettings({ sendPause: broken });
      expect(settings.sendPause).toEqual(DEFAULT_SETTINGS.sendPause);
      expect(problems).toEqual(['“sendPause” was not valid and was reset to its default.']);
    }
  });

  it('travel in an exported file and back', () => {
    const mine = {
      ...DEFAULT_SETTINGS,
      sendPause: { ...DEFAULT_SETTINGS.sendPause, lateWindow: { start: '22:30', end: '06:00' } },
    };
    expect(importSettings(exportSettings(mine))).toEqual({ ok: true, settings: mine });
  });
});
