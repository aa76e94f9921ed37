/** `options.html#edit=<id>`: the snippet the context menu just created, to be named in the editor. */

export function editIdFromHash(hash: string): string | null {
  const match = /^#edit=([^&#]+)$/.exec(hash);
  if (!match) return null;
  try {
    const id = decodeURIComponent(match[1]!).trim();
    return id === '' || id.length > 100 ? null : id;
  } catch {
    return null;
  }
}

export function hashForEdit(id: string | null): string {
  return id === null ? '' : `#edit=${encodeURIComponent(id)}`;
}
