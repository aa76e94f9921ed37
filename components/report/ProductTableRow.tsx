/** One product in the table; memoised, so re-sorting moves rows without re-rendering them. */
import { memo } from 'react';
import type { AuditIssueId } from '../../utils/audit';
import { formatRupiah } from './format';
import { IssueChips } from './IssueChips';
import { ProductTitle } from './ProductTitle';
import type { ProductRow } from './table-model';

interface Props {
  row: ProductRow;
  labels: ReadonlyMap<AuditIssueId, string>;
  adLabel: string;
}

export const ProductTableRow = memo(function ProductTableRow({ row, labels, adLabel }: Props) {
  const { product } = row;
  return (
    <tr data-testid="report-row" data-key={product.key} data-score={product.score}>
      <td className="report-col-title">
        <ProductTitle title={row.title} url={product.card.url} />
      </td>
      <td className="report-num">{formatRupiah(product.card.priceIdr)}</td>
      <td className="report-num report-score">{product.score}</td>
      <td>
        <span className={`report-badge report-grade--${product.grade}`}>{product.grade}</span>
      </td>
      <td className="report-chips">
        <IssueChips issues={row.issues} labels={labels} />
      </td>
      <td className="report-local">{product.localTags.join(', ')}</td>
      <td>{product.card.isAd ? adLabel : ''}</td>
    </tr>
  );
});
