import type { EditorAdapter } from '../editor/types';
import { LAZADA_EDITOR_SELECTORS } from './selectors';

/** Lazada asks for the package weight in kilograms. */
export const lazadaEditor: EditorAdapter = {
  marketplace: 'lazada',
  selectors: LAZADA_EDITOR_SELECTORS,
  weightUnit: 'kg',
};
