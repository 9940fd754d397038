/**
 * Asking the browser for one site, from the popup. Chrome closes the popup while its permission prompt
 * shows, so the popup cannot wait for a "no": it notes which site it asked for, and learns the answer the
 * next time it opens (session storage: gone when the browser closes).
 *
 * The note uses the browser's own storage call, not a WXT storage item: the call is sent in the click,
 * before the request that closes the popup. A storage item's setValue first awaits (its migrations), so
 * its write left after the request, from a popup that might already be closing.
 */
const ASKED_FOR = 'askedFor';

/** The site the popup last asked for, or null. */
export async function askedFor(): Promise<string | null> {
  const value = (await browser.storage.session.get(ASKED_FOR))[ASKED_FOR];
  return typeof value === 'string' ? value : null;
}

export function forgetAsked(): Promise<void> {
  return browser.storage.session.remove(ASKED_FOR);
}

/**
 * Notes the site, then asks for it; true when the browser grants it. No await comes before the request:
 * the browser only asks during the click. The background switches the site on when it is granted.
 */
export function askForSite(hostname: string, pattern: string): Promise<boolean> {
  void browser.storage.session.set({ [ASKED_FOR]: hostname }).catch(() => undefined);
  const answer = browser.permissions.request({ origins: [pattern] });
  void answer.then(() => forgetAsked()).catch(() => undefined);
  return answer;
}
