import { describe, expect, it } from 'vitest';
import { editIdFromHash, hashForEdit } from './edit-hash';
import { inLanguage } from './in-language';

describe('inLanguage', () => {
  it('picks the half of an "Indonesian / English" message', () => {
    expect(inLanguage('Nilai tidak boleh kosong / The value cannot be empty', 'id')).toBe('Nilai tidak boleh kosong');
    expect(inLanguage('Nilai tidak boleh kosong / The value cannot be empty', 'en')).toBe('The value cannot be empty');
  });

  it('keeps the whole message when the split is not clear', () => {
    const message = 'Baris 2: nilai "a / b" salah / Row 2: value "a / b" is wrong';
    expect(inLanguage(message, 'en')).toBe(message);
    expect(inLanguage('Only one language', 'id')).toBe('Only one language');
  });
});

describe('#edit=<id>', () => {
  it('reads back the id it wrote', () => {
    const id = '6f1c2a3b-0000-4000-8000-000000000001';
    expect(editIdFromHash(hashForEdit(id))).toBe(id);
    expect(hashForEdit(null)).toBe('');
  });

  it('ignores other hashes and broken escapes', () => {
    expect(editIdFromHash('')).toBeNull();
    expect(editIdFromHash('#snippets')).toBeNull();
    expect(editIdFromHash('#edit=')).toBeNull();
    expect(editIdFromHash('#edit=%E0%A4%A')).toBeNull();
  });
});
