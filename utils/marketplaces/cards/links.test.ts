import { describe, expect, it } from 'vitest';
import { dedupeKey } from './links';

describe('dedupeKey', () => {
  it('makes a product page its path: the query only says how the buyer came (rtx 3070 page: an ad and a result of one product)', () => {
    expect(dedupeKey('https://www.tokopedia.com/gamersoutpost/gainward-rtx-3070?src=topads')).toBe(
      dedupeKey('https://www.tokopedia.com/gamersoutpost/gainward-rtx-3070?extParam=ivf%3Dfalse&refined=true'),
    );
    expect(dedupeKey('https://www.blibli.com/p/pc-gaming/ps--NVG-60021-01148?ds=NVG&sid=1#top')).toBe(
      'https://www.blibli.com/p/pc-gaming/ps--NVG-60021-01148',
    );
  });

  it('keeps the query where it names the product (a seller list links to the edit form by id)', () => {
    expect(dedupeKey('https://sellercenter.lazada.co.id/apps/product/publish?productId=1')).not.toBe(
      dedupeKey('https://sellercenter.lazada.co.id/apps/product/publish?productId=2'),
    );
    expect(dedupeKey('https://example.com/a?x=1#frag')).toBe('https://example.com/a?x=1');
  });
});
