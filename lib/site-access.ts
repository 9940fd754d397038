/**
 * Softer on sites beyond the built-in ones: the person grants one site (an optional host permission,
 * asked for from the popup or the options page), and Softer's content scripts are registered there
 * at runtime, persisted across restarts. The browser's permission is the source of truth: scripts are
 * registered for exactly the single-site patterns granted, no more.
 *
 * Pure (tested in tests/lib/site-access.test.ts); the background worker applies the plan
 * (entrypoints/background/site-scripts.ts).
 */
import { BUILT_IN_PATTERNS, patternHost } from './sites';

/** A content script as the manifest declares it (the built files, whatever WXT named them). */
export interface ManifestScript {
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  world?: string;
  run_at?: string;
}

/** A content script registration (chrome.scripting.RegisteredContentScript). */
export interface Registration {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  allFrames: boolean;
  world?: 'ISOLATED' | 'MAIN';
  runAt: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions: boolean;
}

/** Every registration Softer makes starts with this, so it never touches anyone else's. */
export const REGISTRATION_PREFIX = 'softer-site-scripts-';

/** The granted patterns that name one site Softer does not hold from its manifest. */
export function grantedSitePatterns(origins: readonly string[]): string[] {
  const built = new Set(BUILT_IN_PATTERNS);
  return [...new Set(origins)].filter((p) => patternHost(p) !== null && !built.has(p)).sort();
}

/** The registrations that run each of the manifest's content scripts on the granted sites as well. */
export function registrationsFor(
  patterns: readonly string[],
  scripts: readonly ManifestScript[],
): Registration[] {
  if (patterns.length === 0) return [];
  return scripts
    .filter((script) => (script.js?.length ?? 0) > 0)
    .map((script, index) => ({
      id: `${REGISTRATION_PREFIX}${index}`,
      matches: [...patterns],
      js: [...(script.js ?? [])],
      ...(script.css?.length ? { css: [...script.css] } : {}),
      allFrames: script.all_frames ?? false,
      ...(script.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
      runAt: (script.run_at as Registration['runAt'] | undefined) ?? 'document_idle',
      persistAcrossSessions: true,
    }));
}

/** What a registered script looks like when read back: only the fields that decide where and what runs. */
function shape(r: Partial<Registration> & { id: string }): string {
  return JSON.stringify([
    [...(r.matches ?? [])].sort(),
    r.js ?? [],
    r.css ?? [],
    r.allFrames ?? false,
    r.world ?? 'ISOLATED',
    r.runAt ?? 'document_idle',
  ]);
}

/**
 * From what is registered to what should be: Softer's registrations that are missing or differ are
 * (re)registered, those no longer wanted or stale (an update renamed a file) are unregistered.
 */
export function planRegistrations(
  desired: readonly Registration[],
  registered: ReadonlyArray<Partial<Registration> & { id: string }>,
): { unregister: string[]; register: Registration[] } {
  const ours = registered.filter((r) => r.id.startsWith(REGISTRATION_PREFIX));
  const wanted = new Map(desired.map((r) => [r.id, shape(r)]));
  const have = new Map(ours.map((r) => [r.id, shape(r)]));
  return {
    unregister: ours.filter((r) => wanted.get(r.id) !== have.get(r.id)).map((r) => r.id),
    register: desired.filter((r) => have.get(r.id) !== wanted.get(r.id)),
  };
}

/** Hosts that lose their last granted pattern when `removed` goes (http and https are granted apart). */
export function hostsLeft(removed: readonly string[], stillGranted: readonly string[]): string[] {
  const kept = new Set(grantedSitePatterns(stillGranted).map(patternHost));
  return [...new Set(grantedSitePatterns(removed).map(patternHost))].filter(
    (host): host is string => host !== null && !kept.has(host),
  );
}
