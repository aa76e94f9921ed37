/** How marketplaces count text: trimmed characters (UTF-16 units, like a form's counter) or UTF-8 bytes. */

export function charLength(text: string): number {
  return text.trim().length;
}

/** UTF-8 bytes without an encoder: 1 for ASCII, 2 up to U+07FF, 4 for a surrogate pair, else 3. */
export function utf8Length(text: string): number {
  const trimmed = text.trim();
  let bytes = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < trimmed.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whole numbers as Indonesian sellers read them: 1250000 → "1.250.000". */
export function formatCount(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '.');
  return rounded < 0 ? `-${grouped}` : grouped;
}

/** Short excerpt for a message parameter: the triggering text, never a wall of it. */
export function excerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
