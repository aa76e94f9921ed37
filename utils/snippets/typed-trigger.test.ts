import { describe, expect, it } from 'vitest';
import { findTypedTrigger } from './typed-trigger';

describe('findTypedTrigger', () => {
  it('finds a prefixed shortcut followed by a space at the caret', () => {
    expect(findTypedTrigger('Info: ;garansi ')).toEqual({ shortcut: ';garansi', start: 6, end: 15 });
    expect(findTypedTrigger(';kirim ')).toEqual({ shortcut: ';kirim', start: 0, end: 7 });
    expect(findTypedTrigger('Cara cuci /perawatan-batik ')).toMatchObject({ shortcut: '/perawatan-batik' });
  });

  it('ignores plain words, hashtags, shortcuts not yet ended and ones inside words', () => {
    for (const text of ['garansi ', '#BatikPekalongan ', ';garansi', 'harga;garansi ', 'rasio 1:1 ', 'https://x.id/a ']) {
      expect(findTypedTrigger(text), text).toBeUndefined();
    }
  });
});
