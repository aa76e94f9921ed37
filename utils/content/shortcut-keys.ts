/** Whether a key press is a command shortcut as the browser writes it ("Alt+Shift+S", "Ctrl+Shift+Space", "MacCtrl+…"). */
export function matchesShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey'>,
  shortcut: string,
): boolean {
  const parts = shortcut.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return false;
  const wants = new Set(parts);
  const ctrl = wants.has('ctrl') || wants.has('macctrl');
  const meta = wants.has('command') || wants.has('cmd');
  if (event.altKey !== wants.has('alt') || event.shiftKey !== wants.has('shift') || event.ctrlKey !== ctrl || event.metaKey !== meta)
    return false;
  // `code` does not change with Shift or Alt (Alt+Shift+S types "Í" on a Mac); `key` is the fallback.
  const code = event.code.toLowerCase();
  if (key === 'space') return code === 'space';
  if (key === 'comma') return code === 'comma';
  if (key === 'period') return code === 'period';
  return code === `key${key}` || code === `digit${key}` || event.key.toLowerCase() === key;
}
