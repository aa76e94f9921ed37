/**
 * Storage items for settings, in `browser.storage.local`: the extension's own
 * storage, which content scripts may use and pages cannot read (unlike the page
 * origin's IndexedDB or localStorage).
 */
import { storage } from 'wxt/utils/storage';
import type { MarketplaceId } from '../marketplaces/types';
import {
  DEFAULT_SETTINGS,
  parsePanelCollapsed,
  parseSettings,
  SETTINGS_VERSION,
  STORAGE_KEYS,
  type PanelCollapsed,
  type Settings,
} from './schema';

export const settingsItem = storage.defineItem<Settings>(`local:${STORAGE_KEYS.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

export const panelCollapsedItem = storage.defineItem<PanelCollapsed>('local:panelCollapsed', {
  fallback: {},
  version: 1,
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

export async function isPanelCollapsed(marketplace: MarketplaceId): Promise<boolean> {
  return parsePanelCollapsed(await panelCollapsedItem.getValue())[marketplace] ?? false;
}

export async function setPanelCollapsed(marketplace: MarketplaceId, collapsed: boolean): Promise<void> {
  const current = parsePanelCollapsed(await panelCollapsedItem.getValue());
  await panelCollapsedItem.setValue({ ...current, [marketplace]: collapsed });
}
