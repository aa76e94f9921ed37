import type { EditorAdapter } from '../editor/types';
import { SHOPEE_EDITOR_SELECTORS } from './selectors';

export const shopeeEditor: EditorAdapter = {
  marketplace: 'shopee',
  selectors: SHOPEE_EDITOR_SELECTORS,
  weightUnit: 'g',
};
