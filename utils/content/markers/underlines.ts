/**
 * Underlines under the offending words of a rich editor (contenteditable), drawn
 * with the CSS Custom Highlight API: the browser paints them over the page's own
 * text nodes, so nothing is added to the editor's DOM (its framework would see
 * it) and the seller's typing is untouched. Never for input or textarea (their
 * text is not in the DOM), and nothing at all where `CSS.highlights` is missing.
 *
 * A span names its text as well as its offset: offsets come from the field's
 * rendered text (`innerText`, which counts line breaks the DOM has no text for),
 * so the words are looked up in the text nodes, nearest to the offset given.
 */
import { isContentEditable } from '../../dom/field-kind';
import type { Severity } from '../../quality/severity';

export interface Underline {
  /** Where the words are in the field's rendered text (`innerText`). */
  start: number;
  /** The words themselves, as the finding quoted them. */
  text: string;
  severity: Severity;
}

/** Highlight names, one per severity, and their look (set on the page: highlights paint the page's text). */
export const UNDERLINE_NAMES: Record<Severity, string> = { error: 'rapi-error', warning: 'rapi-warning', tip: 'rapi-tip' };
export const UNDERLINE_CSS = `
::highlight(rapi-error) { text-decoration: underline wavy #b42318; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(rapi-warning) { text-decoration: underline wavy #b54708; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(rapi-tip) { text-decoration: underline dotted #1d4ed8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

/** The DOM ranges of `spans` in `element`'s text nodes; spans not found (edited away, across a line break) are left out. */
export function underlineRanges(element: Element, spans: readonly Underline[]): { range: Range; severity: Severity }[] {
  const doc = element.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const locate = (offset: number): [Text, number] => {
    let i = nodes.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return [nodes[i]!, offset - starts[i]!];
  };
  const found: { range: Range; severity: Severity }[] = [];
  for (const span of spans) {
    if (!span.text || nodes.length === 0) continue;
    // The occurrence nearest the offset: the DOM's text is shorter than innerText by its line breaks.
    let best = -1;
    for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
      if (best === -1 || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
      if (at > span.start) break;
    }
    if (best === -1) continue;
    const range = doc.createRange();
    range.setStart(...locate(best));
    range.setEnd(...locate(best + span.text.length));
    found.push({ range, severity: span.severity });
  }
  return found;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

export interface UnderlineLayer {
  /** The underlines of one field; an empty list or a non-rich field clears them. */
  set(key: string, element: Element, spans: readonly Underline[]): void;
  dispose(): void;
}

/** Underlines for several fields at once; a no-op where the browser has no Custom Highlight API. */
export function createUnderlines(doc: Document): UnderlineLayer {
  const view = doc.defaultView as
    | (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: new (...ranges: Range[]) => unknown })
    | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight;
  if (!registry || !HighlightClass) return { set: () => undefined, dispose: () => undefined };

  const byField = new Map<string, { range: Range; severity: Severity }[]>();
  let sheet: CSSStyleSheet | undefined;
  let adopted = false;
  // The underlines' look joins the page with the first underline, not with the layer: a sheet added
  // to the document makes the browser work out every element's style again, and the layer comes
  // with the first markers on every add/edit form, where most fields are plain inputs with nothing
  // to underline (measured: 9-13 ms on the editor fixtures between the background's reply and the
  // first marker drawn, more on a real seller page).
  const adopt = () => {
    if (adopted) return;
    adopted = true;
    try {
      const made = new ((view as unknown as typeof globalThis).CSSStyleSheet ?? CSSStyleSheet)();
      made.replaceSync(UNDERLINE_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
      sheet = made;
    } catch {
      // No constructable sheets in this world: the highlights are still registered, in the browser's default look.
    }
  };

  const publish = () => {
    for (const severity of Object.keys(UNDERLINE_NAMES) as Severity[]) {
      const ranges = [...byField.values()]
        .flat()
        .filter((entry) => entry.severity === severity)
        .map((entry) => entry.range);
      if (ranges.length > 0) registry.set(UNDERLINE_NAMES[severity], new HighlightClass(...ranges));
      else registry.delete(UNDERLINE_NAMES[severity]);
    }
  };

  return {
    set: (key, element, spans) => {
      const ranges = isContentEditable(element) && spans.length > 0 ? underlineRanges(element, spans) : [];
      if (ranges.length > 0) {
        adopt();
        byField.set(key, ranges);
      } else byField.delete(key);
      publish();
    },
    dispose: () => {
      byField.clear();
      publish();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
