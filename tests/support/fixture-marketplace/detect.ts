/** Pasar Contoh, a made-up marketplace for tests: a seller host and a public host, judged by path. */
import { byHost } from '../../../utils/marketplaces/by-host';
import type { MarketplaceDetector } from '../../../utils/marketplaces/types';

const SELLER_HOST = 'seller.pasar-contoh.test';
const PUBLIC_HOST = 'www.pasar-contoh.test';

export const pasarContohDetector: MarketplaceDetector<'pasar-contoh'> = {
  id: 'pasar-contoh',
  hosts: [SELLER_HOST, PUBLIC_HOST],
  detect: byHost(
    { host: SELLER_HOST, detect: (segs) => (segs[0] === 'produk' && (segs[1] === 'baru' || segs[1] === 'ubah') ? 'listing-editor' : null) },
    { hosts: [PUBLIC_HOST], detect: (segs) => (segs[0] === 'cari' && segs.length === 2 ? 'search' : null) },
  ),
  examples: { 'listing-editor': ['https://seller.pasar-contoh.test/produk/baru'], search: ['https://www.pasar-contoh.test/cari/batik'] },
  negatives: ['https://www.pasar-contoh.test/'],
};
