import { describe, expect, it } from 'vitest';
import { ActionItemSchema, AUDIT_LIMITS, type ActionItem } from '../../utils/audit';
import { addAction, canAdd, EMPTY_DRAFT, removeAction, toggleAction } from './actions';

describe('action items', () => {
  it('adds an action with its issue and product, valid for the schema', () => {
    const [action] = addAction([], { text: '  Perpanjang judul ', ruleId: 'title-too-short', productKey: 'https://x/p' }, 'a1');
    expect(action).toEqual({ id: 'a1', text: 'Perpanjang judul', done: false, ruleId: 'title-too-short', productKey: 'https://x/p' });
    expect(ActionItemSchema.parse(action)).toEqual(action);
    expect(addAction([], { ...EMPTY_DRAFT, text: 'Foto baru' }, 'a2')[0]).toEqual({ id: 'a2', text: 'Foto baru', done: false });
  });

  it('needs words or an issue', () => {
    expect(canAdd([], EMPTY_DRAFT)).toBe(false);
    expect(canAdd([], { ...EMPTY_DRAFT, text: '   ' })).toBe(false);
    expect(canAdd([], { ...EMPTY_DRAFT, ruleId: 'video-missing' })).toBe(true);
    expect(addAction([], EMPTY_DRAFT)).toEqual([]);
  });

  it('stops at the schema’s limit and clips long text', () => {
    const full = Array.from({ length: AUDIT_LIMITS.actions }, (_, i): ActionItem => ({ id: `x${i}`, text: 't', done: false }));
    expect(canAdd(full, { ...EMPTY_DRAFT, text: 'one more' })).toBe(false);
    expect(addAction([], { ...EMPTY_DRAFT, text: 'a'.repeat(AUDIT_LIMITS.text + 5) }, 'b')[0]!.text).toHaveLength(AUDIT_LIMITS.text);
  });

  it('checks and removes by id without touching the others', () => {
    const list = addAction(addAction([], { ...EMPTY_DRAFT, text: 'a' }, '1'), { ...EMPTY_DRAFT, text: 'b' }, '2');
    expect(toggleAction(list, '2').map((a) => a.done)).toEqual([false, true]);
    expect(toggleAction(toggleAction(list, '2'), '2')).toEqual(list);
    expect(removeAction(list, '1').map((a) => a.id)).toEqual(['2']);
    expect(list).toHaveLength(2);
  });
});
