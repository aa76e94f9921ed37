/**
 * E-mail addresses (also "nama [at] gmail [dot] com"), links, bare domains, social
 * handles and invitations to continue elsewhere ("order via WA", "scan QR").
 *
 * Every pattern that begins with a repeated class starts with a lookbehind for the
 * same class, so it can only start where a run of those characters starts: a 100 KB
 * "a.a.a.a…" or "@@@@…" is read once, not once per position (no quadratic backtracking).
 */
import { findPhrases, type PhraseMatch } from '../text/spans';

export type LinkKind = 'email' | 'url' | 'handle' | 'invitation' | 'qr';
export interface LinkMatch extends PhraseMatch {
  kind: LinkKind;
}

const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}/g;
const EMAIL_SPELLED =
  /(?<![\w.-])[\w.-]{1,64}\s{0,2}(?:\[\s?(?:at|@)\s?\]|\(\s?(?:at|@)\s?\)|\{at\}|\sat\s)\s{0,2}[A-Za-z0-9-]{1,63}\s{0,2}(?:\[\s?(?:dot|titik)\s?\]|\(\s?(?:dot|titik)\s?\)|\sdot\s|\stitik\s|\.)\s{0,2}(?:com|co\.id|id|net|org)\b/gi;

const URL_WITH_SCHEME = /(?<![\w./@-])(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
const LINK_HOSTS =
  /(?<![\w./@-])(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|wa\.link|bit\.ly|s\.id|linktr\.ee|t\.me|line\.me|instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|m\.me|tiktok\.com|vt\.tiktok\.com|youtube\.com|youtu\.be|tinyurl\.com|shorturl\.at|cutt\.ly|lynk\.id|heylink\.me|linkin\.bio)\/[^\s<>"'`]{0,2048}/gi;
// Lowercase or uppercase top-level domains only: "bahan katun.Id" (a missing space) is not a domain.
const BARE_DOMAIN =
  /(?<![\w./@-])[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.(?:com|net|org|co\.id|my\.id|biz\.id|web\.id|or\.id|id|shop|store|online|site|xyz|link|COM|NET|ORG|CO\.ID|ID)(?![\w-])(?:\/[^\s<>"'`]{0,2048})?/g;
// Government verification sites (cekbpom.pom.go.id, halal.go.id) help buyers and lead to no sale elsewhere.
const TRUSTED_HOST = /\.(?:go|ac)\.id(?:\/|$)/i;

const HANDLE = /(?<![\w.@])@([A-Za-z_][\w.]{2,29})/g;
// "@Rp10.000", "isi 3 @pcs": the at-sign means "each", not a handle.
const NOT_A_HANDLE =
  /^(?:rp\d[\d.,]*|(?:pcs|pc|box|kg|gr|gram|ml|ltr|liter|lusin|pack|pak|biji|buah|lembar|set|roll|meter|yard|dus|karton|botol|sachet|renceng|porsi|item)s?)$/i;
const SOCIAL_LABEL =
  /\b(?:ig|instagram|insta|fb|facebook|line(?:\s?id)?|id\s?line|telegram|tele|twitter|tiktok|youtube|yt|wechat)\s{0,2}[:=]\s{0,2}@?[\w.]{3,30}/gi;
const SOCIAL_INVITE =
  /\b(?:follow|cek|kunjungi|add|dm|ikuti|mampir)\s{1,2}(?:ke\s{1,2})?(?:ig|instagram|insta|fb|facebook|twitter|tiktok|youtube|line|telegram)\s{1,2}(?:kami\s{1,2}|kita\s{1,2})?@?[\w.]{3,30}/gi;
// "IG: IDG000000014" is a Geographical Indication certificate, not Instagram.
const GEOGRAPHICAL_INDICATION = /^IDG?\s?\d/i;
const INVITATION =
  /\b(?:via|lewat|hubungi|kontak|contact|chat|order|pesan|tanya|dm|japri|inbox|hub)\s{1,3}(?:(?:ke|di|via|lewat|kami\s{1,3}di|kami\s{1,3}via)\s{1,3})?(?:wa|whatsapp|w\.a|line|telegram|tele|ig|instagram|fb|facebook|email|e-mail)\b/gi;
const QR = /\b(?:scan|pindai|sken)\s{0,3}(?:kode\s{0,3})?(?:qr|barcode)(?:\s{0,3}code)?\b/gi;

const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

function trimTrailing(match: PhraseMatch): PhraseMatch {
  const trimmed = match.phrase.replace(TRAILING_PUNCTUATION, '');
  return { start: match.start, end: match.start + trimmed.length, phrase: trimmed };
}

const tag = (kind: LinkKind) => (match: PhraseMatch): LinkMatch => ({ ...match, kind });

function emails(text: string): LinkMatch[] {
  const plain = findPhrases(text, EMAIL)
    .map(trimTrailing)
    .filter((match) => /\.[A-Za-z]{2,}$/.test(match.phrase));
  return [...plain, ...findPhrases(text, EMAIL_SPELLED)].map(tag('email'));
}

/** Links, except links to marketplaces (`isMarketplaceLink`: another rule names those) and trusted hosts. */
function urls(text: string, isMarketplaceLink: (url: string) => boolean): LinkMatch[] {
  const bare = findPhrases(text, BARE_DOMAIN).filter((match) => /\p{L}/u.test(match.phrase.split('.').slice(0, -1).join('')));
  return [...findPhrases(text, URL_WITH_SCHEME), ...findPhrases(text, LINK_HOSTS), ...bare]
    .map(trimTrailing)
    .filter((match) => match.phrase.length > 4 && !isMarketplaceLink(match.phrase) && !TRUSTED_HOST.test(match.phrase))
    .map(tag('url'));
}

function handles(text: string): LinkMatch[] {
  const at = findPhrases(text, HANDLE)
    .map(trimTrailing)
    .filter((match) => !NOT_A_HANDLE.test(match.phrase.slice(1)));
  const labelled = [...findPhrases(text, SOCIAL_LABEL), ...findPhrases(text, SOCIAL_INVITE)]
    .map(trimTrailing)
    .filter((match) => !GEOGRAPHICAL_INDICATION.test(match.phrase.replace(/^\S+\s{0,2}[:=]?\s{0,2}/, '')));
  return [...at, ...labelled].map(tag('handle'));
}

export function findContactLinks(
  text: string,
  options: { isMarketplaceLink: (url: string) => boolean; qr: boolean },
): LinkMatch[] {
  return [
    ...emails(text),
    ...urls(text, options.isMarketplaceLink),
    ...handles(text),
    ...findPhrases(text, INVITATION).map(tag('invitation')),
    ...(options.qr ? findPhrases(text, QR).map(tag('qr')) : []),
  ];
}
