/**
 * A typed snippet shortcut at the caret: ";garansi" followed by a space. Only
 * shortcuts with a leading ; / or ! expand as you type; a plain word never does,
 * and # is left to hashtags. Pure, for the content script's input listener.
 */
const TRIGGER = /(?:^|\s)([;/!][\p{L}\p{N}_-]{1,31})[ \u00a0]$/u;

export interface TypedTrigger {
  shortcut: string;
  /** Offsets of the shortcut and the space after it, in the text given. */
  start: number;
  end: number;
}

export function findTypedTrigger(textBeforeCaret: string): TypedTrigger | undefined {
  const tail = textBeforeCaret.slice(-40);
  const match = TRIGGER.exec(tail);
  if (!match) return undefined;
  const end = textBeforeCaret.length;
  const start = end - match[1]!.length - 1;
  return { shortcut: match[1]!, start, end };
}
