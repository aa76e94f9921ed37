import type { EditorAdapter } from '../editor/types';
import { BLIBLI_EDITOR_SELECTORS } from './selectors';

export const blibliEditor: EditorAdapter = {
  marketplace: 'blibli',
  selectors: BLIBLI_EDITOR_SELECTORS,
  weightUnit: 'g',
};
