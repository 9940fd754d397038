import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MESSAGING_SITES } from './lib/sites';

// https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Softer',
    description:
      'Gentler words for the people you love: flags harsh phrasing as you type and offers “I feel…” rewrites. Runs entirely on your device.',
    // storage: settings only (never message text). activeTab: the popup may read the current tab's
    // address (for its site switch) only after the person clicks Softer's button.
    permissions: ['storage', 'activeTab'],
    // The messaging sites Softer runs on by default, and nothing more (never <all_urls>).
    host_permissions: MESSAGING_SITES.flatMap((site) => site.matches),
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
