import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Context while you read the news: recognises officials and recurring claims, remembers what was said before. Everything stays on your device.',
    // storage: settings and per-tab reports; unlimitedStorage: a reader's library can outgrow the
    // default quota; contextMenus: "Save to Backstory". Page access comes from the content script's
    // matches (every http/https page, to read it): no tabs, history or host permission beyond that.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    action: { default_title: 'Backstory' },
    commands: {
      'open-page-list': { suggested_key: { default: 'Alt+Shift+B' }, description: 'Show what Backstory found on this page' },
      'save-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save the selection to Backstory' },
    },
    // The hover card is an extension page in an iframe, so page scripts cannot read it.
    web_accessible_resources:
      browser === 'firefox' ? ['card.html'] : [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.invalid',
          strict_min_version: '142.0',
          // Backstory collects nothing: everything stays in the reader's browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
