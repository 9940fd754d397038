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
