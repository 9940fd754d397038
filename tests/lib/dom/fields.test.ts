/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { rangeFor, readFieldText } from '../../../lib/dom/fields';

describe('readFieldText', () => {
  it("reads what was typed in an editable host, leaving out Slate's placeholder", () => {
    document.body.innerHTML = `<div contenteditable="true" id="e"><p><span data-slate-placeholder="true" contenteditable="false">Type a message</span><span>hi </span><span>there</span></p></div>`;
    const host = document.getElementById('e') as HTMLElement;
    expect(readFieldText(host)).toBe('hi there');
    expect(rangeFor(host, 3, 8)?.toString()).toBe('there');
  });

  it("reads a textarea's value", () => {
    document.body.innerHTML = '<textarea id="t">you never listen</textarea>';
    expect(readFieldText(document.getElementById('t') as HTMLTextAreaElement)).toBe('you never listen');
  });
});
