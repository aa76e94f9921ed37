/** Readiness of every audited product for one destination, products with something missing first. */
import { checkExportReadiness, type ExportFinding, type ExportMarket } from '../../utils/export';

export interface ReportProduct {
  /** Stable per product (the audit's card key); the title when absent. */
  key?: string;
  title: string;
  /** The audit keeps titles only; a caller with descriptions passes them. */
  description?: string;
}

export interface ProductReadiness {
  key: string;
  title: string;
  findings: ExportFinding[];
}

export function productsReadiness(products: readonly ReportProduct[], market: ExportMarket): ProductReadiness[] {
  const rows = products.map((product, index) => ({
    key: product.key ?? `${index}:${product.title}`,
    title: product.title,
    findings: checkExportReadiness({ title: product.title, description: product.description }, market).findings,
  }));
  // Stable: the audit's own order within each half.
  return [...rows.filter((row) => row.findings.length > 0), ...rows.filter((row) => row.findings.length === 0)];
}
