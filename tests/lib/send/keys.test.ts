import { describe, expect, it } from 'vitest';
import { isSendKey, sendKeysFor } from '../../../lib/send/keys';

const press = (
  key: string,
  mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('send keys', () => {
  it('on a chat site, Enter sends; Shift+Enter, Alt+Enter and Ctrl+Enter do not', () => {
    const chat = sendKeysFor('web.whatsapp.com');
    expect(isSendKey(press('Enter'), chat)).toBe(true);
    expect(isSendKey(press('Enter', { shiftKey: true }), chat)).toBe(false);
    expect(isSendKey(press('Enter', { altKey: true }), chat)).toBe(false);
    expect(isSendKey(press('Enter', { ctrlKey: true }), chat)).toBe(false);
    expect(isSendKey(press('a'), chat)).toBe(false);
  });

  it('in email, only Ctrl+Enter or Cmd+Enter sends', () => {
    const mail = sendKeysFor('mail.google.com');
    expect(isSendKey(press('Enter'), mail)).toBe(false);
    expect(isSendKey(press('Enter', { ctrlKey: true }), mail)).toBe(true);
    expect(isSendKey(press('Enter', { metaKey: true }), mail)).toBe(true);
    expect(isSendKey(press('Enter', { metaKey: true, shiftKey: true }), mail)).toBe(false);
  });

  it('on the practice page both send', () => {
    const practice = sendKeysFor('127.0.0.1');
    expect(isSendKey(press('Enter'), practice)).toBe(true);
    expect(isSendKey(press('Enter', { ctrlKey: true }), practice)).toBe(true);
  });
});
