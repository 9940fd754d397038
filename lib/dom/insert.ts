/**
 * Replaces [start, end) of a field's text through the browser's own editing pipeline
 * (execCommand('insertText') on a selection), so the field's undo stack and the page's input
 * listeners see an ordinary edit: one Ctrl+Z restores the original.
 */
import { isTextControl, type MessageField, rangeFor, readFieldText } from './fields';

export function replaceText(field: MessageField, start: number, end: number, replacement: string): boolean {
  const before = readFieldText(field);
  field.focus();
  if (isTextControl(field)) {
    field.setSelectionRange(start, end);
  } else {
    const range = rangeFor(field, start, end);
    const selection = field.ownerDocument.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // execCommand is deprecated but remains the only way to edit as the user would, undo included.
  const ok = field.ownerDocument.execCommand('insertText', false, replacement);
  if (ok) return true;
  // Fallback for a text control when execCommand is unavailable: set the value and tell the page.
  if (isTextControl(field) && readFieldText(field) === before) {
    field.setRangeText(replacement, start, end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
    );
    return true;
  }
  return false;
}
