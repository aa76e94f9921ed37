/**
 * Buttons by role and accessible name, as a screen reader lists them (Testing Library's role
 * query, names computed by dom-accessibility-api per the W3C accessible-name algorithm). Issue 15:
 * every button on a page needs a name of its own.
 */
import { queryAllByRole } from '@testing-library/dom';
import { computeAccessibleName } from 'dom-accessibility-api';

export function buttonNames(container: HTMLElement): string[] {
  return queryAllByRole(container, 'button').map((button) => computeAccessibleName(button));
}

/** Names given to more than one button ("2× Simpan"): empty when every name is distinct. */
export function repeatedButtonNames(container: HTMLElement): string[] {
  const counts = new Map<string, number>();
  for (const name of buttonNames(container)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([name, count]) => `${count}× ${name}`);
}
