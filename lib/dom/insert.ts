/**
 * Replaces [start, end) of a field's text through the editor's own input pipeline, so the editor's
 * model agrees with what is shown and one Ctrl+Z restores the original:
 *
 * - textarea, input, plain contenteditable, Lexical, Quill, ProseMirror, Draft.js:
 *   execCommand('insertText') over a selection. The browser fires beforeinput/input (and textInput,
 *   which Draft.js listens to) and records one undo step.
 * - Slate (data-slate-editor): a beforeinput of type insertReplacementText, made in the page's world
 *   (lib/dom/slate.ts).
 *
 * Afterwards the caret is put right after the new text once the editor has re-rendered: Draft.js
 * otherwise moves it to the end of the message.
 */
import { isTextControl, type MessageField, rangeFor, readFieldText } from './fields';
import { isSlate, SLATE_REPLACE_EVENT } from './slate';

function select(field: HTMLElement, range: Range): void {
  const selection = field.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Asks the page-bridge script (page world) to replace text in a Slate editor. */
function replaceInSlateFromPage(
  field: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): boolean {
  const request = new CustomEvent(SLATE_REPLACE_EVENT, {
    detail: JSON.stringify({ start, end, text: replacement }),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(request);
  return request.defaultPrevented;
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

export async function replaceText(
  field: MessageField,
  start: number,
  end: number,
  replacement: string,
): Promise<boolean> {
  const before = readFieldText(field);
  if (field.ownerDocument.activeElement !== field && !field.contains(field.ownerDocument.activeElement)) {
    // Draft.js restores its own (old) selection shortly after it gets focus: let it, then select.
    field.focus();
    await settle(field.ownerDocument.defaultView);
    if (readFieldText(field) !== before) return false;
  }
  if (isTextControl(field)) {
    field.setSelectionRange(start, end);
    if (field.ownerDocument.execCommand('insertText', false, replacement)) return true;
    // Where execCommand is unavailable: set the value and tell the page, as an input event would.
    if (readFieldText(field) === before) {
      field.setRangeText(replacement, start, end, 'end');
      field.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
      );
    }
    return true;
  }
  const range = rangeFor(field, start, end);
  if (!range) return false;
  select(field, range);
  const ok = isSlate(field)
    ? replaceInSlateFromPage(field, start, end, replacement)
    : field.ownerDocument.execCommand('insertText', false, replacement);
  if (ok)
    caretAfter(field, before.slice(0, start) + replacement + before.slice(end), start + replacement.length);
  return ok;
}
