/**
 * Settings in extension storage, through @wxt-dev/storage (typed items with a version and migrations,
 * and change watching that works the same in every browser). Everything read back is parsed
 * (lib/settings/schema.ts): corrupted or partial data never crashes a script.
 */
import { storage } from '@wxt-dev/storage';
import {
  type ParsedSettings,
  parseSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './schema';

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  // Run by @wxt-dev/storage once, when a newer Softer first reads what an older one stored.
  migrations: SETTINGS_MIGRATIONS,
});

export async function readSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings({});
  }
}

/** Changes the current (parsed) settings in place and stores the result. */
export async function updateSettings(change: (settings: Settings) => void): Promise<Settings> {
  const { settings } = await readSettings();
  change(settings);
  await settingsItem.setValue(settings);
  return settings;
}

/** Calls back with parsed settings on every change; returns the unwatch function. */
export function watchSettings(callback: (parsed: ParsedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
