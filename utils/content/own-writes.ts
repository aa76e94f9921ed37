/**
 * Rapi's own writes into page fields (snippets, typed shortcuts) fire input and
 * selection events like typing does. Rapi's listeners ask `isOwnWrite()` and
 * ignore what Rapi caused itself, so a write can never trigger another write.
 */
let depth = 0;

export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  depth++;
  try {
    return await write();
  } finally {
    depth--;
  }
}

export function isOwnWrite(): boolean {
  return depth > 0;
}
