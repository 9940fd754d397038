/**
 * Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core (no geckodriver),
 * with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on through BiDi
 * `webExtension.install`, a fresh profile per run (puppeteer makes and removes it), and the fixture
 * pages served from 127.0.0.1 by the test itself.
 *
 * Nothing may reach the internet. Firefox's own services are switched off by preference, and every
 * connection it would still make to anywhere but this machine goes to a local proxy that records it
 * and answers none: the file ends by checking that list is empty (the Chromium harness's
 * "no request" check, here for the browser as a whole, not only its pages).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { PAGES_DIR, serve } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

export function firefoxMissingMessage(): string {
  return `Firefox not found at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`;
}

/**
 * Preferences that keep Firefox from calling home, on top of the ones puppeteer sets for testing
 * (safe browsing, search updates, add-on metadata and updates, health report). Each group names what
 * it stops; anything missed is caught by the recording proxy and fails the run.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  // Updates of Firefox itself and of its built-in add-ons.
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  // Telemetry, studies and experiments (Normandy, Nimbus), and their pings.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.coverage.opt-out': true,
  'toolkit.coverage.endpoint.base': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.ping-centre.telemetry': false,
  // Remote settings (block lists, certificate revocation lists, intermediates), skipped altogether at
  // this address when MOZ_DISABLE_NONLOCAL_CONNECTIONS is set (Mozilla's own test set-up), and OCSP.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // Captive-portal and connectivity probes, DNS over HTTPS, push, region and location lookups.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.trr.mode': 5,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'geo.provider.network.url': '',
  // Speculative connections and prefetching.
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  // New-tab content, plugins, accounts, translations and local AI models (downloaded on demand).
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
};

export interface FirefoxOptions {
  /** Extra host names that resolve to this machine, to stand for sites Softer does not know. */
  localHosts?: string[];
}

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on's base URL, moz-extension://UUID (the UUID is chosen per run, by preference). */
  extensionUrl: string;
  /** Every connection Firefox tried to make to anywhere but this machine. */
  outsideRequests(): string[];
  /** http://127.0.0.1:PORT/NAME (or another local host name) for a page in tests/pages/. */
  pageUrl(name: string, host?: string): string;
  /** Opens one of the add-on's own pages (popup.html, options.html…) in `page`, or in a new tab. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A proxy that answers nothing: it notes each request (plain HTTP asks for the absolute address;
 * HTTPS and WebSocket ask to CONNECT host:port) and closes it.
 */
async function recordingProxy(): Promise<{ server: Server; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, seen };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) throw new Error(firefoxMissingMessage());
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error('No build in .output/firefox-mv2: run npm run build:firefox first.');
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const pages = await serve(PAGES_DIR);
  const port = (pages.address() as AddressInfo).port;
  const proxy = await recordingProxy();
  const proxyPort = (proxy.server.address() as AddressInfo).port;
  const localHosts = options.localHosts ?? [];
  // Firefox gives each add-on a random UUID for its moz-extension:// origin; this preference fixes it.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Firefox's own test switch: it refuses connections to anything but this machine, and lets the
    // remote-settings address above be honoured.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    // BiDi only navigates to http(s), file and blob: the add-on's own pages need this test-only flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Firefox never proxies 127.0.0.1 and localhost; everything else goes to the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.socks': '',
      ...(localHosts.length > 0
        ? {
            'network.dns.localDomains': localHosts.join(','),
            'network.proxy.no_proxies_on': localHosts.join(','),
          }
        : {}),
      // An optional permission is granted without Firefox's doorhanger (which BiDi cannot click); the
      // request must still come from a user's click, as in use.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);
  const extensionUrl = `moz-extension://${uuid}`;

  return {
    browser,
    extensionUrl,
    outsideRequests: () => [...proxy.seen],
    pageUrl: (name, host = '127.0.0.1') => `http://${host}:${port}/${name}`,
    async openExtensionPage(path, page) {
      const tab = page ?? (await browser.newPage());
      const url = `${extensionUrl}/${path}`;
      // The tab moves to the add-on's process on the way, which puppeteer reports as a detached frame;
      // the page is ready when its document is.
      tab.goto(url).catch(() => undefined);
      await expect
        .poll(() => tab.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), {
          timeout: 10_000,
        })
        .toBe(`${url} complete`);
      return tab;
    },
    async close() {
      await browser.close();
      await new Promise((ok) => pages.close(ok));
      await new Promise((ok) => proxy.server.close(ok));
    },
  };
}

/**
 * Firefox for one test file: launched before its tests, closed after them, and the file ends by
 * checking that Firefox tried to reach nothing outside this machine.
 */
export function firefoxForThisFile(options: FirefoxOptions = {}): FirefoxHarness {
  const harness = {} as FirefoxHarness;
  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    Object.assign(harness, await launchFirefox(options));
  }, 120_000);
  afterAll(async () => {
    const outside = harness.outsideRequests?.() ?? [];
    await harness.close?.();
    expect(outside).toEqual([]);
  });
  return harness;
}

/** An element of Softer's UI, inside its shadow root, by test id (null when not shown). */
export function softer(page: Page, testId: string): Promise<ElementHandle | null> {
  return page.$(`>>> [data-testid="${testId}"]`);
}

/** How many elements of Softer's UI with this test id are on the page. */
export async function countSofter(page: Page, testId: string): Promise<number> {
  return (await page.$$(`>>> [data-testid="${testId}"]`)).length;
}
