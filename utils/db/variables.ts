/**
 * The variable store: values such as `nama_toko` and `kota` that templates pull
 * in. Contact details are refused here, at the door, because a variable ends up
 * in every listing that uses it and marketplaces take down listings that carry a
 * phone number, WhatsApp, e-mail, link or social account.
 */
import { findContactDetail, isContactKey, type ContactKind } from '../snippets/contact-details';
import { BUILT_IN_VARIABLES, VARIABLE_NAME_PATTERN } from '../snippets/template-ast';
import type { RapiDb } from './schema';

export const MAX_VARIABLE_VALUE = 500;

export type VariableError = { code: 'invalid-key' | 'reserved-key' | 'contact-detail' | 'empty' | 'too-long'; message: string };
export type VariableResult = { ok: true } | { ok: false; error: VariableError };

const CONTACT_NAMES: Record<ContactKind, [string, string]> = {
  phone: ['nomor telepon', 'a phone number'],
  email: ['alamat e-mail', 'an e-mail address'],
  url: ['tautan', 'a link'],
  account: ['akun media sosial', 'a social media account'],
};

const refuse = (code: VariableError['code'], id: string, en: string): VariableResult => ({
  ok: false,
  error: { code, message: `${id} / ${en}` },
});

/** Why this key and value cannot be stored, or ok. Pure, so the form can check as the seller types. */
export function checkVariable(key: string, value: string): VariableResult {
  if (!VARIABLE_NAME_PATTERN.test(key)) {
    return refuse(
      'invalid-key',
      `Nama "${key}" hanya boleh huruf kecil, angka dan _ (maks. 40)`,
      `Name "${key}" may only hold lower-case letters, digits and _ (max 40)`,
    );
  }
  if ((BUILT_IN_VARIABLES as readonly string[]).includes(key)) {
    return refuse('reserved-key', `{{${key}}} diisi otomatis oleh Rapi`, `{{${key}}} is filled in by Rapi itself`);
  }
  if (isContactKey(key)) {
    return refuse(
      'contact-detail',
      `Kontak seperti "${key}" tidak boleh ada di listing: marketplace menurunkan listing yang memuatnya`,
      `Contact details such as "${key}" are not allowed in listings: marketplaces take such listings down`,
    );
  }
  if (value.trim() === '') return refuse('empty', 'Nilai tidak boleh kosong', 'The value cannot be empty');
  if (value.length > MAX_VARIABLE_VALUE) {
    return refuse(
      'too-long',
      `Nilai terlalu panjang (maks. ${MAX_VARIABLE_VALUE} karakter)`,
      `The value is too long (max ${MAX_VARIABLE_VALUE} characters)`,
    );
  }
  const contact = findContactDetail(value);
  if (contact) {
    const [id, en] = CONTACT_NAMES[contact];
    return refuse(
      'contact-detail',
      `Nilai ini berisi ${id}; marketplace melarang kontak di listing`,
      `This value holds ${en}; marketplaces ban contact details in listings`,
    );
  }
  return { ok: true };
}

/** All variables, for rendering. Rows that would no longer pass the check are left out, not trusted. */
export async function loadVariables(db: RapiDb): Promise<Record<string, string>> {
  const variables: Record<string, string> = {};
  for (const { key, value } of await db.variables.toArray()) {
    if (typeof key === 'string' && typeof value === 'string' && checkVariable(key, value).ok) variables[key] = value;
  }
  return variables;
}

export async function saveVariable(db: RapiDb, key: string, value: string): Promise<VariableResult> {
  const checked = checkVariable(key, value);
  if (checked.ok) await db.variables.put({ key, value });
  return checked;
}

export async function deleteVariable(db: RapiDb, key: string): Promise<void> {
  await db.variables.delete(key);
}
