import type { GlossaryGroup } from './types';

/**
 * Care instructions in the FTC's standard terms (16 CFR 423 Appendix A: "Hand wash", "Do not bleach",
 * "Iron low", "Dry flat") and ISO 3758 wording, with "lerak" (soapnut), the traditional wash for batik.
 */
export const CARE: GlossaryGroup = {
  name: 'care',
  protect: false,
  source: '16 CFR 423 Appendix A; ISO 3758:2023; Balai Besar Kerajinan dan Batik care advice',
  entries: [
    ['cuci tangan', 'hand wash'],
    ['dicuci tangan', 'hand wash'],
    ['cuci mesin', 'machine wash'],
    ['cuci terpisah', 'wash separately'],
    ['air dingin', 'cold water'],
    ['jangan diputihkan', 'do not bleach'],
    ['jangan pakai pemutih', 'do not bleach'],
    ['tanpa pemutih', 'no bleach'],
    ['jangan dikucek', 'do not scrub'],
    ['jangan diperas', 'do not wring'],
    ['jangan direndam', 'do not soak'],
    ['jangan disetrika', 'do not iron'],
    ['setrika suhu rendah', 'iron low'],
    ['setrika suhu sedang', 'iron medium'],
    ['jemur di tempat teduh', 'dry in shade'],
    ['jangan dijemur langsung', 'do not dry in direct sunlight'],
    ['dijemur terbalik', 'dry inside out'],
    ['dry clean', 'dry clean'],
    ['deterjen lembut', 'mild detergent'],
    ['lerak', 'soapnut (lerak)'],
    ['luntur', 'fades'],
    ['tidak luntur', 'colourfast'],
    ['perawatan', 'care'],
    ['cara perawatan', 'care instructions'],
  ],
};
