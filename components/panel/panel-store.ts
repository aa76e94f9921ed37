/**
 * A tiny external store for the panel: the content script changes the page match
 * (single-page navigation), language and collapse state; React reads it through
 * `useSyncExternalStore`, so one mounted panel follows the page without remounting.
 */
import type { Language } from '../../utils/i18n';
import type { PageMatch } from '../../utils/marketplaces/types';

export interface PanelState {
  match: PageMatch;
  language: Language;
  collapsed: boolean;
}

export interface PanelStore {
  get: () => PanelState;
  set: (patch: Partial<PanelState>) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createPanelStore(initial: PanelState): PanelStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (patch) => {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
