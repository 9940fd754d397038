#!/usr/bin/env node
/**
 * npm start: serve the practice chat page on http://127.0.0.1:5174/chat.html and start WXT's dev
 * runner, which builds Softer and opens Chromium with it loaded on that page.
 * Where there is no browser or no display, say so in one line and say how to load the build by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const PORT = 5174;
const PAGES = resolve('tests/pages');
const browser = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const manual =
  'Load it by hand: open chrome://extensions, switch on Developer mode, click "Load unpacked" and choose .output/chrome-mv3; then open http://127.0.0.1:5174/chat.html (served while this runs).';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(PAGES, path === '/' ? 'chat.html' : path);
  if (!file.startsWith(PAGES) || !existsSync(file)) return res.writeHead(404).end('not found');
  res
    .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
}).listen(PORT, '127.0.0.1', () => console.log(`Practice chat page: http://127.0.0.1:${PORT}/chat.html`));

if (!existsSync(browser) || !hasDisplay) {
  const why = !existsSync(browser)
    ? `No browser found at ${browser} (set CHROME_PATH).`
    : 'No display found.';
  console.log(`${why} Building Softer without launching a browser. ${manual}`);
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log('Built .output/chrome-mv3. Press Ctrl+C to stop serving the practice page.');
} else {
  const dev = spawn('npx', ['wxt'], { stdio: 'inherit' });
  dev.on('exit', (code) => process.exit(code ?? 0));
}
