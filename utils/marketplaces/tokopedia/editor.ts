import type { EditorAdapter } from '../editor/types';
import { TOKOPEDIA_EDITOR_SELECTORS } from './selectors';

export const tokopediaEditor: EditorAdapter = {
  marketplace: 'tokopedia',
  selectors: TOKOPEDIA_EDITOR_SELECTORS,
  weightUnit: 'g',
};
