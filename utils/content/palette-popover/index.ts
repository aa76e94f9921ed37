/** The snippet palette as a popover at the caret, without React. */
export { createPalettePopover, POPOVER_HOST_TAG } from './palette-popover';
export type { PalettePopover, PalettePopoverOptions } from './palette-popover';
export { placePopover, POPOVER_GAP, POPOVER_MARGIN } from './place-popover';
export type { CaretBox, PopoverPlacement } from './place-popover';
export { POPOVER_WIDTH, POPOVER_MAX_HEIGHT } from './popover-styles';
