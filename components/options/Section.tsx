/** One titled part of the options page. */
import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}

export function Section({ id, title, lead, children }: SectionProps) {
  return (
    <section className="options-section" id={id} aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p className="options-lead">{lead}</p>}
      {children}
    </section>
  );
}
