/**
 * Quality rules the seller switched off, per marketplace. A versioned zod schema:
 * a future version that changes the shape keeps a migration here.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { MarketplaceIdSchema, type MarketplaceId } from '../marketplaces/types';
import { RULE_IDS, type RuleId } from '../quality/rule-ids';

export const RuleSettingsSchema = z.object({
  disabled: z.partialRecord(MarketplaceIdSchema, z.array(z.enum(RULE_IDS)).max(RULE_IDS.length)),
});
export type RuleSettings = z.infer<typeof RuleSettingsSchema>;

export const ruleSettingsItem = storage.defineItem<RuleSettings>('local:ruleSettings', {
  fallback: { disabled: {} },
  version: 1,
});

export async function loadRuleSettings(): Promise<RuleSettings> {
  const parsed = RuleSettingsSchema.safeParse(await ruleSettingsItem.getValue());
  return parsed.success ? parsed.data : { disabled: {} };
}

export async function disabledRules(marketplace: MarketplaceId): Promise<RuleId[]> {
  return (await loadRuleSettings()).disabled[marketplace] ?? [];
}

export async function setRuleEnabled(marketplace: MarketplaceId, rule: RuleId, enabled: boolean): Promise<void> {
  const settings = await loadRuleSettings();
  const current = new Set(settings.disabled[marketplace] ?? []);
  if (enabled) current.delete(rule);
  else current.add(rule);
  await ruleSettingsItem.setValue({ disabled: { ...settings.disabled, [marketplace]: [...current] } });
}

export async function enableAllRules(marketplace: MarketplaceId): Promise<void> {
  const settings = await loadRuleSettings();
  await ruleSettingsItem.setValue({ disabled: { ...settings.disabled, [marketplace]: [] } });
}

export function watchRuleSettings(onChange: (settings: RuleSettings) => void): () => void {
  return ruleSettingsItem.watch((value) => {
    const parsed = RuleSettingsSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : { disabled: {} });
  });
}
