/** How many products fall in each score band, as vertical bars coloured from weak (red) to strong (green). */
import type { AuditSummary } from '../../utils/audit';
import { t, type Language } from '../../utils/i18n';

/** Band colours follow the grades the bands mostly hold (E … A). */
const COLOURS = ['#b42318', '#c2410c', '#b7791f', '#3f8f29', '#0b7a53'];
const WIDTH = 420;
const HEIGHT = 220;
const TOP = 22;
const BOTTOM = 28;
const GAP = 18;

export function DistributionChart({ distribution, language }: { distribution: AuditSummary['distribution']; language: Language }) {
  const max = Math.max(1, ...distribution.map((b) => b.count));
  const slot = WIDTH / distribution.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const labels = distribution.map((b) => t(language, 'report_distribution_bar', String(b.min), String(b.max), String(b.count)));
  return (
    <section className="report-card report-chart" aria-labelledby="report-distribution-title">
      <h2 id="report-distribution-title">{t(language, 'report_distribution')}</h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="report-chart__svg"
        role="img"
        aria-label={`${t(language, 'report_distribution')}: ${labels.join('; ')}`}
        data-testid="report-distribution"
      >
        <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#cbd2d9" />
        {distribution.map((bucket, i) => {
          const height = (bucket.count / max) * plot;
          const x = i * slot + GAP / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={bucket.min} data-count={bucket.count}>
              <title>{labels[i]}</title>
              <rect x={x} y={y} width={slot - GAP} height={Math.max(height, bucket.count > 0 ? 2 : 0)} rx="4" fill={COLOURS[i]} />
              <text x={x + (slot - GAP) / 2} y={y - 6} textAnchor="middle" className="report-chart__value">
                {bucket.count}
              </text>
              <text x={x + (slot - GAP) / 2} y={HEIGHT - 8} textAnchor="middle" className="report-chart__axis">
                {bucket.min}–{bucket.max}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
