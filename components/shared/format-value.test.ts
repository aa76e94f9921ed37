import { describe, expect, it } from 'vitest';
import { formatFieldValue, formatRupiah, previewText } from './format-value';

describe('previewText', () => {
  it('makes zero-width and right-to-left override characters visible and counts them', () => {
    const preview = previewText('Batik\u200b Tulis \u202eKW\u202c');
    expect(preview.hidden).toBe(3);
    expect(preview.text).toBe('Batik\u2425 Tulis \u2425KW\u2425');
  });

  it('cuts long text for display and reads only its head', () => {
    const huge = 'a'.repeat(1_000_000);
    const preview = previewText(huge, 20);
    expect(preview.text).toBe(`${'a'.repeat(20)}…`);
  });

  it('keeps markup as literal text', () => {
    expect(previewText('<img src=x onerror=alert(1)>').text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('formatFieldValue', () => {
  const listing = {
    marketplace: 'shopee' as const,
    title: '',
    priceIdr: 1250000,
    hasVideo: false,
    condition: 'used' as const,
    weightGrams: 1500,
  };

  it('formats money, weight, yes/no and condition in the chosen language', () => {
    expect(formatRupiah(1250000)).toBe('Rp1.250.000');
    expect(formatFieldValue('id', 'priceIdr', listing)?.text).toBe('Rp1.250.000');
    expect(formatFieldValue('id', 'weightGrams', listing)?.text).toBe('1.500 g');
    expect(formatFieldValue('id', 'hasVideo', listing)?.text).toBe('Tidak ada');
    expect(formatFieldValue('en', 'condition', listing)?.text).toBe('Used');
  });

  it('tells an empty field from an unknown one', () => {
    expect(formatFieldValue('id', 'title', listing)?.text).toBe('(kosong)');
    expect(formatFieldValue('id', 'stock', listing)).toBeUndefined();
  });
});
