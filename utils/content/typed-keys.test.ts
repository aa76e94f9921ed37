import { describe, expect, it } from 'vitest';
import { createTypedKeys, PRESS_WINDOW_MS, typedTailMatches } from './typed-keys';

const key = (k: string, extra: Partial<{ isTrusted: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  isTrusted: true,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
const field = {} as EventTarget;
const other = {} as EventTarget;

function typed(keys: ReturnType<typeof createTypedKeys>, text: string, target = field, at = 0) {
  for (const k of text) keys.press(target, key(k), at);
}

describe('typed keys', () => {
  it('authorizes a shortcut typed with real keys, once per space', () => {
    const keys = createTypedKeys();
    typed(keys, 'halo ;Kirim ');
    expect(keys.authorize(field, ';kirim', 5)).toBe(true);
    // The same space press cannot expand a second time (Rapi's own write fires input too).
    expect(keys.authorize(field, ';kirim', 6)).toBe(false);
  });

  it('refuses what was not typed: synthetic keys, another field, a late input, a different shortcut', () => {
    const synthetic = createTypedKeys();
    for (const k of ';kirim ') synthetic.press(field, key(k, { isTrusted: false }), 0);
    expect(synthetic.authorize(field, ';kirim', 0)).toBe(false);

    const elsewhere = createTypedKeys();
    typed(elsewhere, ';kirim ', other);
    expect(elsewhere.authorize(field, ';kirim', 0)).toBe(false);

    const late = createTypedKeys();
    typed(late, ';kirim ');
    expect(late.authorize(field, ';kirim', PRESS_WINDOW_MS + 1)).toBe(false);

    const guessed = createTypedKeys();
    typed(guessed, 'x ');
    expect(guessed.authorize(field, ';garansi', 0)).toBe(false);
  });

  it("a page that puts a shortcut in the field and waits for the user's next space gets nothing", () => {
    const keys = createTypedKeys();
    typed(keys, 'baju'); // the user types a word; the page then writes ";garansi" by script
    typed(keys, ' ');
    expect(keys.authorize(field, ';garansi', 0)).toBe(false);
  });

  it('follows Backspace, resets on shortcuts and navigation keys, and ignores Shift', () => {
    const keys = createTypedKeys();
    typed(keys, ';kirx');
    keys.press(field, key('Backspace'), 0);
    keys.press(field, key('Shift'), 0);
    typed(keys, 'im ');
    expect(keys.authorize(field, ';kirim', 0)).toBe(true);

    const pasted = createTypedKeys();
    typed(pasted, ';kir');
    pasted.press(field, key('v', { ctrlKey: true }), 0);
    typed(pasted, 'im ');
    expect(pasted.authorize(field, ';kirim', 0)).toBe(false);
  });

  it('accepts a phone keyboard that reports keys as Unidentified', () => {
    const keys = createTypedKeys();
    for (let i = 0; i < ';kirim '.length; i++) keys.press(field, key('Unidentified'), 0);
    expect(keys.authorize(field, ';kirim', 0)).toBe(true);
  });

  it('matches tails with unknown keys as wildcards', () => {
    expect(typedTailMatches('ab;kirim', ';kirim')).toBe(true);
    expect(typedTailMatches('\u0000kirim', ';KIRIM')).toBe(true);
    expect(typedTailMatches('kirim', ';kirim')).toBe(false);
  });
});
