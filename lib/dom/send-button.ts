/**
 * DOM code: the site's own send button for a message field (issue 14), found by what the button says
 * about itself, never by position alone, and never the voice-note button that many sites put in the
 * same place (WhatsApp and Telegram swap send and microphone in one spot as the box fills or empties).
 *
 * What it reads, per site as publicly seen: WhatsApp `button[aria-label="Send"]` with
 * `span[data-icon="send"]` (voice: `data-icon="ptt"`, aria-label "Voice message"); Messenger
 * `[role=button][aria-label="Press enter to send"]`; Slack `button[data-qa="texty_send_button"]`
 * ("Send now"; "Schedule message" beside it); X `[data-testid="dmComposerSendButton"]`; Teams
 * `[data-tid="newMessageCommands-send"]`; Google Chat `[aria-label="Send message"]`; Gmail
 * `[role=button][data-tooltip^="Send"]` ("Schedule send" beside it); Telegram `button.btn-send`, whose
 * class gains `record` while it is the microphone; LinkedIn `button.msg-form__send-button`; Discord
 * has none (Enter only).
 */

/** "dmComposerSendButton", "texty_send_button", "btn-send" → words. */
const words = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-./]+/g, ' ')
    .toLowerCase();

const SEND = /\bsend\b/;
/** A button that says any of these is not the plain send: voice notes, scheduling, attachments. */
const NOT_SEND =
  /\b(voice|audio|record|recording|microphone|mic|ptt|dictate|dictation|speech|schedule|scheduled|later|attach|attachment|emoji|gif|sticker|file|photo|video|call|feedback|invite|invitation|money|payment|gift)\b/;

const CANDIDATES = 'button, [role="button"], input[type="submit"]';
/** How far up from the field the composer's buttons are looked for. */
const MAX_LEVELS = 8;

/** What a button says about itself: its labels, test ids, icon names, class and short text. */
function selfDescription(el: Element): string {
  const parts: string[] = [];
  for (const name of [
    'aria-label',
    'title',
    'data-tooltip',
    'data-testid',
    'data-qa',
    'data-tid',
    'name',
    'value',
  ])
    parts.push(el.getAttribute(name) ?? '');
  parts.push(typeof el.className === 'string' ? el.className : '');
  for (const icon of el.querySelectorAll('[data-icon]')) parts.push(icon.getAttribute('data-icon') ?? '');
  const text = el.textContent ?? '';
  if (text.length <= 40) parts.push(text);
  return words(parts.join(' '));
}

/** Whether this element is a plain send button (labels say send, and nothing says voice or schedule). */
export function isSendButton(el: Element): boolean {
  const said = selfDescription(el);
  return SEND.test(said) && !NOT_SEND.test(said);
}

function usable(el: HTMLElement): boolean {
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return false;
  return el.getClientRects().length > 0;
}

/**
 * The send button of the composer around `field`: the nearest ancestor (up to a few levels, or the
 * field's form) holding a usable send button outside the field. Null when there is none.
 */
export function sendButtonFor(field: HTMLElement): HTMLElement | null {
  const form = (field as HTMLInputElement).form ?? null;
  let scope: Element | null = form ?? field.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    for (const el of scope.querySelectorAll<HTMLElement>(CANDIDATES)) {
      if (field.contains(el) || !usable(el)) continue;
      if (isSendButton(el)) return el;
    }
    if (scope === field.ownerDocument.body) break;
  }
  return null;
}
