/**
 * Storage items for settings, in `browser.storage.local`: the extension's own
 * storage, which content scripts may use and pages cannot read (unlike the page
 * origin's IndexedDB or localStorage).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, STORAGE_KEYS, type Settings } from './schema';

export const settingsItem = storage.defineItem<Settings>(`local:${STORAGE_KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
