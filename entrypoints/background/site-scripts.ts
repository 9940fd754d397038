/**
 * The browser side of lib/site-access.ts: registrations made to match the granted sites, and Softer
 * started in tabs already open on a newly granted one.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import {
  grantedSitePatterns,
  type ManifestScript,
  planRegistrations,
  registrationsFor,
} from '../../lib/site-access';

/**
 * The manifest's content scripts, their files as paths inside the extension. Firefox's getManifest()
 * gives them as full moz-extension:// addresses, which its registerContentScripts refuses ("must be a
 * relative URL"); Chrome gives the paths already.
 */
function manifestScripts(): ManifestScript[] {
  const base = browser.runtime.getURL('/');
  const inside = (file: string) => (file.startsWith(base) ? file.slice(base.length) : file);
  return ((browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[]).map((script) => ({
    ...script,
    ...(script.js ? { js: script.js.map(inside) } : {}),
    ...(script.css ? { css: script.css.map(inside) } : {}),
  }));
}

/** Registers exactly the granted sites (idempotent; run at start-up and on every permission change). */
export async function syncSiteScripts(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const desired = registrationsFor(grantedSitePatterns(origins), manifestScripts());
  const plan = planRegistrations(desired, await browser.scripting.getRegisteredContentScripts());
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register);
}

/** Starts Softer in the tabs already open on newly granted sites, so nobody has to reload. */
export async function injectInto(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...patterns] });
  const scripts = manifestScripts();
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    for (const script of scripts) {
      if (!script.js?.length) continue;
      await browser.scripting
        .executeScript({
          target: { tabId: tab.id, allFrames: script.all_frames ?? false },
          // The manifest's own file names, read at runtime: WXT's typed list is of the same files.
          files: script.js as ScriptPublicPath[],
          ...(script.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
        })
        .catch(() => undefined); // A tab that navigated away or an error page: the registration covers its next load.
    }
  }
}
