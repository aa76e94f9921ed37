import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledRules, enableAllRules, setRuleEnabled } from './rule-settings';

describe('rule settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches a rule off for one marketplace only', async () => {
    await setRuleEnabled('shopee', 'video-missing', false);
    expect(await disabledRules('shopee')).toEqual(['video-missing']);
    expect(await disabledRules('lazada')).toEqual([]);
    await setRuleEnabled('shopee', 'video-missing', true);
    expect(await disabledRules('shopee')).toEqual([]);
  });

  it('switches everything back on', async () => {
    await setRuleEnabled('tokopedia', 'stock-low', false);
    await setRuleEnabled('tokopedia', 'video-missing', false);
    await enableAllRules('tokopedia');
    expect(await disabledRules('tokopedia')).toEqual([]);
  });

  it('ignores stored data that is not a valid settings object', async () => {
    await fakeBrowser.storage.local.set({ ruleSettings: { disabled: { shopee: ['no-such-rule'] } } });
    expect(await disabledRules('shopee')).toEqual([]);
  });
});
