/**
 * DOM code: everything at the moment of sending (issue 14) that the card shows, in one place the content
 * script wires to the page: the held send (SendGuard), the right-moment nudge (late at night, or a heated
 * stretch), the draft kept for later, and the counts for the weekly reflection. Storage and messaging
 * are handed in, so a happy-dom test can run it with fakes.
 */

import { sendKeysFor } from '../send/keys';
import { HeatedStretch, isLateNight, type NudgeReason, nudgeLine } from '../send/moment';
import type { ReflectionEvent } from '../send/reflection';
import { seriousFindings } from '../send/serious';
import type { Settings } from '../settings/schema';
import type { Category, Finding } from '../types';
import type { ControllerState } from './controller';
import { isTextControl, type MessageField, readFieldText } from './fields';
import { replaceText } from './insert';
import { type HeldSend, SendGuard } from './send-guard';

/** What the card shows for a held send. */
export interface HeldCard {
  /** held: waiting for the person; sending: "Send as is" in progress; unsent: neither path sent it. */
  status: 'held' | 'sending' | 'unsent';
  /** The one line suggesting a 20-minute break, when it is late or heated; else null. */
  nudge: string | null;
  nudgeReason: NudgeReason | null;
  /** What happened to "Keep this draft for later", once pressed. */
  kept: 'kept' | 'kept-still-in-box' | 'failed' | null;
}

export interface SendMomentOptions {
  state: () => ControllerState;
  settings: () => Settings;
  /** Softer reads fields here now (site on, not paused). */
  enabled: () => boolean;
  hostname: string;
  /** Keeps the draft for this browser session (storage.session, in the background); true once it is kept. */
  keepDraft: (text: string) => Promise<boolean>;
  /** The draft kept for this site, or null. */
  keptDraft: () => Promise<string | null>;
  forgetKeptDraft: () => Promise<void>;
  /** Counts one event for the weekly reflection (counts only). */
  record: (event: ReflectionEvent, categories: Category[]) => void;
  /** Analyse the field again (after a send emptied it without an input event). */
  refresh: () => void;
  onChange: () => void;
  now?: () => Date;
}

export class SendMoment {
  readonly guard: SendGuard;
  private heldCard: HeldCard | null = null;
  private heldFindings: Finding[] = [];
  private readonly heat = new HeatedStretch();
  /** Counts drafts: a draft with a serious finding counts once in the heated stretch. */
  private draft = 0;
  private lastText = '';
  private lastField: MessageField | null = null;
  /** A draft is kept for this site (shown as "Put back your draft" in an empty box). */
  private keptHere = false;

  constructor(private readonly options: SendMomentOptions) {
    this.guard = new SendGuard({
      state: options.state,
      serious: (findings) => {
        const settings = options.settings();
        if (!options.enabled() || !settings.sendPause.enabled) return [];
        if (settings.sendPause.offSites.includes(options.hostname)) return [];
        return seriousFindings(findings, settings.sendPause.levels);
      },
      keys: () => sendKeysFor(options.hostname),
      onHold: (held) => this.onHold(held),
      onRelease: (how) => this.onRelease(how),
    });
    void this.checkKept();
  }

  /** The held send's card state, or null when no send is held. */
  get card(): HeldCard | null {
    return this.heldCard;
  }

  /** Whether a kept draft waits for this site and the focused box is empty (where it can go back). */
  get canPutBack(): boolean {
    const { field } = this.options.state();
    return this.keptHere && field?.isConnected === true && readFieldText(field).trim() === '';
  }

  /** Every controller state change: counts serious drafts toward a heated stretch, and new drafts. */
  noteState(state: ControllerState): void {
    if (state.field !== this.lastField) {
      this.lastField = state.field;
      this.draft++;
      void this.checkKept();
    }
    const empty = state.text.trim() === '';
    if (empty) this.guard.noteEmpty(state.field);
    if (empty && this.lastText.trim() !== '') this.draft++;
    this.lastText = state.text;
    if (empty || state.findings.length === 0) return;
    // One draft counts once, whatever it holds: "we need therapy or we're done" is an ultimatum and
    // a last resort, but one message, not two steps of a heated stretch.
    if (this.serious(state.findings).length > 0) this.heat.note(String(this.draft), Date.now());
  }

  private serious(findings: readonly Finding[]): Finding[] {
    return seriousFindings(findings, this.options.settings().sendPause.levels);
  }

  private onHold(held: HeldSend): void {
    this.heldFindings = held.findings;
    // Enter came before the last keystrokes were analysed: the card shows what was found so far (it is
    // still in the box), and asks for the rest now, so its rewrites apply to the whole text.
    if (this.options.state().text !== readFieldText(held.field)) this.options.refresh();
    const settings = this.options.settings().sendPause;
    const at = this.options.now?.() ?? new Date();
    const reason: NudgeReason | null = isLateNight(at, settings.lateWindow)
      ? 'late'
      : settings.heatedNudge && this.heat.isHeated(at.getTime())
        ? 'heated'
        : null;
    this.heldCard = {
      status: 'held',
      nudge: reason ? nudgeLine(reason) : null,
      nudgeReason: reason,
      kept: null,
    };
    this.options.record('paused', categoriesOf(held.findings));
    this.options.onChange();
  }

  private onRelease(how: 'passed' | 'closed' | 'emptied'): void {
    this.heldCard = null;
    if (how === 'passed') {
      // The second Enter (or click) sent it through the site's own path.
      this.options.record('sentAsIs', categoriesOf(this.heldFindings));
      this.afterSend();
    }
    this.options.onChange();
  }

  private afterSend(): void {
    this.draft++;
    // Sites empty the box without an input event; look again once they have.
    setTimeout(() => this.options.refresh(), 150);
  }

  /** "Send as is". */
  async sendAsIs(): Promise<void> {
    if (!this.heldCard || this.heldCard.status === 'sending') return;
    this.heldCard = { ...this.heldCard, status: 'sending' };
    this.options.onChange();
    const outcome = await this.guard.sendAsIs();
    if (outcome === 'sent') {
      this.heldCard = null;
      this.options.record('sentAsIs', categoriesOf(this.heldFindings));
      this.afterSend();
    } else if (this.heldCard) {
      this.heldCard = { ...this.heldCard, status: 'unsent' };
    }
    this.options.onChange();
  }

  /** The card was closed (×, Esc inside the card, "Turn off on this site"). */
  dismiss(): void {
    this.guard.release('closed');
  }

  /** A rewrite was used (card or popup): counted, and a held send's card closes without sending. */
  usedRewrite(finding: Finding): void {
    this.options.record('rewritten', [finding.category]);
    this.guard.release('closed');
  }

  /** "Keep this draft for later": kept in storage.session first, then the box is emptied. */
  async keepDraft(): Promise<void> {
    const field = this.guard.current?.field ?? this.options.state().field;
    if (!field || !this.heldCard) return;
    const text = readFieldText(field);
    const kept = text.trim() !== '' && (await this.options.keepDraft(text).catch(() => false));
    if (!kept) {
      if (this.heldCard) this.heldCard = { ...this.heldCard, kept: 'failed' };
      this.options.onChange();
      return;
    }
    this.keptHere = true;
    const emptied = await emptyField(field).catch(() => false);
    if (emptied) {
      this.guard.forgetDraft();
      this.heldCard = null;
      this.draft++;
      this.options.refresh();
    } else if (this.heldCard) {
      this.heldCard = { ...this.heldCard, kept: 'kept-still-in-box' };
    }
    this.options.onChange();
  }

  /** Puts the kept draft back into the (empty) box; it is forgotten only once it is there. Never sends. */
  async putBack(): Promise<boolean> {
    const field = this.options.state().field;
    if (!field?.isConnected) return false;
    const text = await this.options.keptDraft().catch(() => null);
    if (text === null) {
      this.keptHere = false;
      this.options.onChange();
      return false;
    }
    const ok = await insertIntoEmpty(field, text).catch(() => false);
    if (ok) {
      await this.options.forgetKeptDraft().catch(() => undefined);
      this.keptHere = false;
      this.options.refresh();
    }
    this.options.onChange();
    return ok;
  }

  /** "Forget it": the kept draft is dropped from the session. */
  async forget(): Promise<void> {
    await this.options.forgetKeptDraft().catch(() => undefined);
    this.keptHere = false;
    this.options.onChange();
  }

  private async checkKept(): Promise<void> {
    const kept = (await this.options.keptDraft().catch(() => null)) !== null;
    if (kept !== this.keptHere) {
      this.keptHere = kept;
      this.options.onChange();
    }
  }
}

function categoriesOf(findings: readonly Finding[]): Category[] {
  return [...new Set(findings.map((f) => f.category))];
}

/** Empties the box through the editor's own pipeline (one undo step brings it back); true when empty. */
async function emptyField(field: MessageField): Promise<boolean> {
  const text = readFieldText(field);
  if (text.length > 0) {
    if (isTextControl(field)) {
      field.focus();
      field.setSelectionRange(0, text.length);
      if (!field.ownerDocument.execCommand('delete')) {
        field.setRangeText('', 0, text.length, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
      }
    } else {
      await replaceText(field, 0, text.length, '');
      if (readFieldText(field).trim() !== '') field.ownerDocument.execCommand('delete');
    }
  }
  return readFieldText(field).trim() === '';
}

/** Types `text` into an empty box where the editor puts its caret; true when the box then holds it. */
async function insertIntoEmpty(field: MessageField, text: string): Promise<boolean> {
  const current = readFieldText(field);
  if (current.trim() !== '') return false;
  if (current.length > 0) {
    // An editor's invisible placeholder (Slate's zero-width space): replaced like any text.
    await replaceText(field, 0, current.length, text);
  } else {
    field.focus();
    await new Promise((done) => setTimeout(done, 16));
    if (isTextControl(field)) field.setSelectionRange(0, 0);
    if (!field.ownerDocument.execCommand('insertText', false, text) && isTextControl(field)) {
      field.setRangeText(text, 0, 0, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
  }
  return (
    readFieldText(field)
      .replace(/\uFEFF/g, '')
      .trim() === text.trim()
  );
}
