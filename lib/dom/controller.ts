/**
 * Watches the focused message field, asks for findings after a pause in typing, and keeps the
 * highlights and the UI state in step with the text. It is handed `analyze` (in the extension, a
 * message to the background; in tests, a fake), so it holds no engine and no browser API.
 */
import { MAX_ANALYZE_CHARS } from '../limits';
import { spliceFor } from '../rewrite/splice';
import type { Finding } from '../types';
import { isTextControl, type MessageField, messageFieldOf, rangeFor, readFieldText } from './fields';
import { HIGHLIGHT_NAME } from './highlight';
import { replaceText } from './insert';

export interface ControllerState {
  field: MessageField | null;
  findings: Finding[];
  /** The text the findings belong to: findings for an older text are never shown. */
  text: string;
  /** The person has typed since: positions may have moved until the next analysis. */
  stale?: boolean;
  /** A rewrite the editor would not take (issue 13): the card offers Copy and says why, until the text changes. */
  notice?: ApplyNotice;
}

/** A rewrite that could not go in, and why. */
export interface ApplyNotice {
  rewrite: string;
  reason: string;
}

export interface ControllerOptions {
  analyze: (text: string) => Promise<Finding[]>;
  /** Pause after the last keystroke before analysing, ms. */
  debounceMs?: number;
  onChange: (state: ControllerState) => void;
  /** Where errors go instead of the page (the page never sees Softer throw). */
  onError?: (error: unknown) => void;
}

/** The CSS Custom Highlight API as one window has it (absent in old engines and in happy-dom). */
interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

export class FieldController {
  private state: ControllerState = { field: null, findings: [], text: '' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Watches for the field leaving the page (a chat app re-rendering its composer), while one is active. */
  private removal: MutationObserver | undefined;
  /** The window whose highlight registry holds the underlines now. */
  private paintedIn: HighlightWindow | undefined;

  constructor(private readonly options: ControllerOptions) {}

  get current(): ControllerState {
    return this.state;
  }

  /** A focusin or input event somewhere in the page (composedPath()[0] reaches into open shadow roots). */
  handleEvent(event: Event): void {
    try {
      const target = (event.composedPath?.()[0] ?? event.target) as EventTarget | null;
      const field = messageFieldOf(target);
      if (!field) return;
      if (field !== this.state.field) this.set({ field, findings: [], text: '' });
      else if (event.type === 'input' && this.state.findings.length > 0 && !this.state.stale) {
        // Underlines drawn over a text control would drift while the text changes: hide them until
        // the next analysis (one render on the first keystroke, none after).
        this.state = { ...this.state, stale: true };
        this.options.onChange(this.state);
      }
      this.schedule();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.options.debounceMs ?? 120);
  }

  /** Starts again on the message field that has focus (after Softer is switched back on, or its settings changed). */
  resume(doc: Document): void {
    let active: Element | null = doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    // Focus may be in Softer's own card (after "Ignore"): then the field it was about.
    const field = messageFieldOf(active) ?? (this.state.field?.isConnected ? this.state.field : null);
    if (!field) return;
    if (field !== this.state.field) this.set({ field, findings: [], text: '' });
    void this.run();
  }

  /** Analyse the focused field now. */
  async run(): Promise<void> {
    const field = this.state.field;
    if (!field) return;
    const generation = ++this.generation;
    try {
      if (!field.isConnected) {
        this.set({ field: null, findings: [], text: '' });
        return;
      }
      const text = readFieldText(field);
      // A huge paste is read up to the engine's limit; offsets into that prefix are offsets into the text.
      const findings = text.trim() === '' ? [] : await this.options.analyze(text.slice(0, MAX_ANALYZE_CHARS));
      // A newer keystroke, another field, or a vanished field: drop this answer.
      if (generation !== this.generation || field !== this.state.field || readFieldText(field) !== text)
        return;
      // A notice about a rewrite that did not go in stays while the text is the one it was about.
      const notice = text === this.state.text ? this.state.notice : undefined;
      this.set(notice ? { field, findings, text, notice } : { field, findings, text });
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /**
   * Replaces a finding's sentence with a rewrite, through the field's own editing pipeline. When the
   * editor does not take it, the message is left exactly as it was and the state carries a notice.
   */
  async apply(finding: Finding, rewrite: string): Promise<boolean> {
    const { field, text } = this.state;
    if (!field || readFieldText(field) !== text) return false;
    try {
      const splice = spliceFor(text, finding, rewrite);
      const outcome = await replaceText(field, splice.start, splice.end, splice.insert);
      if (!outcome.applied && this.state.field === field) {
        this.state = { ...this.state, notice: { rewrite, reason: outcome.reason } };
        this.options.onChange(this.state);
      }
      this.schedule();
      return outcome.applied;
    } catch (error) {
      this.options.onError?.(error);
      return false;
    }
  }

  /** Puts the whole rewrite (issue 12) in place of the message, through the field's own editing pipeline. */
  async applyWhole(whole: string): Promise<boolean> {
    const { field, text } = this.state;
    if (!field || readFieldText(field) !== text) return false;
    try {
      const outcome = await replaceText(field, 0, text.length, whole);
      if (!outcome.applied && this.state.field === field) {
        this.state = { ...this.state, notice: { rewrite: whole, reason: outcome.reason } };
        this.options.onChange(this.state);
      }
      this.schedule();
      return outcome.applied;
    } catch (error) {
      this.options.onError?.(error);
      return false;
    }
  }

  /** Stops everything: no highlights, no timers, no state. */
  clear(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.set({ field: null, findings: [], text: '' });
  }

  private set(state: ControllerState): void {
    if (state.field !== this.state.field) this.watchRemoval(state.field);
    this.state = state;
    this.paintHighlights();
    this.options.onChange(state);
  }

  private watchRemoval(field: MessageField | null): void {
    this.removal?.disconnect();
    this.removal = undefined;
    if (!field || typeof MutationObserver !== 'function') return;
    // The check is one property read per batch of mutations: cheap even on a busy chat page.
    this.removal = new MutationObserver(() => {
      if (!field.isConnected && this.state.field === field) this.clear();
    });
    this.removal.observe(field.ownerDocument, { childList: true, subtree: true });
  }

  /** Underlines findings in a contenteditable with the CSS Custom Highlight API: no DOM change. */
  private paintHighlights(): void {
    const { field, findings } = this.state;
    // Each window has its own registry: a field in a frame read from its parent (lib/dom/frames.ts)
    // is underlined in the frame's.
    const view = (field?.ownerDocument.defaultView ?? globalThis) as unknown as HighlightWindow;
    if (this.paintedIn && this.paintedIn !== view) this.paintedIn.CSS?.highlights?.delete(HIGHLIGHT_NAME);
    this.paintedIn = view;
    const registry = view.CSS?.highlights;
    const HighlightCtor = view.Highlight;
    if (!registry || !HighlightCtor) return;
    if (!field || isTextControl(field) || findings.length === 0) {
      registry.delete(HIGHLIGHT_NAME);
      return;
    }
    const ranges = findings.map((f) => rangeFor(field, f.start, f.end)).filter((r): r is Range => r !== null);
    registry.set(HIGHLIGHT_NAME, new HighlightCtor(...ranges));
  }
}

export { HIGHLIGHT_CSS } from './highlight';
