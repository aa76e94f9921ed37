/**
 * "KAOS POLOS COTTON COMBED 30S UNTUK PRIA" → "Kaos Polos Cotton Combed 30S untuk Pria".
 * Words with digits (30S, UA43), two-letter words (HP, TV, XL) and known acronyms stay
 * as written: they are codes, and "Usb" or "Led" would look worse than the capitals.
 */
const CONNECTORS = new Set(['dan', 'atau', 'untuk', 'dengan', 'di', 'ke', 'dari', 'yang', 'isi', 'and', 'for', 'with', 'of']);
const ACRONYMS = new Set(
  'LED LCD USB SSD HDD RAM ROM HDMI XXL XXXL XS PCS COD DIY LTE NFC GPS OTG TWS ANC RGB PVC ABS SPF BPOM SNI PIRT UMKM IPS OLED AMOLED MDF'.split(
    ' ',
  ),
);

export function toTitleCase(text: string): string {
  let index = 0;
  return text.replace(/[\p{L}\p{N}'’]+/gu, (word) => {
    // Stryker disable next-line UpdateOperator: counting down from 0 also meets 0 only at the first word
    const first = index++ === 0;
    const lower = word.toLowerCase();
    if (!first && CONNECTORS.has(lower)) return lower;
    if (/\p{N}/u.test(word) || word.length <= 2 || ACRONYMS.has(word.toUpperCase())) return word;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
