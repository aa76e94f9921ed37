import { describe, expect, it } from 'vitest';
import { BUILT_IN_VARIABLES, SHOP_VARIABLES } from './template-ast';
import { variableLabel } from './variable-label';

describe('variableLabel', () => {
  it('names shop values and built-ins in plain words, never in template syntax', () => {
    expect(variableLabel('id', 'nama_toko')).toBe('Nama toko');
    expect(variableLabel('en', 'kota')).toBe('City');
    expect(variableLabel('id', 'tanggal')).toBe('Tanggal hari ini');
    for (const name of [...SHOP_VARIABLES, ...BUILT_IN_VARIABLES]) {
      for (const language of ['id', 'en'] as const) {
        const label = variableLabel(language, name);
        expect(label).not.toMatch(/[{}_]/);
        expect(label).not.toBe(name);
      }
    }
  });

  it("shows a seller's own value by its name, with spaces for underscores", () => {
    expect(variableLabel('id', 'bahan_utama')).toBe('bahan utama');
    expect(variableLabel('id', 'constructor')).toBe('constructor');
  });
});
