import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { decodeWeights } from './lib/model/codec';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from './lib/sites';

const OPTIONAL_SITES = ['https://*/*', 'http://*/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  // The toolbar and store icons, every size, from one SVG (assets/icon.svg); the dev build's is
  // grey so it is told apart from an installed Softer.
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', developmentIndicator: 'overlay' },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Weights that fail validation stop the build with the reason, instead of a Softer that flags nothing.
    'build:before': () => {
      decodeWeights(JSON.parse(readFileSync('lib/model/weights.json', 'utf8')));
    },
  },
  manifest: ({ browser }) => ({
    name: 'Softer',
    description:
      'Gentler words for the people you love: flags harsh phrasing as you type and offers “I feel…” rewrites. Runs entirely on your device.',
    // storage: settings only (never message text). activeTab: the popup may read the current tab's
    // address (for its site switch) only after the person clicks Softer's button. scripting: runs
    // Softer on a site the person added, and only once the browser has granted that site.
    permissions: ['storage', 'activeTab', 'scripting'],
    // The messaging sites Softer runs on by default and the practice page on this machine, and nothing
    // more (never <all_urls>). Its content scripts run there already; the host permission lets the
    // background inject the rest of Softer into a frame once a message box there is used.
    host_permissions: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
    // Any other site only when the person asks for it: the browser then asks them for that one site.
    // Declared optional, these grant nothing at install and add no install warning.
    // (Firefox's Manifest V2 names them optional_permissions.)
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_SITES] }
      : { optional_host_permissions: [...OPTIONAL_SITES] }),
    commands: {
      'open-suggestions': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open Softer’s suggestions for the focused message',
      },
    },
    // Firefox only (Chrome warns on unknown keys): the add-on id, and Firefox's built-in data
    // consent, where Softer declares that it collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'softer@softer.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
