/**
 * What Indonesia itself asks of wood leaving the country, whatever the destination: markets whose
 * own law says nothing stronger (MY, SG, AE) take these; the EU and the US have their own rules.
 */
import type { MarketRule } from '../types';

export const INDONESIAN_TIMBER_RULES: readonly MarketRule[] = [
  {
    // Indonesia's own export rule: wood products of the listed HS codes leave only with an SVLK V-Legal document
    // (Permendag on the export of forestry industry products; PermenLHK 8/2021). An origin requirement, so a warning.
    rule: 'export-timber-legality-missing',
    severity: 'warning',
    kinds: ['wood'],
    whyKey: 'export_why_timber_origin',
    source: 'https://silk.menlhk.go.id/ (SVLK, PermenLHK 8/2021)',
  },
  {
    // Advice: buyers of rattan goods ask where the rattan comes from.
    rule: 'export-timber-legality-missing',
    severity: 'tip',
    kinds: ['rattan'],
    whyKey: 'export_why_rattan_advice',
    source: 'Advice.',
  },
];
