/**
 * A replacement made as the editor's own input: a `beforeinput` of type insertReplacementText, with
 * target ranges and a DataTransfer, the event a spell checker's correction fires. Editors that keep
 * their own model apply it through their own input pipeline (and their own undo history):
 *
 * - Slate (slate-react, Discord): execCommand('insertText') changes the DOM but not Slate's model,
 *   which then loses text on the next keystroke. Slate applies this event only when it is made in the
 *   page's own world, so the page-bridge content script makes it there.
 * - CKEditor 5: execCommand('insertText') over a selection is dropped (the rewrite comes back out);
 *   its InsertTextObserver runs its insertText command for this event, as one undo step.
 * - Trix: execCommand's edit joins the typing before it in Trix's undo manager, so one undo wiped the
 *   whole message; this event is one undo entry of its own.
 *
 * The content script asks the bridge with a DOM event (REPLACE_REQUEST_EVENT); the bridge answers by
 * cancelling it. Where no bridge runs (a frame written by script gets no content script), the content
 * script makes the event itself.
 */
import { rangeFor } from './fields';

export const REPLACE_REQUEST_EVENT = 'softer:replace';

export function isSlate(field: Element): boolean {
  return field.closest('[data-slate-editor]') !== null;
}

/** Editors whose own model takes a rewrite through insertReplacementText rather than execCommand. */
export function prefersBeforeInput(field: Element): boolean {
  return (
    isSlate(field) || field.classList.contains('ck-editor__editable') || field.localName === 'trix-editor'
  );
}

/**
 * Selects [start, end) of the field's text and dispatches the beforeinput there, with classes from the
 * field's own window (a frame's). Returns whether the editor cancelled it (Slate and CKEditor do; Trix
 * applies it without cancelling, so the caller checks the text).
 */
export function replaceByBeforeInput(
  field: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): boolean {
  const range = rangeFor(field, start, end);
  const view = field.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!range || !view) return false;
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const data = new view.DataTransfer();
  data.setData('text/plain', replacement);
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    dataTransfer: data,
    targetRanges: [new view.StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(event);
  return event.defaultPrevented;
}
