/**
 * The settings the content script needs (language, taught fields, typed shortcuts), read
 * from `browser.storage.local` directly: the same keys the options pages' WXT storage items
 * use (STORAGE_KEYS), parsed with the same schemas, without WXT's storage module, which
 * cost the content script about 3.7 KB gzipped (issue 15: 50 KB budget). The items are at
 * version 1 with no migration, so the stored value is the value.
 */
import { browser } from 'wxt/browser';
import type { MarketplaceId } from '../marketplaces/types';
import type { TextField } from '../marketplaces/editor/types';
import {
  parseSettings,
  parseTaughtFields,
  parseTypedShortcuts,
  STORAGE_KEYS,
  TaughtFieldsSchema,
  type Settings,
  type StoredTypedShortcuts,
  type TaughtFields,
} from './schema';

type Key = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

async function read(key: Key): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

function watch(key: Key, onChange: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await read(STORAGE_KEYS.settings));
}

export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  return watch(STORAGE_KEYS.settings, (raw) => onChange(parseSettings(raw)));
}

export async function readTaughtFields(marketplace: MarketplaceId): Promise<Partial<Record<TextField, string>>> {
  return parseTaughtFields(await read(STORAGE_KEYS.taughtFields))[marketplace] ?? {};
}

/** Keeps a field the seller pointed out; refuses (throws) a selector the schema does not accept. */
export async function saveTaughtField(marketplace: MarketplaceId, field: TextField, selector: string): Promise<void> {
  const all: TaughtFields = parseTaughtFields(await read(STORAGE_KEYS.taughtFields));
  const next = TaughtFieldsSchema.parse({ ...all, [marketplace]: { ...all[marketplace], [field]: selector } });
  await browser.storage.local.set({ [STORAGE_KEYS.taughtFields]: next });
}

export async function readTypedShortcuts(): Promise<StoredTypedShortcuts['enabled']> {
  return parseTypedShortcuts(await read(STORAGE_KEYS.typedShortcuts)).enabled;
}

export function watchPageTypedShortcuts(onChange: (enabled: StoredTypedShortcuts['enabled']) => void): () => void {
  return watch(STORAGE_KEYS.typedShortcuts, (raw) => onChange(parseTypedShortcuts(raw).enabled));
}
