/**
 * An imagined redesign, for tests and the benchmark: every class, test id and other data-*
 * attribute taken off a page, so no adapter hook matches and only the structure is left.
 */
export function stripHooks(doc: Document): void {
  for (const el of doc.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) if (name === 'class' || name.startsWith('data-')) el.removeAttribute(name);
  }
}
