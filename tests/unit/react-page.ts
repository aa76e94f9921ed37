/** Helpers for testing Rapi's React pages (options, report) in happy-dom. */
import { act } from 'react';

/** Lets React and IndexedDB work in short steps until the check passes. */
export async function until(check: () => void, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
  }
}

/** Types into a React-controlled field the way the browser reports it. */
export function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Queries by data-testid inside whatever container the test renders into now. */
export function testIdQueries(container: () => ParentNode) {
  return {
    byTestId: <T extends HTMLElement = HTMLElement>(id: string) => container().querySelector<T>(`[data-testid="${id}"]`),
    all: (id: string) => [...container().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
  };
}
