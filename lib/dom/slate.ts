/**
 * Slate (slate-react, used by Discord): execCommand('insertText') changes the DOM but not Slate's
 * model, which then loses text on the next keystroke. slate-react applies a beforeinput of type
 * insertReplacementText with target ranges and a DataTransfer, as long as the event is made in the
 * page's own world: the page-bridge content script runs this there.
 */
import { rangeFor } from './fields';

export const SLATE_REPLACE_EVENT = 'softer:slate-replace';

export function isSlate(field: Element): boolean {
  return field.closest('[data-slate-editor]') !== null;
}

/** Replaces [start, end) of a Slate editor's text; true when Slate took the edit. */
export function replaceInSlate(field: HTMLElement, start: number, end: number, replacement: string): boolean {
  const range = rangeFor(field, start, end);
  if (!range) return false;
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const data = new DataTransfer();
  data.setData('text/plain', replacement);
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    dataTransfer: data,
    targetRanges: [new StaticRange(range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  field.dispatchEvent(event);
  return event.defaultPrevented;
}
