/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, with the built extension
 * (.output/chrome-mv3) loaded, a fresh profile per run, and fixture pages served from 127.0.0.1 by
 * the test itself. Nothing reaches the internet: the host resolver maps every other name to nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const PAGES_DIR = resolve('tests/pages');
/**
 * How long a test waits for a held send to go out after "Send as is": Softer itself waits up to 2 s for
 * the page to react (KEY_SEND_MS then BUTTON_SEND_MS in lib/dom/send-guard.ts), longer than expect.poll's
 * default second, which a loaded machine overran once (a CI run of the thirty-ninth session).
 */
export const SENT_AS_IS = { timeout: 5000 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// biome-ignore lint/suspicious/noExplicitAny: the extension API as the worker sees it, for test probes.
export type Chrome = any;

export interface Harness {
  context: BrowserContext;
  /** Every request that left for anywhere but this machine or the extension itself, from any page or worker. */
  externalRequests(): string[];
  extensionId: string;
  worker: Worker;
  /** http://127.0.0.1:PORT/NAME (or another local host name) for a page in tests/pages/. */
  pageUrl(name: string, host?: string): string;
  /** Runs `fn(chrome, arg)` in the extension's service worker (fn must not close over anything). */
  inWorker<T, A = undefined>(fn: (chrome: Chrome, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port (the fixture pages; also the Firefox harness's). */
export function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export function chromiumMissingMessage(): string {
  return `Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
}

export interface LaunchOptions {
  /** An X display (tests/browser/xvfb.ts): a headed browser there, for the browser's own dialogs. */
  display?: string;
  /** A profile to reuse (a browser restart); it is then left for the caller to remove. */
  profile?: string;
  /** Extra host names that resolve to this machine, to stand for sites Softer does not know. */
  localHosts?: string[];
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No build in .output/chrome-mv3: run npm run build first.');
  const server = await serve(PAGES_DIR);
  const port = (server.address() as AddressInfo).port;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'softer-profile-'));
  const mapped = (options.localHosts ?? []).map((host) => `MAP ${host} 127.0.0.1, `).join('');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.display === undefined,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=${mapped}MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
    ],
  });
  // Record every request of every page, frame and the service worker (Playwright reports the
  // extension's worker requests in Chromium): Softer must never talk to anything but this machine.
  const externalUrls: string[] = [];
  const local = ['127.0.0.1', 'localhost', ...(options.localHosts ?? [])];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const here = url.protocol === 'http:' && local.includes(url.hostname);
    if (!here && !/^(chrome-extension|data|blob|about):$/.test(url.protocol)) externalUrls.push(url.href);
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    externalRequests: () => [...externalUrls],
    extensionId,
    worker,
    pageUrl: (name, host = '127.0.0.1') => `http://${host}:${port}/${name}`,
    inWorker: (fn, arg) => worker.evaluate(`(${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg)})`),
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser for one test file: launched before its tests (after `setup`), closed after them, and the
 * file ends by checking that nothing left this machine.
 */
export function browserForThisFile(
  setup?: () => void | Promise<void>,
  options: () => LaunchOptions = () => ({}),
): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    await setup?.();
    Object.assign(harness, await launch(options()));
  }, 120_000);
  afterAll(async () => {
    const external = harness.externalRequests?.() ?? [];
    await harness.close?.();
    expect(external).toEqual([]);
  });
  return harness;
}

/** The text of each range Softer underlines with its CSS highlight, in a page or frame (Playwright or Puppeteer). */
export function softerHighlights(target: {
  evaluate: (fn: () => string[]) => Promise<string[]>;
}): Promise<string[]> {
  return target.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('softer');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });
}
