/** Helpers for testing Rapi's React pages (options, report) in happy-dom. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapiDb } from '../../utils/db';
import { openFreshDb } from '../support/test-db';

export interface Mounted {
  container: HTMLElement;
  root: Root;
}

/** A fresh container in the document with a React root in it (call in beforeEach). */
export function mountRoot(): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  return { container, root: createRoot(container) };
}

/** Unmounts and removes what mountRoot made (call in afterEach). */
export function unmountRoot({ container, root }: Mounted): void {
  act(() => root.unmount());
  container.remove();
}

/** An extension page's test setting: fresh fake browser, empty localStorage, a fresh database and a root. */
export async function openPage(): Promise<Mounted & { db: RapiDb }> {
  fakeBrowser.reset();
  localStorage.clear();
  const db = await openFreshDb();
  return { ...mountRoot(), db };
}

/** Unmounts first (the page may still read the database), then closes the database the test ended with. */
export function closePage(page: Mounted & { db: RapiDb }): void {
  unmountRoot(page);
  page.db.close();
  localStorage.clear();
}

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
