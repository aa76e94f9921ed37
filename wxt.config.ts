import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './utils/marketplaces/registry';

// One source, two browsers: Chrome gets MV3, Firefox gets MV2 (WXT's default),
// because Firefox MV3 treats host permissions as optional and would not run the
// content scripts until the user grants them by hand.
export default defineConfig({
  // RAPI_OUTPUT_DIR builds beside the default `.output` (the e2e drivers read the same variable).
  outDir: process.env.RAPI_OUTPUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: every name in the code can be followed to its file.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Rapi',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // storage: settings; contextMenus: "save selection as a snippet", limited to the marketplace hosts;
    // sidePanel (Chrome): Rapi's UI beside the page (issue 15). Firefox's sidebar needs no permission.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'sidePanel'],
    // Only the marketplaces' own hosts (principle 4); the same list feeds the content scripts' matches.
    host_permissions: hostMatchPatterns(),
    action: { default_title: '__MSG_extName__' },
    // The palette's shortcut; users can change it in the browser's extension shortcut settings.
    // The side panel's shortcut: Chrome hands a command of Rapi's own to the background (side-panel.ts);
    // Firefox toggles its sidebar itself with the reserved `_execute_sidebar_action`.
    commands: {
      'open-palette': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_command_open_palette__' },
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_command_open_sidepanel__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Chrome warns about keys it does not know, so the Gecko settings go to Firefox only.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'rapi@rapi-umkm.id',
          strict_min_version: '140.0',
          // Rapi collects nothing: everything stays on the user's machine.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    artifactTemplate: 'rapi-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'rapi-{{version}}-sources.zip',
    excludeSources: ['out/**', 'test-results/**', 'playwright-report/**'],
  },
});
