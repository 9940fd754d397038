/**
 * The top frame's part in the toolbar badge, from the page's start: it tells the background whether
 * Softer reads this site ("off" where it is switched off or paused), and again whenever the settings
 * change or a pause may have ended. It reads the stored settings directly (lib/settings/site-switch.ts)
 * and has its own messenger, so a page where nobody writes loads no zod, storage wrapper or UI.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProtocolMap } from '../../lib/protocol';
import { isSiteEnabledAsStored, STORED_SETTINGS_KEY } from '../../lib/settings/site-switch';

export function watchSiteBadge(ctx: ContentScriptContext, hostname: string): void {
  const { sendMessage } = defineExtensionMessaging<Pick<ProtocolMap, 'siteState'>>();
  let stored: unknown;
  let reported: boolean | null = null;
  const report = () => {
    const enabled = isSiteEnabledAsStored(stored, hostname);
    if (enabled === reported) return;
    reported = enabled;
    void sendMessage('siteState', { enabled }).catch(() => undefined);
  };
  void browser.storage.local
    .get(STORED_SETTINGS_KEY)
    .then((items) => {
      stored = items[STORED_SETTINGS_KEY];
      report();
    })
    .catch(() => undefined);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(STORED_SETTINGS_KEY in changes)) return;
    stored = changes[STORED_SETTINGS_KEY]?.newValue;
    report();
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  // A pause that ends on its own is noticed at the next focus.
  ctx.addEventListener(document, 'focusin', report, { capture: true });
}
