/** Export and import of settings as a JSON file. Pure: the page does the file handling. */
import { migrateSettings, parseSettings, SETTINGS_VERSION, type Settings } from './schema';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ softer: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Reads an exported file. Anything not exactly valid is refused with a reason, and nothing changes. */
export function importSettings(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a Softer settings file (it is not JSON). Nothing was changed.',
    };
  }
  const body = json as { softer?: unknown; settings?: unknown } | null;
  const version = body?.softer;
  if (
    !body ||
    typeof body !== 'object' ||
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    typeof body.settings !== 'object'
  ) {
    return { ok: false, message: 'This file is not a Softer settings file. Nothing was changed.' };
  }
  if (version > SETTINGS_VERSION)
    return {
      ok: false,
      message:
        'These settings come from a newer Softer. Update Softer, then import them. Nothing was changed.',
    };
  // A file exported by an older Softer is upgraded the way stored settings are.
  const { settings, problems } = parseSettings(migrateSettings(body.settings, version));
  if (problems.length > 0)
    return {
      ok: false,
      message: `This file has settings Softer cannot use: ${problems.join(' ')} Nothing was changed.`,
    };
  return { ok: true, settings };
}
