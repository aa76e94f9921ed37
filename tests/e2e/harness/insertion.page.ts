/** Bundled into fixture pages by insertion.spec.ts: the insertion module, callable from the test. */
import { writeFieldText, type Strategy } from '../../../utils/dom/insert-text';

declare global {
  interface Window {
    __rapiWrite: (
      selector: string,
      text: string,
      strategies?: Strategy[],
      range?: { start: number; end: number },
    ) => ReturnType<typeof writeFieldText>;
  }
}

window.__rapiWrite = (selector, text, strategies, range) => writeFieldText(document.querySelector(selector)!, text, { strategies, range });
