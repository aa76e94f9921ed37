/** The report's address: `report.html#id=<n>` is one saved audit, `report.html` alone the history. */

/** The audit id the hash names, or null for the history (no id, or one that is not a positive integer). */
export function auditIdFromHash(hash: string): number | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('id');
  if (value === null || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

export function hashForAudit(id: number): string {
  return `#id=${id}`;
}
