import type { ListingField } from '../listing/listing';

/** The criteria fields the page did not give, for a tier's `unknown`. */
export function unknownOf(known: (field: ListingField) => boolean, fields: readonly ListingField[]): ListingField[] {
  return fields.filter((field) => !known(field));
}
