/**
 * What Rapi keeps in extension storage, and how it reads it back. Stored values
 * cross a boundary (another version of Rapi, a hand-edited profile, a sync bug), so
 * every read goes through zod and anything that does not parse falls back to the
 * defaults instead of breaking the panel.
 */
// zod/mini: the content script reads the settings too, and must stay small (issue 15).
import * as z from 'zod/mini';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages';
import { MarketplaceIdSchema } from '../marketplaces/types';
import { TEXT_FIELDS } from '../marketplaces/editor/types';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: DEFAULT_LANGUAGE };

export function parseSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * The keys in `browser.storage.local`. The options pages use WXT storage items on them
 * (`local:<key>`); the content script reads the same keys directly (page-settings.ts).
 */
export const STORAGE_KEYS = { settings: 'settings', taughtFields: 'taughtFields', typedShortcuts: 'typedShortcuts' } as const;

const TaughtForMarketplaceSchema = z.partialRecord(z.enum(TEXT_FIELDS), z.string().check(z.minLength(1), z.maxLength(500)));
/** Fields the user pointed out by clicking them (teach mode), per marketplace, as CSS selectors. */
export const TaughtFieldsSchema = z.partialRecord(MarketplaceIdSchema, TaughtForMarketplaceSchema);
export type TaughtFields = z.infer<typeof TaughtFieldsSchema>;

export function parseTaughtFields(raw: unknown): TaughtFields {
  const parsed = TaughtFieldsSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** Whether typing a snippet's shortcut expands it, per marketplace (typed-shortcuts.ts). */
export const TypedShortcutsSchema = z.object({
  enabled: z.partialRecord(MarketplaceIdSchema, z.boolean()),
});
export type StoredTypedShortcuts = z.infer<typeof TypedShortcutsSchema>;

export function parseTypedShortcuts(raw: unknown): StoredTypedShortcuts {
  const parsed = TypedShortcutsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { enabled: {} };
}
