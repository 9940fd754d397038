import { describe, expect, it } from 'vitest';
import {
  grantedSitePatterns,
  hostsLeft,
  type ManifestScript,
  planRegistrations,
  REGISTRATION_PREFIX,
  registrationsFor,
} from '../../lib/site-access';
import { BUILT_IN_PATTERNS, patternFromInput, patternHost, sitePattern } from '../../lib/sites';

describe('site patterns', () => {
  it('asks for the page’s own scheme and host, any path, and nothing for other pages', () => {
    expect(sitePattern('https://notes.example.com/inbox?x=1#y')).toBe('https://notes.example.com/*');
    expect(sitePattern('http://notes.test:5174/chat.html')).toBe('http://notes.test/*');
    expect(sitePattern('HTTPS://Notes.Example.COM/')).toBe('https://notes.example.com/*');
    for (const address of [
      'chrome://extensions',
      'file:///home/me/a.html',
      'about:blank',
      'chrome-extension://abc/popup.html',
      'https://user:pw@notes.example.com/',
      'not a url',
      '',
    ])
      expect(sitePattern(address), address).toBeNull();
  });

  it('reads the host of single-site patterns only', () => {
    expect(patternHost('https://notes.example.com/*')).toBe('notes.example.com');
    expect(patternHost('http://127.0.0.1/*')).toBe('127.0.0.1');
    for (const pattern of [
      'https://*/*',
      '*://*/*',
      '<all_urls>',
      'https://*.example.com/*',
      'https://a.com/x/*',
    ])
      expect(patternHost(pattern), pattern).toBeNull();
  });

  it('turns what a person types into a site to ask for, https unless they wrote http', () => {
    expect(patternFromInput('notes.example.com')).toBe('https://notes.example.com/*');
    expect(patternFromInput('  https://notes.example.com/inbox  ')).toBe('https://notes.example.com/*');
    expect(patternFromInput('http://intranet.local/chat')).toBe('http://intranet.local/*');
    expect(patternFromInput('localhost')).toBe('https://localhost/*');
    for (const input of [
      '',
      '   ',
      'notes',
      'two words.com',
      'ftp://files.example.com',
      'javascript:alert(1)',
      '*.example.com',
    ])
      expect(patternFromInput(input), input).toBeNull();
  });
});

describe('registrations follow the granted sites', () => {
  const scripts: ManifestScript[] = [
    { js: ['content-scripts/content.js'], all_frames: true },
    { js: ['content-scripts/page-bridge.js'], all_frames: true, world: 'MAIN' },
    { css: ['only-css.css'] },
  ];

  it('counts only single sites Softer does not already hold', () => {
    expect(
      grantedSitePatterns([
        ...BUILT_IN_PATTERNS,
        'https://notes.example.com/*',
        'http://notes.test/*',
        'https://*/*',
        '<all_urls>',
        'https://notes.example.com/*',
      ]),
    ).toEqual(['http://notes.test/*', 'https://notes.example.com/*']);
  });

  it('runs each of the manifest’s scripts, as declared, on the granted sites, persisted', () => {
    const regs = registrationsFor(['https://notes.example.com/*'], scripts);
    expect(regs).toEqual([
      {
        id: `${REGISTRATION_PREFIX}0`,
        matches: ['https://notes.example.com/*'],
        js: ['content-scripts/content.js'],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      {
        id: `${REGISTRATION_PREFIX}1`,
        matches: ['https://notes.example.com/*'],
        js: ['content-scripts/page-bridge.js'],
        allFrames: true,
        world: 'MAIN',
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(registrationsFor([], scripts)).toEqual([]);
  });

  it('registers what is missing, leaves what matches, replaces what changed, drops what is gone, and never touches others', () => {
    const one = registrationsFor(['https://a.example/*'], scripts);
    const two = registrationsFor(['https://a.example/*', 'https://b.example/*'], scripts);
    const someoneElses = { id: 'other-extension-script', matches: ['https://a.example/*'], js: ['x.js'] };
    expect(planRegistrations(one, [])).toEqual({ unregister: [], register: one });
    // Read back from the browser, the same registrations (matches in any order) need nothing.
    const readBack = two.map((r) => ({ ...r, matches: [...r.matches].reverse() }));
    expect(planRegistrations(two, [...readBack, someoneElses])).toEqual({ unregister: [], register: [] });
    expect(planRegistrations(two, one)).toEqual({ unregister: one.map((r) => r.id), register: two });
    expect(planRegistrations([], [...two, someoneElses])).toEqual({
      unregister: two.map((r) => r.id),
      register: [],
    });
    // An update renamed a built file: the old registration is replaced.
    const renamed = registrationsFor(['https://a.example/*'], [{ js: ['content-scripts/content-2.js'] }]);
    expect(planRegistrations(renamed, one)).toEqual({
      unregister: one.map((r) => r.id),
      register: renamed,
    });
  });

  it('forgets a host only when its last granted pattern goes', () => {
    expect(hostsLeft(['https://a.example/*'], ['http://a.example/*'])).toEqual([]);
    expect(hostsLeft(['https://a.example/*', 'https://b.example/*'], [])).toEqual(['a.example', 'b.example']);
    expect(hostsLeft(['https://*/*', ...BUILT_IN_PATTERNS], [])).toEqual([]);
  });
});
