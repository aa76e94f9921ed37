/** One group of glossary entries: Indonesian (lower case, words separated by one space) → English. */
export interface GlossaryGroup {
  name: string;
  /**
   * Craft and food names a machine translator gets wrong ("batik tulis" → "written batik"): they are
   * swapped for placeholders before machine translation and put back in their glossary English after.
   */
  protect: boolean;
  /** Where the Indonesian terms and their English come from. */
  source: string;
  entries: readonly (readonly [indonesian: string, english: string])[];
}
