/**
 * Replaces [start, end) of a field's text through the editor's own input pipeline, so the editor's
 * model agrees with what is shown and one Ctrl+Z restores the original, then checks that it held
 * (issue 13):
 *
 * - textarea, input, plain contenteditable, Lexical, Quill, ProseMirror, TipTap, Draft.js, TinyMCE:
 *   execCommand('insertText') over a selection. The browser fires beforeinput/input (and textInput,
 *   which Draft.js listens to) and records one undo step. TinyMCE, which keeps its own undo levels, is
 *   then told the input was a replacement, so that it records one.
 * - Slate, CKEditor 5, Trix: a beforeinput of type insertReplacementText (lib/dom/beforeinput.ts),
 *   made in the page's world by the page-bridge script where it runs. It is also the second try for
 *   any other editor that ignored execCommand.
 *
 * Once the editor has settled (a frame painted and its tasks run: editors that keep their own model put
 * their own text back by then), the text must read exactly as intended. If the editor ignored the edit,
 * the next way is tried; if it changed the text some other way, the original is put back exactly and
 * the caller is told why, so the card can offer Copy instead. Never a lost or doubled character.
 *
 * Afterwards the caret is put right after the new text once the editor has re-rendered: Draft.js
 * otherwise moves it to the end of the message, and Trix leaves the replaced range selected.
 */
import { prefersBeforeInput, REPLACE_REQUEST_EVENT, replaceByBeforeInput } from './beforeinput';
import { isTextControl, type MessageField, rangeFor, readFieldText } from './fields';

/** What became of a rewrite: applied, or not, with the reason the card shows. */
export type ReplaceOutcome =
  | { applied: true }
  | {
      applied: false;
      /** Why, in a sentence the card shows beside Copy. */
      reason: string;
      /** The message reads exactly as before (false only if even putting it back failed). */
      intact: boolean;
    };

export const REASONS = {
  moved: 'Your message changed while Softer was putting the rewrite in, so it left it as it was.',
  ignored:
    'This editor kept its own text and did not take the rewrite. Your message is as you wrote it: copy the rewrite and paste it in instead.',
  garbled:
    'This editor changed the rewrite as it went in, so Softer put your message back as it was. Copy the rewrite and paste it in instead.',
  stuck:
    'This editor changed the rewrite as it went in and Softer could not put your message back exactly: press Ctrl+Z to undo, then copy the rewrite instead.',
} as const;

type Method = 'execCommand' | 'beforeinput';

function select(field: HTMLElement, range: Range): void {
  const selection = field.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A beforeinput made in the page's world by the page-bridge script, which cancels the request to say
 * it ran; where it does not run (a frame written by script), made here instead.
 */
function replaceFromPage(field: HTMLElement, start: number, end: number, replacement: string): void {
  const view = field.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const request = new (view?.CustomEvent ?? CustomEvent)(REPLACE_REQUEST_EVENT, {
    detail: JSON.stringify({ start, end, text: replacement }),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(request);
  if (!request.defaultPrevented) replaceByBeforeInput(field, start, end, replacement);
}

/**
 * Keeps the caret after the inserted text while the editor settles: Draft.js moves it to the end of the
 * message a few milliseconds after the insertion. For a short while, any such move is put back, as
 * long as the text is exactly what the replacement made and the person has not pressed a key or
 * clicked since (their own caret moves are never undone).
 */
function caretAfter(field: HTMLElement, expected: string, at: number): void {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const place = () => {
    if (readFieldText(field) !== expected || doc.activeElement !== field) return;
    const selection = doc.getSelection();
    const range = rangeFor(field, at, at);
    if (!range || !selection) return;
    const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (
      current?.collapsed &&
      current.startContainer === range.startContainer &&
      current.startOffset === range.startOffset
    )
      return;
    select(field, range);
  };
  const stop = () => {
    doc.removeEventListener('selectionchange', place);
    field.removeEventListener('keydown', stop, true);
    field.removeEventListener('pointerdown', stop, true);
  };
  doc.addEventListener('selectionchange', place);
  field.addEventListener('keydown', stop, true);
  field.addEventListener('pointerdown', stop, true);
  view.setTimeout(stop, 500);
  if (doc.visibilityState === 'visible') view.requestAnimationFrame(place);
  else view.setTimeout(place, 16);
}

/** Resolves after the page has had a frame and a task to react (an editor restoring its own selection on focus). */
function settle(view: Window | null): Promise<void> {
  return new Promise((done) => {
    if (!view) return done();
    // A hidden tab gets no animation frames: a task is the most it will wait for then.
    if (view.document.visibilityState !== 'visible') view.setTimeout(done, 16);
    else view.requestAnimationFrame(() => view.setTimeout(done, 0));
  });
}

/** Two frames and their tasks: editors re-render from their own model within that (React, CKEditor, Lexical). */
async function settleEditor(view: Window | null): Promise<void> {
  await settle(view);
  await settle(view);
}

/** Focus in the field, in its own frame too (a click on the card took it to Softer's shadow root). */
function hasFocus(field: HTMLElement): boolean {
  const doc = field.ownerDocument;
  return doc.hasFocus() && (doc.activeElement === field || field.contains(doc.activeElement));
}

/** The span where `now` and `before` differ, as [start, endInNow, endInBefore). */
function differingSpan(now: string, before: string): [number, number, number] {
  let start = 0;
  while (start < now.length && start < before.length && now[start] === before[start]) start++;
  let endNow = now.length;
  let endBefore = before.length;
  while (endNow > start && endBefore > start && now[endNow - 1] === before[endBefore - 1]) {
    endNow--;
    endBefore--;
  }
  return [start, endNow, endBefore];
}

function insertWith(method: Method, field: HTMLElement, start: number, end: number, text: string): void {
  if (method === 'beforeinput') {
    replaceFromPage(field, start, end, text);
    return;
  }
  const range = rangeFor(field, start, end);
  if (!range) return;
  select(field, range);
  if (!field.ownerDocument.execCommand('insertText', false, text) || !isTinyMce(field)) return;
  // TinyMCE's undo manager joins an insertText input to the typing before it (one undo then wiped the
  // whole message) but records its own undo level after an insertReplacementText input, the one a
  // spell-check correction fires: say what this edit was.
  const view = field.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  field.dispatchEvent(
    new (view?.InputEvent ?? InputEvent)('input', {
      inputType: 'insertReplacementText',
      data: text,
      bubbles: true,
    }),
  );
}

/**
 * Notes the field's text just before the person's first key, click or paste: their own edits are
 * never taken for an editor's.
 */
function watchPerson(field: HTMLElement): { textBefore: string | null; stop: () => void } {
  const doc = field.ownerDocument;
  const types = ['keydown', 'pointerdown', 'paste', 'drop', 'compositionstart'];
  const watch = {
    textBefore: null as string | null,
    stop: () => {
      for (const type of types) doc.removeEventListener(type, acted, true);
    },
  };
  function acted(event: Event) {
    if (!event.isTrusted || watch.textBefore !== null) return;
    watch.textBefore = readFieldText(field);
  }
  for (const type of types) doc.addEventListener(type, acted, true);
  return watch;
}

/** TinyMCE's editable body (in its iframe, or inline). */
function isTinyMce(field: HTMLElement): boolean {
  return field.classList.contains('mce-content-body');
}

export async function replaceText(
  field: MessageField,
  start: number,
  end: number,
  replacement: string,
): Promise<ReplaceOutcome> {
  const before = readFieldText(field);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const view = field.ownerDocument.defaultView;
  if (!hasFocus(field)) {
    // A field in a frame: the frame's window first (a contenteditable body takes no focus of its own).
    if (!field.ownerDocument.hasFocus()) view?.focus();
    // Draft.js restores its own (old) selection shortly after it gets focus: let it, then select.
    field.focus();
    await settle(view);
    if (readFieldText(field) !== before) return { applied: false, reason: REASONS.moved, intact: true };
  }
  if (isTextControl(field)) {
    field.setSelectionRange(start, end);
    if (
      !field.ownerDocument.execCommand('insertText', false, replacement) &&
      readFieldText(field) === before
    ) {
      // Where execCommand is unavailable: set the value and tell the page, as an input event would.
      field.setRangeText(replacement, start, end, 'end');
      field.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
      );
    }
    return readFieldText(field) === expected
      ? { applied: true }
      : { applied: false, reason: REASONS.ignored, intact: readFieldText(field) === before };
  }
  const methods: Method[] = prefersBeforeInput(field)
    ? ['beforeinput', 'execCommand']
    : ['execCommand', 'beforeinput'];
  for (const method of methods) {
    // CKEditor 5 takes the DOM selection into its model on selectionchange: select, let it, then edit.
    if (method === 'beforeinput') {
      const range = rangeFor(field, start, end);
      if (!range) break;
      select(field, range);
      await settle(view);
      if (readFieldText(field) !== before) return { applied: false, reason: REASONS.moved, intact: true };
    }
    const person = watchPerson(field);
    insertWith(method, field, start, end, replacement);
    caretAfter(field, expected, start + replacement.length);
    await settleEditor(view);
    person.stop();
    // The person went on typing (or clicked) while the editor settled: judge the text as it was then,
    // and never touch it again (putting something back would undo their keystrokes).
    if (person.textBefore !== null) {
      if (person.textBefore === expected) return { applied: true };
      return { applied: false, reason: REASONS.ignored, intact: person.textBefore === before };
    }
    const now = readFieldText(field);
    if (now === expected) return { applied: true };
    // Ignored, or taken and then put back by the editor from its own model: nothing changed, try the next way.
    if (now === before) continue;
    // Changed some other way: put back exactly what differs, through the way that just reached the editor.
    const [from, toNow, toBefore] = differingSpan(now, before);
    insertWith(method, field, from, toNow, before.slice(from, toBefore));
    await settleEditor(view);
    const intact = readFieldText(field) === before;
    return { applied: false, reason: intact ? REASONS.garbled : REASONS.stuck, intact };
  }
  return { applied: false, reason: REASONS.ignored, intact: true };
}
