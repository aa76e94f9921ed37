/**
 * E-mail addresses (also "nama [at] gmail [dot] com"), links, bare domains, social
 * handles and invitations to continue elsewhere ("order via WA", "scan QR").
 *
 * Every pattern that begins with a repeated class starts with a lookbehind for the
 * same class, so it can only start where a run of those characters starts: a 100 KB
 * "a.a.a.a…" or "@@@@…" is read once, not once per position (no quadratic backtracking).
 */
import type { PhraseMatch } from '../text/spans';
import { OFFICIAL_DOMAINS, SUPPORT_PATH_WORDS } from '../official-domains';

export type LinkKind = 'email' | 'url' | 'handle' | 'invitation' | 'pointer' | 'qr';
export interface LinkMatch extends PhraseMatch {
  kind: LinkKind;
}

const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}/g;
const EMAIL_SPELLED =
  /(?<![\w.-])[\w.-]{1,64}\s{0,2}(?:\[\s?(?:at|@)\s?\]|\(\s?(?:at|@)\s?\)|\{at\}|\sat\s)\s{0,2}[A-Za-z0-9-]{1,63}\s{0,2}(?:\[\s?(?:dot|titik)\s?\]|\(\s?(?:dot|titik)\s?\)|\sdot\s|\stitik\s|\.)\s{0,2}(?:com|co\.id|id|net|org)\b/gi;

// "nama@gmail", "nama (at) yahoo": an address at a mail provider, even without ".com".
const EMAIL_PROVIDER =
  /(?<![\w.%+-])[\w.%+-]{2,64}\s{0,2}(?:@|\(\s?at\s?\)|\[\s?at\s?\]|\sat\s)\s{0,2}(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|live|proton(?:mail)?)\b(?:\s{0,2}(?:\.|\(\s?dot\s?\)|\[\s?dot\s?\]|\sdot\s|\stitik\s)\s{0,2}(?:com|co\.id|co\s(?:dot|titik)\sid|id))?/gi;
// "tokoku dot com", "tokoku (titik) id", "tokoku [dot] co dot id": a domain spelled out.
const DOMAIN_SPELLED =
  /(?<![\w.-])[A-Za-z0-9][\w-]{1,62}\s{0,2}(?:\(\s?(?:dot|titik)\s?\)|\[\s?(?:dot|titik)\s?\]|\s(?:dot|titik)\s)\s{0,2}(?:com|net|org|co(?:\s{0,2}(?:\.|\(\s?dot\s?\)|\sdot\s|\stitik\s)\s{0,2}id)?|id|shop|store|xyz|me|link|biz)\b/gi;

const URL_WITH_SCHEME = /(?<![\w./@-])(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
const LINK_HOSTS =
  /(?<![\w./@-])(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|wa\.link|bit\.ly|s\.id|linktr\.ee|t\.me|line\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|m\.me|tiktok\.com|vt\.tiktok\.com|youtube\.com|youtu\.be|tinyurl\.com|shorturl\.at|cutt\.ly|lynk\.id|heylink\.me|linkin\.bio)\/[^\s<>"'`]{0,2048}/gi;
// Lowercase or uppercase top-level domains only: "bahan katun.Id" (a missing space) is not a domain.
const BARE_DOMAIN =
  /(?<![\w./@-])[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.(?:com|net|org|co\.id|my\.id|biz\.id|web\.id|or\.id|id|shop|store|online|site|xyz|link|COM|NET|ORG|CO\.ID|ID)(?![\w-])(?:\/[^\s<>"'`]{0,2048})?/g;
// Government verification sites (cekbpom.pom.go.id, halal.go.id, kemenperin.go.id/imei) help buyers and lead
// to no sale elsewhere; sellers sometimes write their dots as bullets ("kemenperin•go•id").
const TRUSTED_HOST = /\.(?:go|ac)\.id(?:\/|$)/i;
const BULLET_DOTS = /[•·∙]/g;

const HANDLE = /(?<![\w.@])@([A-Za-z_][\w.]{2,29})/g;
// "@Rp10.000", "isi 3 @pcs": the at-sign means "each", not a handle.
const NOT_A_HANDLE =
  /^(?:rp\d[\d.,]*|(?:pcs|pc|box|kg|gr|gram|ml|ltr|liter|lusin|pack|pak|biji|buah|lembar|set|roll|meter|yard|dus|karton|botol|sachet|renceng|porsi|item)s?)$/i;
const SOCIAL_LABEL =
  /\b(?:ig|instagram|insta|fb|facebook|line(?:\s?id)?|id\s?line|telegram|tele|twitter|tiktok|youtube|yt|wechat)\s{0,2}[:=]\s{0,2}@?[\w.]{3,30}/gi;
const SOCIAL_INVITE =
  /\b(?:follow|cek|kunjungi|add|dm|ikuti|mampir)\s{1,2}(?:ke\s{1,2})?(?:ig|instagram|insta|fb|facebook|twitter|tiktok|youtube|line|telegram)\s{1,2}(?:kami\s{1,2}|kita\s{1,2})?@?[\w.]{3,30}/gi;
// "IG: IDG000000014" is a Geographical Indication certificate, not Instagram (also "IG:IDG000000014").
const GEOGRAPHICAL_INDICATION = /^IDG?\s?\d/i;
// "IG tokoku_official", "tiktok kami toko.batik": a handle without "@" after the network's name. The handle
// must look like one (an underscore, a dot, a digit, or a shop suffix), so "Kopi IG Kintamani" is not one.
const SOCIAL_BARE =
  /\b(?:ig|instagram|insta|tiktok|tt|twitter|telegram|tele|fb|facebook)\s{1,2}(?:(?:kami|kita|toko)\s{0,2}:?\s{1,2})?[A-Za-z0-9][\w.]{2,29}/gi;
const HANDLE_SHAPED = /[_.\d]|.{3,}(?:official|shop|store|olshop|gallery|collection|id)$/i;
const GENERIC_WORD = /^(?:shop|store|official|live|viral|video|konten|content|kami|kita|toko|ads?|story|reels?|affiliate|seller)$/i;

const INVITATION =
  /\b(?:via|lewat|hubungi|kontak|contact|chat|order|pesan|tanya|dm|japri|inbox|hub)\s{1,3}(?:(?:ke|di|via|lewat|kami\s{1,3}di|kami\s{1,3}via)\s{1,3})?(?:wa|whatsapp|w\.a|line|telegram|tele|ig|instagram|fb|facebook|email|e-mail)\b/gi;
// Pointers to contact details kept elsewhere: "link di bio", "nomor di foto", "WA ada di gambar", "cek bio",
// "cek profil" (but not "cek profil toko kami", the marketplace's own shop page).
const POINTER =
  /\b(?:cek|lihat|kunjungi)\s{1,3}(?:profil|profile)\b(?!\s{1,3}(?:toko|shop|kami\s{1,3}di|produk|etalase))|\blink\s{1,3}(?:(?:ada\s{1,3})?di|in|on)\s{1,3}bio\b|\b(?:cek|lihat|klik|buka)\s{1,3}(?:bio|link\s{1,3}bio|profil\s{1,3}(?:ig|instagram|tiktok|wa|whatsapp))\b|\b(?:nomor|nomer|no\.?|kontak|contact|wa|whatsapp|hp|telp|telepon|ig|instagram|email|e-mail|link|alamat\s{1,3}web)\s{1,3}(?:(?:kami|toko|admin|cs|penjual|seller|wa|whatsapp|hp|telp|lengkap)\s{1,3}){0,2}(?:ada\s{1,3})?(?:di|pada|tertera\s{1,3}di|ada\s{1,3}di)\s{1,3}(?:foto|gambar|pict?|picture|bio|profil|profile|video|katalog|watermark)\b/gi;
const QR = /\b(?:scan|pindai|sken)\s{0,3}(?:kode\s{0,3})?(?:qr|barcode)(?:\s{0,3}code)?\b/gi;

/**
 * The first matches of a pattern. The rule shows at most ten contacts per field, so a text with
 * thousands of them (an attack, not a listing) need not have every one built, filtered and sorted.
 */
const MAX_MATCHES = 300;
function findPhrases(text: string, pattern: RegExp): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    // Stryker disable next-line ConditionalExpression: no pattern passed here can match the empty string
    if (match[0].length === 0) continue;
    out.push({ start: match.index, end: match.index + match[0].length, phrase: match[0] });
    if (out.length >= MAX_MATCHES) break;
  }
  return out;
}

// Cheap tests that let most descriptions skip the costlier patterns above: no provider name, no "dot".
const HAS_PROVIDER = /gmail|yahoo|ymail|hotmail|outlook|icloud|proton|\blive\b/i;
const HAS_SPELLED_DOT = /\b(?:dot|titik)\b/i;
const HAS_NETWORK = /\b(?:ig|instagram|insta|tiktok|tt|twitter|telegram|tele|fb|facebook)\b/i;
const HAS_ELSEWHERE = /\b(?:bio|foto|gambar|pict?|picture|profil|profile|video|katalog|watermark)\b/i;
const ifPresent = (text: string, sign: RegExp, pattern: RegExp) => (sign.test(text) ? findPhrases(text, pattern) : []);

const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

function trimTrailing(match: PhraseMatch): PhraseMatch {
  const trimmed = match.phrase.replace(TRAILING_PUNCTUATION, '');
  return { start: match.start, end: match.start + trimmed.length, phrase: trimmed };
}

const tag =
  (kind: LinkKind) =>
  (match: PhraseMatch): LinkMatch => ({ ...match, kind });

function emails(text: string): LinkMatch[] {
  const plain = findPhrases(text, EMAIL)
    .map(trimTrailing)
    .filter((match) => /\.[A-Za-z]{2,}$/.test(match.phrase));
  return [...plain, ...findPhrases(text, EMAIL_SPELLED), ...ifPresent(text, HAS_PROVIDER, EMAIL_PROVIDER)].map(tag('email'));
}

/** Host and path of a link, with bullets read as dots ("kemenperin•go•id"). */
function hostAndPath(url: string): { host: string; path: string } {
  // Stryker disable next-line Regex: the pattern also matches empty at index 0, so unanchored it strips the same; a host left with "www." still ends with ".domain"
  const bare = url.replace(BULLET_DOTS, '.').replace(/^(?:https?:\/\/)?(?:www\.)?/i, '');
  const cut = bare.search(/[/?#]/);
  // Stryker disable next-line StringLiteral: with no path, any non-empty text as the path is still no support word
  return cut < 0 ? { host: bare.toLowerCase(), path: '' } : { host: bare.slice(0, cut).toLowerCase(), path: bare.slice(cut) };
}

/** A brand's own site: its support pages always, any page when the title names the brand. */
function isOfficialLink(url: string, titleWords: Pick<ReadonlySet<string>, 'has'>): boolean {
  const { host, path } = hostAndPath(url);
  for (const [domain, brands] of Object.entries(OFFICIAL_DOMAINS)) {
    if (host !== domain && !host.endsWith(`.${domain}`)) continue;
    // Stryker disable Regex: split on single separators, the extra pieces are empty strings, which are no support word
    const supportPage = path
      .toLowerCase()
      .split(/[/_.?#=&-]+/)
      .some((word) => SUPPORT_PATH_WORDS.has(word));
    // Stryker restore Regex
    return supportPage || brands.some((brand) => titleWords.has(brand));
  }
  return false;
}

/** Links, except links to marketplaces (`isMarketplaceLink`: another rule names those), trusted hosts and brands' own sites. */
function urls(text: string, isMarketplaceLink: (url: string) => boolean, titleWords: Pick<ReadonlySet<string>, 'has'>): LinkMatch[] {
  const bare = findPhrases(text, BARE_DOMAIN).filter((match) => /\p{L}/u.test(match.phrase.split('.').slice(0, -1).join('')));
  return [
    ...findPhrases(text, URL_WITH_SCHEME),
    ...findPhrases(text, LINK_HOSTS),
    ...bare,
    ...ifPresent(text, HAS_SPELLED_DOT, DOMAIN_SPELLED),
  ]
    .map(trimTrailing)
    .filter(
      (match) =>
        match.phrase.length > 4 &&
        !isMarketplaceLink(match.phrase.replace(BULLET_DOTS, '.')) &&
        !TRUSTED_HOST.test(match.phrase.replace(BULLET_DOTS, '.')) &&
        !isOfficialLink(match.phrase, titleWords),
    )
    .map(tag('url'));
}

function handles(text: string): LinkMatch[] {
  const at = findPhrases(text, HANDLE)
    .map(trimTrailing)
    .filter((match) => !NOT_A_HANDLE.test(match.phrase.slice(1)));
  // Stryker disable Regex: the phrase starts with its label, so unanchored the first match is the same; without a colon after
  // the first word, the phrase left whole starts with the network's name or a verb, never a certificate
  const labelled = [...findPhrases(text, SOCIAL_LABEL), ...findPhrases(text, SOCIAL_INVITE)]
    .map(trimTrailing)
    .filter((match) => !GEOGRAPHICAL_INDICATION.test(match.phrase.replace(/^[^\s:=]+\s{0,2}[:=]?\s{0,2}/, '')));
  // Stryker restore Regex
  const bare = ifPresent(text, HAS_NETWORK, SOCIAL_BARE)
    .map(trimTrailing)
    .filter((match) => {
      // Stryker disable next-line Regex,StringLiteral: the phrase ends in a handle character, so the last piece is the same either way; split always returns a piece
      const handle = match.phrase.split(/[\s:]+/).pop() ?? '';
      return HANDLE_SHAPED.test(handle) && !GENERIC_WORD.test(handle) && !GEOGRAPHICAL_INDICATION.test(handle) && /\p{L}/u.test(handle);
    });
  return [...at, ...labelled, ...bare].map(tag('handle'));
}

export function findContactLinks(
  text: string,
  options: { isMarketplaceLink: (url: string) => boolean; qr: boolean; title?: string },
): LinkMatch[] {
  // Built only when a link to a brand's site needs it: a 100 KB title costs nothing otherwise.
  let words: Set<string> | undefined;
  // Stryker disable StringLiteral,ArrayDeclaration: with no title, or a title with no words, there is no brand; the words of any
  // stand-in text or list name none either
  const titleWords = {
    has: (word: string) =>
      (words ??= new Set(
        (options.title ?? '')
          .slice(0, 2_000)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+/gu) ?? [],
      )).has(word),
  };
  // Stryker restore StringLiteral,ArrayDeclaration
  return [
    ...emails(text),
    ...urls(text, options.isMarketplaceLink, titleWords),
    ...handles(text),
    ...findPhrases(text, INVITATION).map(tag('invitation')),
    ...ifPresent(text, HAS_ELSEWHERE, POINTER).map(tag('pointer')),
    ...(options.qr ? findPhrases(text, QR).map(tag('qr')) : []),
  ];
}
