/**
 * A snippet body as a seller reads it in a preview: no template syntax. A shop
 * value `{{nama_toko}}` shows as "‹nama toko›", a fill-in `{{isi:ukuran}}` or a
 * choice `{{pilih:warna|Merah|Biru}}` as its plain label "‹ukuran›", "‹warna›".
 * Stray braces (a template with a typo) never show either. The ‹ › marks are the
 * ones the options page's preview uses for a value still to fill. Pure, no parsing
 * errors: it is for display only; rendering uses the strict parser.
 */
const TAG = /\{\{([^{}]*)\}\}/g;

const STRAY = /\{\{|\}\}/g;

export function plainPreview(text: string): string {
  let plain = text.replace(TAG, (_whole, inner: string) => {
    const colon = inner.indexOf(':');
    const name = (colon === -1 ? inner : inner.slice(colon + 1)).split('|')[0]!;
    const label = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    return label ? `‹${label}›` : '';
  });
  // Taking out one stray pair can join two single braces into a new one ("}{{}" leaves "}}"):
  // again until none is left (each pass shortens the text, so this ends).
  while (plain.includes('{{') || plain.includes('}}')) plain = plain.replace(STRAY, '');
  return plain;
}
