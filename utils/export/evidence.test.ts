import { describe, expect, it } from 'vitest';
import {
  claimsHalal,
  hasCareInstructions,
  hasEuContact,
  hasFibreComposition,
  hasFoodSafeStatement,
  hasHalalNumber,
  hasMetricMeasure,
  hasTimberLegality,
} from './evidence';

describe('evidence finders', () => {
  it('fibre composition: percentages beside a fibre name, or a pure single fibre', () => {
    for (const text of [
      'Bahan 100% katun primisima',
      'Cotton 95% spandex 5%',
      'komposisi: 65% polyester, 35% rayon',
      'Bahan sutra murni',
      'Pure silk, hand-drawn',
    ]) {
      expect(hasFibreComposition(text), text).toBe(true);
    }
    for (const text of ['Bahan katun adem', '100% original, bukan KW', 'Cotton combed 30s', 'Kaos 100% sablon manual']) {
      expect(hasFibreComposition(text), text).toBe(false);
    }
  });

  it('care words in Indonesian and English', () => {
    for (const text of [
      'Cuci tangan, jangan diputihkan',
      'Hand wash cold, do not bleach',
      'Cara perawatan: jemur di tempat teduh',
      'Jangan dijemur di bawah matahari langsung',
    ]) {
      expect(hasCareInstructions(text), text).toBe(true);
    }
    expect(hasCareInstructions('Cuci gudang! Bahan adem, tidak luntur')).toBe(false);
  });

  it('food-safe statements, not when denied', () => {
    for (const text of [
      'Glasir lead free, aman untuk makanan',
      'Sudah uji timbal di laboratorium',
      'Food grade glaze',
      'Bebas timbal dan kadmium',
    ]) {
      expect(hasFoodSafeStatement(text), text).toBe(true);
    }
    for (const text of ['Belum uji lab, hanya untuk hiasan', 'Tidak food grade, untuk pajangan', 'Glasir mengkilap warna biru']) {
      expect(hasFoodSafeStatement(text), text).toBe(false);
    }
  });

  it('timber legality: SVLK, V-Legal, FSC; not "belum SVLK"; "tidak mudah retak" elsewhere in the sentence is no denial', () => {
    for (const text of [
      'Kayu jati bersertifikat SVLK',
      'Dokumen V-Legal tersedia untuk ekspor',
      'FSC certified mahogany',
      'Made from legal wood (V-Legal)',
      'Legally sourced teak',
      'Kayu tidak mudah retak dan sudah SVLK',
    ]) {
      expect(hasTimberLegality(text), text).toBe(true);
    }
    for (const text of ['Belum SVLK, kayu dari kebun sendiri', 'Kayu jati tua kualitas ekspor']) {
      expect(hasTimberLegality(text), text).toBe(false);
    }
  });

  it('halal: the BPJPH number (quality detector) or an MUI number; "halal" alone is only a claim', () => {
    expect(hasHalalNumber('Sertifikat halal ID31110001294812')).toBe(true);
    expect(hasHalalNumber('Halal MUI No. 00150012345678')).toBe(true);
    expect(hasHalalNumber('Sudah halal, P-IRT 206350701012327')).toBe(false);
    expect(claimsHalal('Sudah halal dan higienis')).toBe(true);
    expect(claimsHalal('Produk non halal, mengandung babi')).toBe(false);
    expect(claimsHalal('Hampers halal bihalal lebaran')).toBe(false);
  });

  it('metric sizes and weights, not clothing letters or network names', () => {
    for (const text of ['Ukuran 20 x 30 cm', 'berat 250 gr', 'Netto 1,5 kg', 'isi 500 ml', 'Berat bersih 250g', 'Panjang 2 m']) {
      expect(hasMetricMeasure(text), text).toBe(true);
    }
    for (const text of ['Size S M L XL', 'All size fit to L', 'HP 4G LTE', 'isi 3 pcs']) {
      expect(hasMetricMeasure(text), text).toBe(false);
    }
  });

  it('EU contact: named as such or an importer with an EU address; a shipping country is no contact', () => {
    for (const text of [
      'EU responsible person: Batik Haus GmbH, Berlin',
      'Importir: CV Nusantara Trade B.V., Rotterdam, Netherlands',
      'Perwakilan di Uni Eropa: Rumah Tenun, Lyon',
    ]) {
      expect(hasEuContact(text), text).toBe(true);
    }
    for (const text of ['Bisa kirim ke Jerman dan Belanda', 'Ships worldwide, including France']) {
      expect(hasEuContact(text), text).toBe(false);
    }
  });
});
