/**
 * Proof that the user typed a shortcut. A page can put ";garansi " into its own
 * field and fire input events, and `document.execCommand('insertText')` even makes
 * them trusted; so can Rapi's own insertion. A typed shortcut expands only when the
 * keys of the shortcut and the space after it were real (trusted) key presses in
 * that same field, the space just now, and each space press expands at most once.
 * Pure: the content script feeds it key presses and asks it on input.
 */

/** How long after the space key press its input event may come. */
export const PRESS_WINDOW_MS = 1000;
const MAX_TYPED = 64;
/** Keys a phone keyboard or an input method reports without saying which character they type. */
const UNKNOWN_KEYS = new Set(['Unidentified', 'Process']);
/** Keys that change nothing typed. */
const NEUTRAL_KEYS = new Set(['Shift', 'CapsLock', 'AltGraph', 'Dead']);
/** Stands for a character typed by an unknown key: it matches any one character. */
const ANY = '\u0000';

export interface KeyPress {
  key: string;
  isTrusted: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface TypedKeys {
  /** A key press in `field` (the element that had the focus). */
  press(field: EventTarget | null, event: KeyPress, now: number): void;
  /** True once, when `shortcut` and a space were just typed in `field` with real keys. */
  authorize(field: EventTarget | null, shortcut: string, now: number): boolean;
}

/** Whether the end of `typed` spells `wanted`, an unknown key standing for any character. */
export function typedTailMatches(typed: string, wanted: string): boolean {
  if (typed.length < wanted.length) return false;
  const tail = typed.slice(-wanted.length);
  for (let i = 0; i < wanted.length; i++) {
    if (tail[i] !== ANY && tail[i]!.toLowerCase() !== wanted[i]!.toLowerCase()) return false;
  }
  return true;
}

export function createTypedKeys(): TypedKeys {
  let field: EventTarget | null = null;
  let typed = '';
  let space: { at: number; used: boolean } | undefined;

  return {
    press(target, event, now) {
      // A synthetic key press proves nothing and must not even disturb what was typed.
      if (!event.isTrusted) return;
      if (target !== field) {
        field = target;
        typed = '';
        space = undefined;
      }
      if (NEUTRAL_KEYS.has(event.key)) return;
      const chord = event.ctrlKey || event.metaKey || (event.altKey && event.key.length !== 1);
      if (chord) {
        typed = '';
      } else if (event.key === 'Backspace') {
        typed = typed.slice(0, -1);
      } else if (event.key.length === 1 || UNKNOWN_KEYS.has(event.key)) {
        typed = (typed + (event.key.length === 1 ? event.key : ANY)).slice(-MAX_TYPED);
      } else {
        typed = '';
      }
      const spaceLike = !chord && (event.key === ' ' || event.key === '\u00a0' || UNKNOWN_KEYS.has(event.key));
      space = spaceLike ? { at: now, used: false } : undefined;
    },
    authorize(target, shortcut, now) {
      if (target !== field || !space || space.used || now - space.at > PRESS_WINDOW_MS) return false;
      // The space itself was typed as " " or by an unknown key; the shortcut before it must match too.
      if (!typedTailMatches(typed.slice(0, -1), shortcut)) return false;
      space.used = true;
      typed = '';
      return true;
    },
  };
}
