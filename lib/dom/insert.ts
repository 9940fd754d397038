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
 * Puts the caret after the inserted text once the editor has settled, as long as the person has not
 * typed since (the text is exactly what the replacement made). Draft.js re-renders twice and would
 * otherwise leave the caret at the end of the message.
 */
function caretAfter(field: HTMLElement, expected: string, at: number): void {
  const view = field.ownerDocument.defaultView;
  const place = () => {
    if (readFieldText(field) !== expected || field.ownerDocument.activeElement !== field) return;
    const selection = field.ownerDocument.getSelection();
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
  view?.requestAnimationFrame(() => {
    place();
    view.setTimeout(place, 50);
    view.setTimeout(place, 150);
  });
}

export function replaceText(field: MessageField, start: number, end: number, replacement: string): boolean {
  const before = readFieldText(field);
  field.focus();
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
