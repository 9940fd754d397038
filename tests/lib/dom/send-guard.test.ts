/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ControllerState } from '../../../lib/dom/controller';
import { type HeldSend, SendGuard } from '../../../lib/dom/send-guard';
import type { Finding } from '../../../lib/types';

const TEXT = "if you don't come home tonight, I'm leaving";
const finding: Finding = {
  ruleId: 'ultimatum-if-leave',
  category: 'ultimatum',
  start: 0,
  end: TEXT.length,
  text: TEXT,
  message: '',
  why: '',
  principle: { title: '', explanation: '' },
  confidence: 1,
  sentence: { start: 0, end: TEXT.length },
  rewrites: [],
};

let box: HTMLTextAreaElement;
let state: ControllerState;
let holds: HeldSend[];
let releases: string[];
let guard: SendGuard;

beforeEach(() => {
  document.body.innerHTML = '<textarea></textarea>';
  box = document.querySelector('textarea') as HTMLTextAreaElement;
  box.value = TEXT;
  state = { field: box, findings: [finding], text: TEXT };
  holds = [];
  releases = [];
  guard = new SendGuard({
    state: () => state,
    serious: (findings) => [...findings],
    keys: () => ({ enter: true, modEnter: false }),
    onHold: (held) => holds.push(held),
    onRelease: (how) => releases.push(how),
  });
  window.addEventListener('keydown', guard.onKeyDown, true);
  window.addEventListener('compositionend', guard.onCompositionEnd, true);
  window.addEventListener('input', guard.onInput, true);
  return () => {
    window.removeEventListener('keydown', guard.onKeyDown, true);
    window.removeEventListener('compositionend', guard.onCompositionEnd, true);
    window.removeEventListener('input', guard.onInput, true);
  };
});

/** Presses a key in the box; true when the page would still see it (not held). */
function press(init: KeyboardEventInit): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  const reached = vi.fn();
  box.addEventListener('keydown', reached, { once: true });
  box.dispatchEvent(event);
  return reached.mock.calls.length === 1 && !event.defaultPrevented;
}

describe('SendGuard', () => {
  it('holds Enter with a serious finding, once per draft: the second Enter passes', () => {
    expect(press({ key: 'Enter', keyCode: 13 })).toBe(false);
    expect(holds).toHaveLength(1);
    expect(holds[0]?.via).toMatchObject({ kind: 'key', key: { key: 'Enter', keyCode: 13 } });
    expect(press({ key: 'Enter', keyCode: 13 })).toBe(true);
    expect(releases).toEqual(['passed']);
    expect(holds).toHaveLength(1);
  });

  it('never touches other keys, Shift+Enter, Alt+Enter, or Ctrl+Enter where it does not send', () => {
    for (const init of [
      { key: 'a' },
      { key: 'Enter', shiftKey: true },
      { key: 'Enter', altKey: true },
      { key: 'Enter', ctrlKey: true },
    ])
      expect(press(init)).toBe(true);
    expect(holds).toEqual([]);
  });

  it('never touches IME composition: isComposing, key 229, and the Enter right after compositionend', () => {
    expect(press({ key: 'Enter', isComposing: true })).toBe(true);
    expect(press({ key: 'Enter', keyCode: 229 })).toBe(true);
    expect(press({ key: 'Process', keyCode: 229 })).toBe(true);
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '日本' }));
    expect(press({ key: 'Enter', keyCode: 13 })).toBe(true);
    expect(holds).toEqual([]);
    // Only the one Enter that commits it: the next is a send again.
    expect(press({ key: 'Enter', keyCode: 13 })).toBe(false);
  });

  it('never touches a message without a finding, or whose finding is no longer in the box', () => {
    state = { field: box, findings: [], text: TEXT };
    expect(press({ key: 'Enter' })).toBe(true);
    state = { field: box, findings: [finding], text: TEXT };
    box.value = 'see you at 7';
    expect(press({ key: 'Enter' })).toBe(true);
    expect(holds).toEqual([]);
  });

  it('Esc closes a held send; the draft stays held once; emptying the box starts a new draft', () => {
    press({ key: 'Enter' });
    expect(press({ key: 'Escape' })).toBe(false);
    expect(releases).toEqual(['closed']);
    expect(press({ key: 'Escape' })).toBe(true);
    box.value = '';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    box.value = TEXT;
    expect(press({ key: 'Enter' })).toBe(false);
    expect(holds).toHaveLength(2);
  });

  it('"Send as is" dispatches the key again to the site, once, and reports it sent when the box empties', async () => {
    const sent: string[] = [];
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isTrusted) return;
      event.preventDefault();
      sent.push(box.value);
      box.value = '';
    });
    press({ key: 'Enter' });
    await expect(guard.sendAsIs()).resolves.toBe('sent');
    expect(sent).toEqual([TEXT]);
  });
});
