import { describe, expect, it } from 'vitest';
import { catalogue, formatMessage, LANGUAGES, t } from './translate';
import { marketplaceName, pageKindName } from './labels';
import { MARKETPLACE_IDS, PAGE_KINDS } from '../marketplaces/types';

const placeholdersOf = (text: string) => [...text.matchAll(/\$[A-Za-z0-9_]+\$/g)].map((m) => m[0]).sort();

describe('locale files', () => {
  const id = catalogue('id');
  const en = catalogue('en');

  it('have the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each(Object.keys(id))('%s uses the same placeholders in both languages and is not empty', (key) => {
    expect(id[key]!.message.trim()).not.toBe('');
    expect(en[key]!.message.trim()).not.toBe('');
    expect(placeholdersOf(en[key]!.message)).toEqual(placeholdersOf(id[key]!.message));
  });

  it('use only key names Chrome accepts', () => {
    for (const key of Object.keys(id)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('name every marketplace and page kind in both languages', () => {
    for (const language of LANGUAGES) {
      for (const id of MARKETPLACE_IDS) expect(marketplaceName(language, id)).not.toMatch(/^marketplace_/);
      for (const kind of PAGE_KINDS) expect(pageKindName(language, kind)).not.toMatch(/^pageKind_/);
    }
  });
});

describe('t', () => {
  it('is Indonesian for the Indonesian choice and English for the English one', () => {
    expect(t('id', 'pageKind_shop')).toBe('Halaman toko');
    expect(t('en', 'pageKind_shop')).toBe('Shop page');
  });

  it('fills named placeholders from positional substitutions', () => {
    expect(t('id', 'error_bad_message', 'type hilang')).toBe('Pesan tidak valid: type hilang');
  });

  it('treats $$ as a literal dollar and leaves unknown placeholders visible', () => {
    expect(formatMessage({ message: 'US$$5 $X$' }, [])).toBe('US$5 $X$');
  });

  it('does not interpret substitutions a second time', () => {
    expect(t('en', 'error_bad_message', '$1 and $$')).toBe('Invalid message: $1 and $$');
  });
});
