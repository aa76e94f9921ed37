/**
 * A card's visible text, read the way a person sees it: `segments` are the smallest pieces
 * (one element's own text: "4.9", "Kab. Sikka", "(45)"), `lines` join inline pieces into what
 * a block shows on one line ("Rp" + "89.000" → "Rp89.000"). Struck-through prices, buttons,
 * scripts and icons are left out. Only text is read: nothing is parsed as HTML or rendered.
 */
export interface Segment {
  text: string;
  inLink: boolean;
}

export interface CardText {
  segments: Segment[];
  lines: string[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'del',
  's',
  'strike',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
]);
const BLOCK = new Set([
  'a',
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const VALUE_INPUTS = new Set(['', 'text', 'number', 'tel', 'search']);
const ELEMENT = 1;
const TEXT = 3;
/** No card is this deep; a page that nests deeper is not read further (and cannot exhaust the stack). */
const MAX_DEPTH = 200;

export const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function isSkipped(el: Element): boolean {
  return SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The value a text input shows, or undefined for anything else. */
export function inputValue(el: Element): string | undefined {
  if (el.localName !== 'input' || !VALUE_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase())) return undefined;
  return (el as HTMLInputElement).value;
}

export function readText(root: Element): CardText {
  const segments: Segment[] = [];
  const lines: string[] = [];
  let seg = '';
  let line = '';
  let links = 0;
  const flushSeg = () => {
    const text = clean(seg);
    if (text) segments.push({ text, inLink: links > 0 });
    seg = '';
  };
  const flushLine = () => {
    const text = clean(line);
    if (text) lines.push(text);
    line = '';
  };
  const walk = (el: Element, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT) {
        seg += node.nodeValue ?? '';
        line += node.nodeValue ?? '';
      } else if (node.nodeType === ELEMENT) {
        const child = node as Element;
        flushSeg();
        if (isSkipped(child)) continue;
        const value = inputValue(child);
        if (value !== undefined) {
          seg = value;
          flushSeg();
          line += ` ${value} `;
          continue;
        }
        const block = BLOCK.has(child.localName);
        const link = child.localName === 'a';
        if (block) flushLine();
        if (link) links++;
        walk(child, depth + 1);
        if (link) links--;
        flushSeg();
        if (block) flushLine();
      }
    }
  };
  if (root.localName === 'a') links++;
  const value = inputValue(root);
  if (value !== undefined) seg = line = value;
  else walk(root, 0);
  flushSeg();
  flushLine();
  return { segments, lines };
}

/** One element's visible text on a single line (an input's value for inputs). */
export function plainText(el: Element): string {
  return readText(el).lines.join(' ');
}
