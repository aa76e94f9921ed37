/**
 * What Rapi keeps in extension storage, and how it reads it back. Stored values
 * cross a boundary (another version of Rapi, a hand-edited profile, a sync bug), so
 * every read goes through zod and anything that does not parse falls back to the
 * defaults instead of breaking the panel.
 */
import { z } from 'zod';
import { LanguageSchema, DEFAULT_LANGUAGE } from '../i18n/translate';
import { MarketplaceIdSchema } from '../marketplaces/types';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  language: LanguageSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: DEFAULT_LANGUAGE };

/** Whether the panel is collapsed, remembered per marketplace (a seller may want it open on one site only). */
export const PanelCollapsedSchema = z.partialRecord(MarketplaceIdSchema, z.boolean());
export type PanelCollapsed = z.infer<typeof PanelCollapsedSchema>;

export function parseSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function parsePanelCollapsed(raw: unknown): PanelCollapsed {
  const parsed = PanelCollapsedSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
