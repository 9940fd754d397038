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
const PAGES_DIR = resolve('tests/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Harness {
  context: BrowserContext;
  /** Every request that left for anywhere but this machine or the extension itself, from any page or worker. */
  externalRequests(): string[];
  extensionId: string;
  worker: Worker;
  /** http://127.0.0.1:PORT/NAME for a page in tests/pages/. */
  pageUrl(name: string): string;
  close(): Promise<void>;
}

function serve(dir: string): Promise<Server> {
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

export async function launch(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No build in .output/chrome-mv3: run npm run build first.');
  const server = await serve(PAGES_DIR);
  const port = (server.address() as AddressInfo).port;
  const profile = mkdtempSync(join(tmpdir(), 'softer-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
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
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  // Record every request of every page, frame and the service worker (Playwright reports the
  // extension's worker requests in Chromium): Softer must never talk to anything but this machine.
  const externalUrls: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(url))
      externalUrls.push(url);
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    externalRequests: () => [...externalUrls],
    extensionId,
    worker,
    pageUrl: (name) => `http://127.0.0.1:${port}/${name}`,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser for one test file: launched before its tests (after `setup`), closed after them, and the
 * file ends by checking that nothing left this machine.
 */
export function browserForThisFile(setup?: () => void | Promise<void>): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    await setup?.();
    Object.assign(harness, await launch());
  }, 120_000);
  afterAll(async () => {
    const external = harness.externalRequests?.() ?? [];
    await harness.close?.();
    expect(external).toEqual([]);
  });
  return harness;
}
