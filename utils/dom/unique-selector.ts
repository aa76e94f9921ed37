/**
 * A CSS selector that finds this element again on a later visit: what teach mode
 * stores when the user clicks a field Rapi could not find. Stable attributes
 * first (the ones sites keep across deploys), then a short structural path.
 * Generated-looking ids and classes (digits, hashes) are skipped: they change
 * with every build.
 */
const STABLE_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-qa', 'data-uid', 'name', 'aria-label', 'placeholder'] as const;
const VOLATILE = /\d{3,}|[a-f0-9]{6,}|^css-|^sc-|^jsx-|__[a-z0-9]{5,}$/i;

export function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

const attributeSelector = (name: string, value: string) => `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;

function isUnique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function ownSelector(el: Element): string[] {
  const tag = el.localName;
  const options: string[] = [];
  if (el.id && !VOLATILE.test(el.id)) options.push(`#${cssEscape(el.id)}`);
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= 80 && !VOLATILE.test(value)) options.push(`${tag}${attributeSelector(name, value)}`);
  }
  return options;
}

function nthOfType(el: Element): string {
  const tag = el.localName;
  const siblings = el.parentElement ? [...el.parentElement.children].filter((c) => c.localName === tag) : [el];
  return siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(el) + 1})` : tag;
}

export function uniqueSelector(el: Element): string | undefined {
  const doc = el.ownerDocument;
  for (const selector of ownSelector(el)) if (isUnique(doc, selector, el)) return selector;
  // A path from the nearest ancestor that has a stable handle; failing that, from <body>.
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && current !== doc.body && current !== doc.documentElement) {
    const anchor = current === el ? undefined : ownSelector(current).find((s) => isUnique(doc, s, current!));
    if (anchor) {
      const selector = [anchor, ...steps].join(' > ');
      if (isUnique(doc, selector, el)) return selector;
    }
    steps.unshift(nthOfType(current));
    current = current.parentElement;
  }
  const fromBody = ['body', ...steps].join(' > ');
  return isUnique(doc, fromBody, el) ? fromBody : undefined;
}
