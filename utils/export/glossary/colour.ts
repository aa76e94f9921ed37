import type { GlossaryGroup } from './types';

/**
 * Colours and patterns. Basic colour names from KBBI; batik colour names (sogan, indigo from tarum)
 * as the Balai Besar Kerajinan dan Batik (Yogyakarta) describes natural dyes.
 */
export const COLOUR: GlossaryGroup = {
  name: 'colour',
  protect: false,
  source: 'KBBI; Balai Besar Kerajinan dan Batik (natural dyes)',
  entries: [
    ['warna', 'colour'],
    ['merah', 'red'],
    ['biru', 'blue'],
    ['hijau', 'green'],
    ['kuning', 'yellow'],
    ['hitam', 'black'],
    ['putih', 'white'],
    ['coklat', 'brown'],
    ['cokelat', 'brown'],
    ['abu-abu', 'grey'],
    ['abu', 'grey'],
    ['ungu', 'purple'],
    ['oranye', 'orange'],
    ['jingga', 'orange'],
    ['merah muda', 'pink'],
    ['krem', 'cream'],
    ['marun', 'maroon'],
    ['tosca', 'teal'],
    ['biru dongker', 'navy blue'],
    ['dongker', 'navy blue'],
    ['emas tua', 'dark gold'],
    ['sogan', 'sogan brown'],
    ['nila', 'indigo'],
    ['tarum', 'indigo'],
    ['polos', 'plain'],
    ['motif', 'pattern'],
    ['bermotif', 'patterned'],
    ['corak', 'pattern'],
    ['garis-garis', 'striped'],
    ['salur', 'striped'],
    ['kotak-kotak', 'checked'],
    ['bunga', 'floral'],
    ['motif bunga', 'floral pattern'],
    ['muda', 'light'],
    ['tua', 'dark'],
  ],
};
