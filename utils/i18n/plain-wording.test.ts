/**
 * Words a first-time seller understands (issue 15): the Indonesian messages say "teks siap pakai"
 * and "isian", never the jargon "snippet", "variabel" or "palet", and show no template syntax (`{{…}}`)
 * outside the snippet editor's own help. A new message with the jargon fails here.
 */
import { describe, expect, it } from 'vitest';
import idMessages from '../../public/_locales/id/messages.json';

/** "palet" too: a seller opens "daftar teks siap pakai", not a palette. */
const JARGON = [/snippet/i, /variabel/i, /\bpalet\b/i, /\{\{/];

/**
 * Messages allowed to show template syntax, each because it is the snippet editor teaching it:
 * a seller writing a text there types `{{nama_toko}}`, so the editor's help must show it.
 */
const EDITOR_HELP: Readonly<Record<string, string>> = {
  options_field_body_hint: 'the help under the editor\'s "Isi" field: how to write an isian and a question asked when inserting',
};

describe('plain Indonesian wording', () => {
  const messages = Object.entries(idMessages as Record<string, { message: string }>);

  it.each(messages.filter(([key]) => !(key in EDITOR_HELP)))('%s uses no jargon and no template syntax', (_key, { message }) => {
    for (const word of JARGON) expect(message).not.toMatch(word);
  });

  it('keeps the allow-list to messages that exist and still need it', () => {
    for (const key of Object.keys(EDITOR_HELP)) {
      const message = (idMessages as Record<string, { message: string } | undefined>)[key]?.message;
      expect(message, key).toBeDefined();
      expect(message).toMatch(/\{\{/);
      expect(message).not.toMatch(/snippet|variabel/i);
    }
  });
});
