/**
 * DOM code: the moment of sending (issue 14). Holds a send (Enter, Ctrl/Cmd+Enter where that sends, or
 * a click on the site's send button) when the message has a serious finding, once per draft, and later
 * sends it exactly as written when the person says so. It is handed the controller's state and the
 * seriousness test, so it holds no settings and no browser API.
 *
 * What it never touches: any key but Enter and Esc (one comparison); Shift+Enter and Alt+Enter; IME
 * composition (`isComposing`, keyCode 229 / key "Process", and the Enter that commits a composition
 * right after `compositionend`, as Safari sends it); a message with no finding (one more comparison).
 */
import { isSendKey, type SendKeys } from '../send/keys';
import type { Finding } from '../types';
import type { ControllerState } from './controller';
import { type MessageField, messageFieldOf, readFieldText } from './fields';
import { sendButtonFor } from './send-button';

/** The key that was held, to dispatch again as it was pressed. */
export interface HeldKey {
  key: string;
  code: string;
  keyCode: number;
  location: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface HeldSend {
  field: MessageField;
  via: { kind: 'key'; key: HeldKey } | { kind: 'button'; button: HTMLElement };
  /** The serious findings that held it, in text order. */
  findings: Finding[];
}

/** sent: the box emptied (or the composer went away); changed: the site did something else; unsent: nothing happened. */
export type SendOutcome = 'sent' | 'changed' | 'unsent';

export interface SendGuardOptions {
  /** The message field, its findings and the text they belong to. */
  state: () => ControllerState;
  /** The findings that hold a send here now; none where the pause is off (settings, this site). */
  serious: (findings: readonly Finding[]) => Finding[];
  /** Which key presses send on this site. */
  keys: () => SendKeys;
  /** A send was held: open the card. */
  onHold: (held: HeldSend) => void;
  /** The held send is over without Softer sending it (a second Enter sent it, Esc, the box emptied). */
  onRelease: (how: 'passed' | 'closed' | 'emptied') => void;
}

/** Safari commits a composition with compositionend and then an Enter keydown, a few ms apart. */
const AFTER_COMPOSITION_MS = 300;
/** How long a re-dispatched key may take to send before the send button is tried. */
const KEY_SEND_MS = 500;
/** The same, when the site took the key (called preventDefault): it is then given longer, and no click follows. */
const TAKEN_KEY_SEND_MS = 1500;
const BUTTON_SEND_MS = 1500;

export class SendGuard {
  private held: HeldSend | null = null;
  /** The field whose current draft was held once already: its next send goes at once. */
  private heldDraft: MessageField | null = null;
  private composedAt = Number.NEGATIVE_INFINITY;
  /** Key events Softer dispatches itself while sending as is: they pass. */
  private readonly own = new WeakSet<Event>();
  private passingClick = false;

  constructor(private readonly options: SendGuardOptions) {}

  /** The send being held now, if any. */
  get current(): HeldSend | null {
    return this.held;
  }

  /** keydown, window capture phase. Every key but Enter and Esc returns at the first comparison. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') {
      if (this.held !== null && event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        this.release('closed');
      }
      return;
    }
    if (event.isComposing || event.keyCode === 229) return;
    if (event.timeStamp - this.composedAt < AFTER_COMPOSITION_MS) {
      this.composedAt = Number.NEGATIVE_INFINITY;
      return;
    }
    const state = this.options.state();
    if (state.findings.length === 0 || !state.field || this.own.has(event)) return;
    if (!isSendKey(event, this.options.keys())) return;
    const field = messageFieldOf(event.composedPath()[0] ?? event.target);
    if (field !== state.field) return;
    if (this.heldDraft === field) {
      // The second Enter: it goes through to the site at once.
      this.pass();
      return;
    }
    const findings = this.seriousNow(field, state);
    if (findings.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.hold({ field, via: { kind: 'key', key: heldKey(event) }, findings });
  };

  /** click, window capture phase: a click on the site's send button is held like Enter. */
  readonly onClick = (event: MouseEvent): void => {
    if (this.passingClick) return;
    const state = this.options.state();
    const field = state.field;
    if (state.findings.length === 0 || !field) return;
    const button = sendButtonFor(field);
    if (!button || !event.composedPath().includes(button)) return;
    if (this.heldDraft === field) {
      this.pass();
      return;
    }
    const findings = this.seriousNow(field, state);
    if (findings.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.hold({ field, via: { kind: 'button', button }, findings });
  };

  /** compositionend, window capture phase. */
  readonly onCompositionEnd = (event: Event): void => {
    this.composedAt = event.timeStamp;
  };

  /** input, window capture phase: a held draft ends when its box is emptied. */
  readonly onInput = (event: Event): void => {
    const draft = this.heldDraft;
    if (!draft) return;
    if (messageFieldOf(event.composedPath()[0] ?? event.target) !== draft) return;
    if (readFieldText(draft).trim() !== '') return;
    this.heldDraft = null;
    if (this.held) this.release('emptied');
  };

  /** Closes the held send without sending (Esc, the card's ×, a rewrite used). The draft stays "held once". */
  release(how: 'passed' | 'closed' | 'emptied' = 'closed'): void {
    if (!this.held) return;
    this.held = null;
    this.options.onRelease(how);
  }

  /** Forgets the draft (it was kept for later, or sent): its box starts a new draft. */
  forgetDraft(): void {
    this.heldDraft = null;
    this.held = null;
  }

  /**
   * "Send as is": exactly once, with exactly the text in the box. First the site's own path (the key
   * again, or the button that was clicked); then, after a key the site ignored, its send button; and
   * if neither sent, nothing more (the text stays, and the card says to press Enter).
   */
  async sendAsIs(): Promise<SendOutcome> {
    const held = this.held;
    if (!held?.field.isConnected) return 'unsent';
    const { field } = held;
    const view = field.ownerDocument.defaultView;
    await focusField(field);
    const before = readFieldText(field);
    if (before.trim() === '') return 'unsent';
    const sent = () => !field.isConnected || readFieldText(field).trim() === '';
    const moved = () => !field.isConnected || readFieldText(field) !== before;
    const outcome = (): SendOutcome => {
      if (!sent()) return 'changed';
      this.forgetDraft();
      return 'sent';
    };
    if (held.via.kind === 'key') {
      const taken = this.dispatchKey(field, held.via.key);
      if (await until(view, moved, taken ? TAKEN_KEY_SEND_MS : KEY_SEND_MS)) return outcome();
      // The site took the key and did not send: a click now could send it twice.
      if (taken) return 'unsent';
    }
    const button =
      held.via.kind === 'button' && held.via.button.isConnected ? held.via.button : sendButtonFor(field);
    if (!button) return 'unsent';
    this.passingClick = true;
    try {
      button.click();
    } finally {
      this.passingClick = false;
    }
    if (await until(view, moved, BUTTON_SEND_MS)) return outcome();
    return 'unsent';
  }

  private hold(held: HeldSend): void {
    this.held = held;
    this.heldDraft = held.field;
    this.options.onHold(held);
  }

  /**
   * The draft goes through untouched. It stays "held once" until its box is emptied: a form's implicit
   * submission clicks the send button right after the Enter, and that click must pass too.
   */
  private pass(): void {
    this.release('passed');
  }

  /** The box was seen empty (the site sent the draft, or the person deleted it): the next draft is new. */
  noteEmpty(field: MessageField | null): void {
    if (field && field === this.heldDraft) this.heldDraft = null;
  }

  /** The serious findings that are still in the box as they were analysed (typing since may have moved them). */
  private seriousNow(field: MessageField, state: ControllerState): Finding[] {
    const serious = this.options.serious(state.findings);
    if (serious.length === 0) return serious;
    const text = readFieldText(field);
    return serious.filter((f) => text.slice(f.start, f.end) === f.text);
  }

  /** keydown, keypress (only when keydown was not taken, as the browser does) and keyup; true when the site took the keydown. */
  private dispatchKey(field: MessageField, key: HeldKey): boolean {
    const make = (type: string) => {
      const event = new KeyboardEvent(type, {
        ...key,
        // keyCode and which are legacy but still what many sites (and Draft.js) read.
        which: key.keyCode,
        charCode: type === 'keypress' ? key.keyCode : 0,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit);
      this.own.add(event);
      return event;
    };
    const down = make('keydown');
    field.dispatchEvent(down);
    if (!down.defaultPrevented) field.dispatchEvent(make('keypress'));
    field.dispatchEvent(make('keyup'));
    return down.defaultPrevented;
  }
}

function heldKey(event: KeyboardEvent): HeldKey {
  return {
    key: event.key,
    code: event.code,
    keyCode: event.keyCode || 13,
    location: event.location,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
  };
}

/** Focus back in the field (the card's button had it), after the editor has restored its own selection. */
async function focusField(field: MessageField): Promise<void> {
  const doc = field.ownerDocument;
  if (doc.activeElement === field || field.contains(doc.activeElement)) return;
  field.focus();
  const view = doc.defaultView;
  await new Promise<void>((done) => {
    if (!view || doc.visibilityState !== 'visible') setTimeout(done, 16);
    else view.requestAnimationFrame(() => view.setTimeout(done, 0));
  });
}

/** Resolves true as soon as `condition` holds, false when `ms` pass first. Checked every frame-length tick. */
function until(view: Window | null, condition: () => boolean, ms: number): Promise<boolean> {
  const timers = view ?? globalThis;
  return new Promise((done) => {
    const deadline = Date.now() + ms;
    const check = () => {
      if (condition()) done(true);
      else if (Date.now() >= deadline) done(false);
      else timers.setTimeout(check, 16);
    };
    check();
  });
}
