/**
 * Marketplaces forbid contact details in listings (phone, WhatsApp, e-mail, links,
 * social accounts: they are how sellers take buyers off the platform, and listings
 * carrying them are taken down). A template variable ends up in every listing
 * that uses it, so the variable store refuses them outright. A deliberately small
 * check: the listing-quality engine has its own, fuller detectors.
 */

export type ContactKind = 'phone' | 'email' | 'url' | 'account';

/**
 * Every pattern is linear in the text's length. A pattern that opens with an unbounded run
 * (`[…]+@`) is tried from every position inside a long run and rescans it each time: 100 KB
 * took 8.9 s. So each such run is entered only at its first character (the look-behind says
 * the character before is not part of the run), which finds exactly the same matches: any match
 * starting inside a run can be stretched back to the run's start. The URL pattern also needs a
 * word boundary somewhere in the name; a look-ahead checks the name ends in a known domain
 * first, then a lazy walk finds the boundary, each once per run.
 */
const PATTERNS: readonly [ContactKind, RegExp][] = [
  ['email', /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/u],
  [
    'url',
    /\b(?:https?:\/\/|www\.)|(?<![a-z0-9-])(?=[a-z0-9-]+\.(?:com|id|co\.id|net|org|me|ly|link|shop|store|xyz|info|biz|site)\b)[a-z0-9-]*?\b[a-z0-9-]/i,
  ],
  // Indonesian mobile (08…, +62 8…) and landline ((021) 555 1234) numbers. Not every long
  // number: P-IRT and halal certificate numbers are long digit runs a seller may keep.
  ['phone', /(?<!\d)(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){7,11}(?!\d)/],
  ['phone', /(?<!\d)\(?0[1-9]\d{1,2}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/],
  ['account', /(?:^|\s)@[\p{L}\p{N}._]{3,}/u],
];

/** Words that name a contact channel, as parts of a variable key (`no_wa`, `email_toko`). */
const CONTACT_WORDS = new Set([
  'wa', 'whatsapp', 'hp', 'telp', 'telpon', 'telepon', 'phone', 'kontak', 'contact', 'email', 'surel', 'mail',
  'ig', 'instagram', 'line', 'telegram', 'tiktok', 'facebook', 'fb', 'web', 'website', 'url', 'link', 'situs',
]);

/** The kind of contact detail the text holds, or null. */
export function findContactDetail(text: string): ContactKind | null {
  for (const [kind, pattern] of PATTERNS) {
    if (pattern.test(text)) return kind;
  }
  return null;
}

/** Whether a variable key names a contact channel (`no_wa`, `link_toko`). */
export function isContactKey(key: string): boolean {
  return key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((part) => CONTACT_WORDS.has(part));
}
