import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from './knowledge/regions';
import { lookupPlace } from './lookup-place';

describe('lookupPlace', () => {
  it.each([
    ['Kab. Pekalongan', 'Pekalongan'],
    ['KOTA JAKARTA UTARA', 'Jakarta Utara'],
    ['Jogja', 'Yogyakarta'],
    ['Kota Surakarta', 'Solo'],
    ['Kab. Sikka, Nusa Tenggara Timur', 'Sikka'],
    ['Kota Batu', 'Batu'],
    ['Fakfak', 'Fak Fak'],
    ['Celuk', 'Celuk'],
    ['ntt', 'Nusa Tenggara Timur'],
  ])('%s → %s', (text, label) => expect(lookupPlace(text)?.label).toBe(label));

  it('says where a centre lies', () => {
    expect(lookupPlace('Lasem')?.within).toBe('Kab. Rembang');
    expect(lookupPlace('Kasongan')?.within).toBe('Kab. Bantul');
  });

  it('knows the Papua provinces of 2022 and their regencies', () => {
    expect(lookupPlace('Papua Barat Daya')?.label).toBe('Papua Barat Daya');
    expect(lookupPlace('Kab. Merauke')?.within).toBe('Kab. Merauke, Papua Selatan');
    expect(lookupPlace('Jayawijaya')?.within).toContain('Papua Pegunungan');
  });

  it('finds nothing abroad', () => {
    expect(lookupPlace('Guangzhou')).toBeUndefined();
    expect(lookupPlace('')).toBeUndefined();
  });
});

describe('regions data', () => {
  it('has 38 provinces and 514 kabupaten/kota', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(PROVINCES.flatMap((p) => [...p.kab.split('|'), ...p.kota.split('|')].filter(Boolean))).toHaveLength(514);
  });

  // shared/ sits beside the repository in development and CI; the check is skipped where it does not.
  const tsv = fileURLToPath(new URL('../../../shared/data/wilayah.tsv', import.meta.url));
  it.skipIf(!existsSync(tsv))('holds every kabupaten/kota of shared/data/wilayah.tsv, and each is found', () => {
    const rows = readFileSync(tsv, 'utf8')
      .split('\n')
      .filter((line) => /^(kabupaten|kota)\t/.test(line));
    const names = rows.map((line) => line.split('\t')[5]!.replace(/^Kep\. /, 'Kepulauan '));
    const ours = new Set(PROVINCES.flatMap((p) => [...p.kab.split('|'), ...p.kota.split('|')]));
    expect(names.filter((name) => !ours.has(name))).toEqual([]);
    expect(names.filter((name) => !lookupPlace(name))).toEqual([]);
  });
});
