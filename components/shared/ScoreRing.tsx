/** A score out of 100 as a ring, coloured by grade, with the number in words for screen readers. */
import type { Grade } from '../../utils/quality';

const COLOUR: Record<Grade, string> = { A: '#0b7a53', B: '#3f8f29', C: '#b7791f', D: '#c2410c', E: '#b42318' };
const RADIUS = 22;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ScoreRing({ score, grade, label }: { score: number; grade: Grade; label: string }) {
  return (
    <svg
      className="rapi-ring"
      width="56"
      height="56"
      viewBox="0 0 56 56"
      role="img"
      aria-label={label}
      data-testid="rapi-score"
      data-score={score}
    >
      <circle cx="28" cy="28" r={RADIUS} fill="none" stroke="#e4e7eb" strokeWidth="6" />
      <circle
        cx="28"
        cy="28"
        r={RADIUS}
        fill="none"
        stroke={COLOUR[grade]}
        strokeWidth="6"
        strokeLinecap="round"
        strokeDasharray={`${(score / 100) * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
        transform="rotate(-90 28 28)"
      />
      <text x="28" y="33" textAnchor="middle" fontSize="16" fontWeight="700" fill="#1f2933">
        {score}
      </text>
    </svg>
  );
}
