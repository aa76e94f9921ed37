import { describe, expect, it } from 'vitest';
import { matchesShortcut } from './shortcut-keys';

const press = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}, key = '') => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('matchesShortcut', () => {
  it('matches the physical key with exactly the named modifiers', () => {
    expect(matchesShortcut(press('KeyS', { altKey: true, shiftKey: true }, 'Í'), 'Alt+Shift+S')).toBe(true);
    expect(matchesShortcut(press('KeyS', { altKey: true }), 'Alt+Shift+S')).toBe(false);
    expect(matchesShortcut(press('KeyS', { altKey: true, shiftKey: true, ctrlKey: true }), 'Alt+Shift+S')).toBe(false);
    expect(matchesShortcut(press('KeyD', { altKey: true, shiftKey: true }), 'Alt+Shift+S')).toBe(false);
  });

  it('knows the named keys and the Mac control key', () => {
    expect(matchesShortcut(press('Space', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+Space')).toBe(true);
    expect(matchesShortcut(press('Digit5', { ctrlKey: true }), 'MacCtrl+5')).toBe(true);
    expect(matchesShortcut(press('Period', { altKey: true }), 'Alt+Period')).toBe(true);
  });

  it('never matches an empty shortcut', () => {
    expect(matchesShortcut(press('KeyS'), '')).toBe(false);
  });
});
