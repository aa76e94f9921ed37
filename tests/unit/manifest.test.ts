/** Least privilege, checked on the manifest the build will write (principle 4). */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { hostMatchPatterns } from '../../utils/marketplaces/registry';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

const manifestFor = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

describe('manifest', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('%s asks only for storage, the side panel and the marketplace hosts', (browser, version) => {
    const manifest = manifestFor(browser, version);
    // Chrome's side panel needs a permission; Firefox's sidebar_action does not.
    expect(manifest.permissions).toEqual(browser === 'chrome' ? ['storage', 'contextMenus', 'sidePanel'] : ['storage', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(hostMatchPatterns());
    // TikTok Shop's product pages (issue 14) come with the detectors' hosts.
    expect(manifest.host_permissions).toContain('https://shop-id.tokopedia.com/*');
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toContain('*://*/*');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest.default_locale).toBe('id');
  });

  it('gives Firefox a fixed id and declares that no data is collected', () => {
    expect(manifestFor('firefox', 2).browser_specific_settings).toMatchObject({
      gecko: { id: 'rapi@rapi-umkm.id', data_collection_permissions: { required: ['none'] } },
    });
    expect(manifestFor('chrome', 3)).not.toHaveProperty('browser_specific_settings');
  });
});

describe('manifest commands', () => {
  it('declares the palette shortcut so the user can change it', () => {
    expect(manifestFor('chrome', 3).commands).toMatchObject({ 'open-palette': { suggested_key: { default: 'Alt+Shift+S' } } });
  });

  it('declares a shortcut that opens the side panel in each browser', () => {
    expect(manifestFor('chrome', 3).commands).toMatchObject({ 'open-side-panel': { suggested_key: { default: 'Alt+Shift+R' } } });
    expect(manifestFor('firefox', 2).commands).toMatchObject({ _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+R' } } });
  });
});
