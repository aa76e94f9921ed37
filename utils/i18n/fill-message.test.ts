import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import idMessages from '../../public/_locales/id/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import { fillMessage, type LocaleEntry } from './fill-message';
import { formatMessage } from './translate';

describe('fillMessage', () => {
  it('fills every entry of both locales exactly as `t` does, whatever the substitutions', () => {
    const entries = [...Object.values(idMessages), ...Object.values(enMessages)] as LocaleEntry[];
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (entry, subs) => {
        expect(fillMessage(entry, ...subs)).toBe(formatMessage(entry, subs));
      }),
      { numRuns: 2000 },
    );
  });

  it('fills named placeholders and leaves `$$` a dollar', () => {
    const entry = { message: '$FIELD$: $COUNT$ masalah, $$5', placeholders: { field: { content: '$1' }, count: { content: '$2' } } };
    expect(fillMessage(entry, 'Judul', '2')).toBe('Judul: 2 masalah, $5');
  });
});
