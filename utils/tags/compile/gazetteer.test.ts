import { describe, expect, it } from 'vitest';
import { placeTrust } from './gazetteer';

describe('placeTrust', () => {
  it('trusts a one-word place name that is a common word only after an origin word ("batu": stone, Kota Batu)', () => {
    expect(placeTrust(['batu'])).toBe('strict');
    expect(placeTrust(['kuningan'])).toBe('strict');
  });

  it('trusts a name that is also a dish or a word after a product or an origin word ("Rendang Padang")', () => {
    expect(placeTrust(['padang'])).toBe('adjacent');
    expect(placeTrust(['tegal'])).toBe('adjacent');
  });

  it('trusts any other name wherever it stands', () => {
    expect(placeTrust(['pekalongan'])).toBe('free');
  });

  it('trusts a name of two or more words wherever it stands, even when its first word is a common word', () => {
    expect(placeTrust(['batu', 'bara'])).toBe('free');
    expect(placeTrust(['padang', 'lawas'])).toBe('free');
  });
});
