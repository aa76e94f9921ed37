import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, writeDraft } from './notes-draft';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('notes drafts', () => {
  const draft = { notes: 'Catatan terakhir', actions: [{ id: 'a', text: 'Foto ulang', done: false, ruleId: 'images-too-few' as const }] };

  it('keeps a draft per audit and clears it', () => {
    const storage = memoryStorage();
    writeDraft(storage, 7, draft);
    expect(readDraft(storage, 7)).toEqual(draft);
    expect(readDraft(storage, 8)).toBeNull();
    clearDraft(storage, 7);
    expect(readDraft(storage, 7)).toBeNull();
  });

  it('ignores drafts that are not JSON or not notes', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(1), '{not json');
    storage.setItem(draftKey(2), JSON.stringify({ notes: 5, actions: [] }));
    storage.setItem(draftKey(3), JSON.stringify({ notes: '', actions: [{ id: 'x', text: 't', done: false, ruleId: 'no-such-rule' }] }));
    expect([1, 2, 3].map((id) => readDraft(storage, id))).toEqual([null, null, null]);
  });

  it('never throws when storage does', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readDraft(broken, 1)).toBeNull();
    expect(() => writeDraft(broken, 1, draft)).not.toThrow();
    expect(() => clearDraft(broken, 1)).not.toThrow();
    expect(readDraft(undefined, 1)).toBeNull();
  });
});
