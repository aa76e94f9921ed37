/**
 * Where the palette popover goes: under the caret when it fits, above it when
 * it does not, left-aligned with the caret but kept inside the window. When
 * neither side has room for the whole popover, it takes the roomier side and
 * shrinks to it (the list scrolls), so it never covers the line being typed.
 * Pure, so Node tests drive it with generated carets and windows.
 */

export interface CaretBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PopoverPlacement {
  left: number;
  top: number;
  /** The popover's size on screen: the size asked for, shrunk to the room there is. */
  width: number;
  height: number;
  side: 'below' | 'above';
}

/** Space between the caret's line and the popover, and the least space kept to the window's edge. */
export const POPOVER_GAP = 6;
export const POPOVER_MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

export function placePopover(
  caret: CaretBox,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): PopoverPlacement {
  const width = Math.max(0, Math.min(size.width, viewport.width - 2 * POPOVER_MARGIN));
  const left = clamp(caret.left, POPOVER_MARGIN, Math.max(POPOVER_MARGIN, viewport.width - POPOVER_MARGIN - width));
  // A caret scrolled out of the window is treated as sitting on the nearest edge.
  const caretTop = clamp(caret.top, 0, viewport.height);
  const caretBottom = clamp(caret.top + caret.height, 0, viewport.height);
  const roomBelow = viewport.height - POPOVER_MARGIN - (caretBottom + POPOVER_GAP);
  const roomAbove = caretTop - POPOVER_GAP - POPOVER_MARGIN;
  if (size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove)) {
    const height = Math.max(0, Math.min(size.height, roomBelow));
    return { left, top: caretBottom + POPOVER_GAP, width, height, side: 'below' };
  }
  const height = Math.max(0, Math.min(size.height, roomAbove));
  return { left, top: caretTop - POPOVER_GAP - height, width, height, side: 'above' };
}
