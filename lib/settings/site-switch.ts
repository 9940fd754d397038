/**
 * Whether Softer reads a site, judged from the settings as stored: the toolbar badge's check at page
 * load, in the top frame, before the content script has loaded zod, storage and the rest for a message
 * box (entrypoints/content/site-badge.ts). No zod here on purpose: this module is evaluated in every
 * page Softer runs on. It gives what isSiteEnabled(parseSettings(stored).settings) gives (a property
 * test holds them together): a broken `sites` or `pausedUntil` counts as unset, as parseSettings resets it.
 */
import { BUILT_IN_HOSTS } from '../sites';

/** The storage.local key the settings are kept under (lib/settings/store.ts, "local:settings"). */
export const STORED_SETTINGS_KEY = 'settings';

/** Host names as the settings schema accepts them. */
const HOST = /^[a-z0-9.-]{1,253}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isSiteEnabledAsStored(stored: unknown, hostname: string, now = Date.now()): boolean {
  const { pausedUntil, sites } = isRecord(stored) ? stored : {};
  if (typeof pausedUntil === 'number' && Number.isFinite(pausedUntil) && now < pausedUntil) return false;
  // One broken entry makes the whole map unreadable, as in parseSettings.
  const readable =
    isRecord(sites) &&
    Object.entries(sites).every(
      ([host, choice]) => HOST.test(host) && isRecord(choice) && typeof choice.enabled === 'boolean',
    );
  const choice = readable ? (sites[hostname] as { enabled: boolean } | undefined) : undefined;
  return choice ? choice.enabled : BUILT_IN_HOSTS.has(hostname);
}
