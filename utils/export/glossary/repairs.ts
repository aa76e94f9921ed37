/**
 * Known mistranslations of craft names, put right after machine translation (the glossary applied
 * after, as well as before): a translator that met "batik tulis" in a form the placeholders missed
 * ("batik-tulis", a typo) still writes "written batik". Each pair is an observed or literal
 * word-by-word rendering of a term in craft.ts.
 */
export const REPAIRS: readonly (readonly [pattern: RegExp, english: string])[] = [
  [/\b(?:written|writing|write)[\s-]batik\b|\bbatik[\s-](?:writing|written|write)\b/gi, 'hand-drawn batik'],
  [/\b(?:stamp|stamps|cap|capped|stamping)[\s-]batik\b|\bbatik[\s-](?:stamp|cap|stamping)\b/gi, 'stamped batik'],
  [/\b(?:tied|tie|bound|binding)[\s-]weav(?:ing|e)\b|\bweav(?:ing|e)[\s-](?:ties|tie|bond|binding)\b/gi, 'ikat weaving'],
  [/\b(?:woven|weaving)[\s-](?:ties|binding)\b/gi, 'ikat weaving'],
];
