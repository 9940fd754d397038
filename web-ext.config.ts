import { defineWebExtConfig } from 'wxt';

// WXT's dev runner: Debian's Chromium, root-safe, opened on the practice chat page.
// `npm start` serves the page on port 5174 before starting WXT (scripts/start.mjs).
export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  chromiumArgs: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  startUrls: ['http://127.0.0.1:5174/chat.html'],
});
