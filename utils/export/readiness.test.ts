import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS } from '../../tests/support/adversarial-inputs';
import { catalogue } from '../i18n/translate';
import { checkExportReadiness, type ExportListing } from './readiness';
import { MARKETS } from './markets';
import { EXPORT_MARKETS, EXPORT_RULE_IDS, type ExportMarket, type ExportRuleId } from './types';

const listing = (title: string, description = ''): ExportListing => ({ title, description });
const rules = (l: ExportListing, market: ExportMarket) => checkExportReadiness(l, market).findings.map((f) => `${f.ruleId}:${f.severity}`);
const has = (l: ExportListing, market: ExportMarket, rule: ExportRuleId) =>
  checkExportReadiness(l, market).findings.find((f) => f.ruleId === rule)?.severity ?? null;

const BATIK_SHIRT = listing(
  'Kemeja Batik Tulis Pria Lengan Pendek Motif Kawung Pekalongan',
  'Batik tulis asli dari Pekalongan, dikerjakan 3 minggu. Lingkar dada M 104 cm, L 110 cm, XL 116 cm.',
);
const BATIK_SHIRT_READY = listing(
  BATIK_SHIRT.title,
  `${BATIK_SHIRT.description} Bahan 100% katun primisima. Cuci tangan dengan air dingin, jangan diputihkan, setrika suhu sedang.
EU responsible person: Kain Haus GmbH, Hauptstr. 5, 10115 Berlin, Germany.`,
);
const CERAMIC_PLATES = listing(
  'Piring Keramik Stoneware Dinoyo Glasir Hijau Set 4',
  'Diameter 26 cm. Dibuat tangan di Malang, aman microwave.',
);
const TEAK_TRAY = listing('Nampan Kayu Jati Ukir Jepara', 'Ukuran 40 x 28 cm. Finishing natural, kayu jati tua.');
const RATTAN_BASKET = listing('Keranjang Rotan Anyaman Tangan Tutup', 'Diameter 30 cm, tinggi 25 cm.');
const SAMBAL = listing(
  'Sambal Roa Khas Manado Pedas 200 gr',
  'Tanpa pengawet. P-IRT No. 206710101234567. Simpan di kulkas setelah dibuka.',
);
const SAMBAL_HALAL_CLAIM = listing('Sambal Roa Khas Manado Pedas 200 gr Halal', SAMBAL.description);
const SAMBAL_CERTIFIED = listing(SAMBAL.title, `${SAMBAL.description} Sertifikat halal ID71110000123456.`);
const SOAP = listing('Sabun Batang Sereh Wangi Handmade Cold Process', 'Berat 100 gr. Minyak kelapa, minyak zaitun, minyak sereh.');

describe('checkExportReadiness, per rule', () => {
  it('export-fibre-composition-missing: textiles without percentages; not with them, not for non-textiles', () => {
    expect(has(BATIK_SHIRT, 'EU', 'export-fibre-composition-missing')).toBe('error');
    expect(has(listing('Kain Tenun Ikat Sumba 200 x 100 cm', 'Pewarna alam, bahan katun'), 'US', 'export-fibre-composition-missing')).toBe(
      'error',
    );
    expect(has(BATIK_SHIRT_READY, 'EU', 'export-fibre-composition-missing')).toBeNull();
    expect(has(listing('Kaos Polos Cotton 95% Spandex 5%'), 'US', 'export-fibre-composition-missing')).toBeNull();
    // Batik as a look on a plate or a phone case is no textile.
    expect(has(listing('Piring Keramik Motif Batik Parang'), 'EU', 'export-fibre-composition-missing')).toBeNull();
    expect(has(listing('Case HP Motif Batik Samsung A15'), 'EU', 'export-fibre-composition-missing')).toBeNull();
  });

  it('export-care-label-missing: garments only; care words satisfy it', () => {
    expect(has(BATIK_SHIRT, 'US', 'export-care-label-missing')).toBe('error');
    expect(has(BATIK_SHIRT_READY, 'US', 'export-care-label-missing')).toBeNull();
    expect(has(listing('Kaos Kaki Katun Motif Lurik 3 Pasang', 'Hand wash, do not bleach.'), 'US', 'export-care-label-missing')).toBeNull();
    // A table cloth is a textile but not apparel: fibre yes, care label no.
    expect(has(listing('Taplak Meja Tenun Lurik 150 x 90 cm'), 'US', 'export-care-label-missing')).toBeNull();
    expect(has(listing('Gantungan Baju Kayu isi 10'), 'US', 'export-care-label-missing')).toBeNull();
  });

  it('export-food-contact-test-missing: ceramic tableware without a lead test; not glass or plastic, not tiles', () => {
    expect(has(CERAMIC_PLATES, 'EU', 'export-food-contact-test-missing')).toBe('error');
    expect(has(CERAMIC_PLATES, 'US', 'export-food-contact-test-missing')).toBe('warning');
    const tested = listing(CERAMIC_PLATES.title, `${CERAMIC_PLATES.description} Glasir lead free, lolos uji timbal dan kadmium.`);
    expect(has(tested, 'EU', 'export-food-contact-test-missing')).toBeNull();
    expect(has(listing('Gelas Plastik Cup Kopi 16 oz isi 50'), 'EU', 'export-food-contact-test-missing')).toBeNull();
    expect(has(listing('Keramik Lantai 60x60 Glossy Putih'), 'EU', 'export-food-contact-test-missing')).toBeNull();
    expect(has(listing('Vas Bunga Gerabah Kasongan Tinggi 40 cm'), 'EU', 'export-food-contact-test-missing')).toBeNull();
    // Wooden tableware: advice in the EU (no specific measure), not an error.
    expect(has(listing('Sendok Kayu Sonokeling Set 6'), 'EU', 'export-food-contact-test-missing')).toBe('warning');
  });

  it('export-timber-legality-missing: wood without SVLK; rattan is advice; look-alikes are not wood', () => {
    expect(has(TEAK_TRAY, 'EU', 'export-timber-legality-missing')).toBe('error');
    expect(has(TEAK_TRAY, 'US', 'export-timber-legality-missing')).toBe('warning');
    expect(has(TEAK_TRAY, 'MY', 'export-timber-legality-missing')).toBe('warning');
    const legal = listing(TEAK_TRAY.title, `${TEAK_TRAY.description} Kayu bersertifikat SVLK, dokumen V-Legal tersedia.`);
    expect(has(legal, 'EU', 'export-timber-legality-missing')).toBeNull();
    expect(has(RATTAN_BASKET, 'EU', 'export-timber-legality-missing')).toBe('tip');
    expect(has(listing('Tas Rotan Sintetis Bulat Wanita', 'Diameter 20 cm'), 'EU', 'export-timber-legality-missing')).toBeNull();
    expect(has(listing('Case HP Motif Kayu iPhone 13'), 'EU', 'export-timber-legality-missing')).toBeNull();
    expect(has(listing('Kayu Manis Bubuk Ceylon 100 gr'), 'EU', 'export-timber-legality-missing')).toBeNull();
  });

  it('export-halal-missing: food and cosmetics to MY and AE; a halal claim without a number is an error there', () => {
    expect(has(SAMBAL, 'MY', 'export-halal-missing')).toBe('warning');
    expect(has(SAMBAL_HALAL_CLAIM, 'MY', 'export-halal-missing')).toBe('error');
    expect(has(SAMBAL_HALAL_CLAIM, 'AE', 'export-halal-missing')).toBe('error');
    expect(checkExportReadiness(SAMBAL_HALAL_CLAIM, 'MY').findings[0]!.messageKey).toBe('export_rule_halal_missing_claimed');
    expect(has(SAMBAL_CERTIFIED, 'MY', 'export-halal-missing')).toBeNull();
    expect(has(SOAP, 'AE', 'export-halal-missing')).toBe('warning');
    // Singapore: advice; the EU and US ask nothing about halal.
    expect(has(SAMBAL, 'SG', 'export-halal-missing')).toBe('tip');
    expect(has(SAMBAL_HALAL_CLAIM, 'SG', 'export-halal-missing')).toBe('warning');
    expect(has(SAMBAL_HALAL_CLAIM, 'EU', 'export-halal-missing')).toBeNull();
    // Coffee in a ceramic cup's title is not food.
    expect(has(listing('Cangkir Kopi Keramik 200 ml', 'Lead free.'), 'MY', 'export-halal-missing')).toBeNull();
  });

  it('export-dimensions-missing: no metric size or weight anywhere', () => {
    expect(has(listing('Tas Anyaman Pandan Tasikmalaya', 'Cantik untuk kondangan.'), 'SG', 'export-dimensions-missing')).toBe('tip');
    expect(has(listing('Tas Anyaman Pandan Tasikmalaya', 'Ukuran 30 x 20 x 10 cm.'), 'SG', 'export-dimensions-missing')).toBeNull();
    expect(has(listing('Kaos Polos Size S M L XL'), 'MY', 'export-dimensions-missing')).toBe('tip');
    // Food sold online to the EU must show its net quantity: a warning there.
    expect(has(listing('Keripik Pisang Lampung Manis', 'Renyah dan gurih.'), 'EU', 'export-dimensions-missing')).toBe('warning');
    expect(has(SAMBAL, 'EU', 'export-dimensions-missing')).toBeNull();
  });

  it('export-responsible-person-missing: every product to the EU, satisfied by an EU contact', () => {
    expect(has(BATIK_SHIRT, 'EU', 'export-responsible-person-missing')).toBe('error');
    expect(has(BATIK_SHIRT_READY, 'EU', 'export-responsible-person-missing')).toBeNull();
    expect(has(listing('Tas Anyaman Pandan', 'Bisa kirim ke Jerman dan Belanda.'), 'EU', 'export-responsible-person-missing')).toBe(
      'error',
    );
    expect(checkExportReadiness(SOAP, 'EU').findings.find((f) => f.ruleId === 'export-responsible-person-missing')!.whyKey).toBe(
      'export_why_eu_responsible_cosmetic',
    );
    for (const market of ['MY', 'SG', 'AE', 'US'] as const)
      expect(has(BATIK_SHIRT, market, 'export-responsible-person-missing')).toBeNull();
  });
});

describe('checkExportReadiness, per market', () => {
  it('EU: a batik shirt needs composition, the EU contact (errors), care advice (tip)', () => {
    expect(rules(BATIK_SHIRT, 'EU')).toEqual([
      'export-fibre-composition-missing:error',
      'export-responsible-person-missing:error',
      'export-care-label-missing:tip',
    ]);
    expect(rules(BATIK_SHIRT_READY, 'EU')).toEqual([]);
  });

  it('US: a batik shirt needs composition and a care label', () => {
    expect(rules(BATIK_SHIRT, 'US')).toEqual(['export-fibre-composition-missing:error', 'export-care-label-missing:error']);
  });

  it('MY: sambal needs halal; AE the same; SG only advice', () => {
    expect(rules(SAMBAL, 'MY')).toEqual(['export-halal-missing:warning']);
    expect(rules(SAMBAL, 'AE')).toEqual(['export-halal-missing:warning']);
    expect(rules(SAMBAL, 'SG')).toEqual(['export-halal-missing:tip']);
  });

  it('a product Rapi cannot place gets only the general checks', () => {
    const report = checkExportReadiness(listing('Gantungan Kunci Akrilik Custom', 'Ukuran 5 x 5 cm.'), 'EU');
    expect(report.kinds).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['export-responsible-person-missing']);
    expect(rules(listing('Gantungan Kunci Akrilik Custom', 'Ukuran 5 x 5 cm.'), 'MY')).toEqual([]);
  });

  it('without the description, a missing item is unverified and never an error', () => {
    const report = checkExportReadiness({ title: BATIK_SHIRT.title }, 'EU');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.unverified === true && f.severity !== 'error')).toBe(true);
    // What the title itself shows still counts.
    expect(checkExportReadiness({ title: 'Kaos Polos 100% Katun Combed' }, 'US').findings.map((f) => f.ruleId)).not.toContain(
      'export-fibre-composition-missing',
    );
    // An empty description the page did show is known: errors stand.
    expect(checkExportReadiness({ title: BATIK_SHIRT.title, found: ['title', 'description'] }, 'EU').findings[0]!.severity).toBe('error');
  });
});

describe('market data', () => {
  const id = catalogue('id');
  const en = catalogue('en');

  it('every market names itself and every entry gives its reason in both languages and its source', () => {
    for (const market of EXPORT_MARKETS) {
      const profile = MARKETS[market];
      expect(profile.id).toBe(market);
      expect(id[profile.nameKey] && en[profile.nameKey]).toBeTruthy();
      for (const entry of profile.rules) {
        expect(id[entry.whyKey] && en[entry.whyKey], entry.whyKey).toBeTruthy();
        expect(entry.source.length).toBeGreaterThan(5);
        expect(EXPORT_RULE_IDS).toContain(entry.rule);
      }
    }
  });

  it('only law is an error: an error entry cites a regulation, never "Advice"', () => {
    for (const market of EXPORT_MARKETS) {
      for (const entry of MARKETS[market].rules) {
        if (entry.severity === 'error' || entry.claimedSeverity === 'error') expect(entry.source).not.toMatch(/^Advice/);
      }
    }
  });

  it('a general entry never hides a kind-specific one after it', () => {
    for (const market of EXPORT_MARKETS) {
      const general = new Set<string>();
      for (const entry of MARKETS[market].rules) {
        expect(general.has(entry.rule), `${market} ${entry.rule}`).toBe(false);
        if (!entry.kinds) general.add(entry.rule);
      }
    }
  });

  it('every rule message exists in both languages', () => {
    for (const rule of EXPORT_RULE_IDS) {
      const key = `export_rule_${rule.replace(/^export-/, '').replace(/-/g, '_')}`;
      expect(id[key] && en[key], key).toBeTruthy();
    }
  });
});

describe('hostile input', () => {
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s (100 KB) is checked in well under a second', (_name, text) => {
    const started = performance.now();
    for (const market of EXPORT_MARKETS) checkExportReadiness({ title: text.slice(0, 300), description: text }, market);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
