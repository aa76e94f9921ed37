import type { EditorAdapter } from '../editor/types';
import { TIKTOK_TOKOPEDIA_EDITOR_SELECTORS } from './selectors';

export const tiktokTokopediaEditor: EditorAdapter = {
  marketplace: 'tiktok-tokopedia',
  selectors: TIKTOK_TOKOPEDIA_EDITOR_SELECTORS,
  weightUnit: 'g',
};
