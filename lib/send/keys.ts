/**
 * Which key presses send a message on a site (issue 14). Pure.
 *
 * On chat sites Enter sends and Shift+Enter starts a new line. In email (Gmail, Outlook) Enter starts a
 * new line and Ctrl+Enter (Cmd+Enter on a Mac) sends, so only that is held there. Elsewhere Ctrl+Enter
 * is held only where it is known to send (the practice page): on a chat site it may insert a new line,
 * and holding a new line would be a pause for nothing.
 */
const EMAIL_HOSTS = new Set(['mail.google.com', 'outlook.live.com', 'outlook.office.com']);
const PRACTICE_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface SendKeys {
  /** Enter alone sends. */
  enter: boolean;
  /** Ctrl+Enter or Cmd+Enter sends. */
  modEnter: boolean;
}

export function sendKeysFor(hostname: string): SendKeys {
  if (EMAIL_HOSTS.has(hostname)) return { enter: false, modEnter: true };
  return { enter: true, modEnter: PRACTICE_HOSTS.has(hostname) };
}

/** The parts of a keydown that decide whether it sends (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Whether this Enter sends here. Shift+Enter and Alt+Enter never do: they start a new line. */
export function isSendKey(press: KeyPress, keys: SendKeys): boolean {
  if (press.key !== 'Enter' || press.shiftKey || press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  return mod ? keys.modEnter : keys.enter;
}
