import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSiteEnabled, parseSettings } from '../../../lib/settings/schema';
import { isSiteEnabledAsStored, STORED_SETTINGS_KEY } from '../../../lib/settings/site-switch';
import { settingsItem } from '../../../lib/settings/store';

const NOW = 1_800_000_000_000;
const HOSTS = ['web.whatsapp.com', '127.0.0.1', 'notes.example', 'Bad Host!'];

describe('isSiteEnabledAsStored (the toolbar badge at page load)', () => {
  it('reads the key the settings are stored under', () => {
    expect(settingsItem.key).toBe(`local:${STORED_SETTINGS_KEY}`);
  });

  it('follows the person’s choice, a pause, and the built-in sites', () => {
    expect(isSiteEnabledAsStored(undefined, 'web.whatsapp.com', NOW)).toBe(true);
    expect(isSiteEnabledAsStored(undefined, 'notes.example', NOW)).toBe(false);
    expect(
      isSiteEnabledAsStored({ sites: { 'notes.example': { enabled: true } } }, 'notes.example', NOW),
    ).toBe(true);
    expect(
      isSiteEnabledAsStored({ sites: { 'web.whatsapp.com': { enabled: false } } }, 'web.whatsapp.com', NOW),
    ).toBe(false);
    expect(isSiteEnabledAsStored({ pausedUntil: NOW + 1 }, 'web.whatsapp.com', NOW)).toBe(false);
    expect(isSiteEnabledAsStored({ pausedUntil: NOW - 1 }, 'web.whatsapp.com', NOW)).toBe(true);
  });

  it('agrees with isSiteEnabled on the parsed settings, for anything stored', () => {
    const choice = fc.oneof(
      fc.record({ enabled: fc.boolean() }),
      fc.record({ enabled: fc.boolean(), extra: fc.string() }),
      fc.record({ enabled: fc.constantFrom('yes', 1, null) }),
      fc.constantFrom(null, true, 'on', []),
    );
    const stored = fc.oneof(
      fc.constantFrom(undefined, null, 'settings', 42, [], [{ sites: {} }]),
      fc.record(
        {
          sites: fc.oneof(fc.dictionary(fc.constantFrom(...HOSTS), choice), fc.constantFrom(null, 'x', [])),
          pausedUntil: fc.oneof(
            fc.constant(null),
            fc.integer({ min: NOW - 10_000, max: NOW + 10_000 }),
            fc.constantFrom('soon', true),
          ),
          sensitivity: fc.constantFrom('gentle', 'loud'),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(stored, fc.constantFrom(...HOSTS), (raw, host) => {
        expect(isSiteEnabledAsStored(raw, host, NOW)).toBe(
          isSiteEnabled(parseSettings(raw).settings, host, NOW),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
