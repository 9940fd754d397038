/**
 * The messaging sites Softer runs on by default. One entry per site; `editor` says which message
 * editor the site uses, because that decides how a rewrite must be inserted (issue 5).
 * The host permissions in the manifest are derived from this list and nothing else.
 */
export interface MessagingSite {
  /** Shown in the popup and the options page. */
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /** The editor behind the message box, as far as it is publicly known. */
  editor: 'lexical' | 'slate' | 'draft-js' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';
}

export const MESSAGING_SITES: readonly MessagingSite[] = [
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'], editor: 'lexical' },
  { name: 'Messenger', matches: ['https://www.messenger.com/*'], editor: 'lexical' },
  { name: 'Facebook', matches: ['https://www.facebook.com/*'], editor: 'lexical' },
  { name: 'Instagram', matches: ['https://www.instagram.com/*'], editor: 'lexical' },
  { name: 'Slack', matches: ['https://app.slack.com/*'], editor: 'quill' },
  { name: 'Discord', matches: ['https://discord.com/*'], editor: 'slate' },
  { name: 'Gmail', matches: ['https://mail.google.com/*'], editor: 'contenteditable' },
  {
    name: 'Outlook',
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*'],
    editor: 'contenteditable',
  },
  { name: 'Telegram Web', matches: ['https://web.telegram.org/*'], editor: 'contenteditable' },
  { name: 'Google Chat', matches: ['https://chat.google.com/*'], editor: 'contenteditable' },
  {
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
    editor: 'prosemirror',
  },
  { name: 'LinkedIn', matches: ['https://www.linkedin.com/*'], editor: 'contenteditable' },
  { name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'], editor: 'draft-js' },
];

/**
 * The practice chat page (`npm start`, tests/pages/chat.html) is served from this machine only;
 * Softer runs there so anyone can try it without signing in anywhere.
 */
export const PRACTICE_PAGE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Every site pattern Softer holds from its manifest: the messaging sites and the practice page. */
export const BUILT_IN_PATTERNS: readonly string[] = [
  ...MESSAGING_SITES.flatMap((site) => site.matches),
  ...PRACTICE_PAGE_MATCHES,
];

/**
 * The pattern that lets Softer read one site, for the address of a page on it: the page's own scheme
 * and host, any path (`https://notes.example/*`). Null for anything that is not an http(s) page.
 * Match patterns cannot name a port, so a site on another port of the same host shares its pattern.
 */
export function sitePattern(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname || url.username || url.password) return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** The host a single-site pattern names (`https://notes.example/*` → `notes.example`); null for wildcards. */
export function patternHost(pattern: string): string | null {
  const match = /^https?:\/\/([a-z0-9.-]+)\/\*$/i.exec(pattern);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * What a person typed as a site to add ("notes.example", "https://notes.example/inbox") as the
 * pattern to ask the browser for; https unless they wrote http. Null when it is not a site address.
 */
export function patternFromInput(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const address = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const pattern = sitePattern(address);
  const host = pattern ? patternHost(pattern) : null;
  // A real host has a dot (or is localhost); "foo" alone is more likely a typo than a site.
  return host && (host.includes('.') || host === 'localhost') ? pattern : null;
}

/** The messaging sites' host names ("web.whatsapp.com"), read once from their patterns. */
export const MESSAGING_HOSTS: ReadonlySet<string> = new Set(
  MESSAGING_SITES.flatMap((site) => site.matches.map(patternHost)).filter((h): h is string => h !== null),
);

/** Every host Softer runs on unless told otherwise: the messaging sites and the practice page. */
export const BUILT_IN_HOSTS: ReadonlySet<string> = new Set(
  BUILT_IN_PATTERNS.map(patternHost).filter((h): h is string => h !== null),
);
