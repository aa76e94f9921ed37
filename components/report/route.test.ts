import { describe, expect, it } from 'vitest';
import { auditIdFromHash, hashForAudit } from './route';

describe('report route', () => {
  it.each([
    ['#id=7', 7],
    ['id=12', 12],
    ['#id=3&x=1', 3],
    ['', null],
    ['#', null],
    ['#id=', null],
    ['#id=0', null],
    ['#id=-4', null],
    ['#id=1.5', null],
    ['#id=07', null],
    ['#id=abc', null],
    ['#id=99999999999999999', null],
  ])('%j names audit %j', (hash, id) => {
    expect(auditIdFromHash(hash)).toBe(id);
  });

  it('round-trips an id', () => {
    expect(auditIdFromHash(hashForAudit(42))).toBe(42);
  });
});
