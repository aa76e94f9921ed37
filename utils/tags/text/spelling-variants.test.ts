import { describe, expect, it, vi } from 'vitest';

/**
 * fold.ts builds its variant table when it is first imported, so each test imports it afresh:
 * the table is then built inside the test, and a change to it (or to fold.ts's module-level
 * patterns) shows in that test rather than in whichever test happened to load the module first.
 */
async function freshFold() {
  vi.resetModules();
  return import('./fold');
}

describe('spelling variants sellers type', () => {
  it.each([
    ['krupuk', 'kerupuk'],
    ['KRIPIK', 'keripik'],
    ['Kripick', 'keripik'],
    ['keripick', 'keripik'],
    ['coklat', 'cokelat'],
    ['choklat', 'cokelat'],
    ['Sambel', 'sambal'],
    ['peyek', 'rempeyek'],
    ['grabah', 'gerabah'],
    ['Arabica', 'arabika'],
    ['liberica', 'liberika'],
    ['panili', 'vanili'],
    ['vanila', 'vanili'],
    ['Vanilla', 'vanili'],
    ['kaus', 'kaos'],
    ['sutera', 'sutra'],
    ['klenceng', 'klanceng'],
    ['kelanceng', 'klanceng'],
    ['lanceng', 'klanceng'],
    ['rattan', 'rotan'],
    ['BTK', 'batik'],
    ['Jogja', 'yogyakarta'],
    ['jogjakarta', 'yogyakarta'],
    ['yogya', 'yogyakarta'],
    ['yogja', 'yogyakarta'],
    ['djogja', 'yogyakarta'],
    ['jogya', 'yogyakarta'],
    ['SOLO', 'surakarta'],
    ['sumatra', 'sumatera'],
    ['handphone', 'hp'],
    ['casing', 'case'],
  ])('%s is matched as %s, and so is the standard spelling', async (variant, standard) => {
    const { normalizeWord, squeeze } = await freshFold();
    // Keys are squeezed ("kerupuk" stays, "yogyakarta" too; "klanceng" has no double letter).
    expect(normalizeWord(variant)).toBe(squeeze(standard));
    expect(normalizeWord(standard)).toBe(squeeze(standard));
  });

  it('leaves words that are not variants alone', async () => {
    const { normalizeWord } = await freshFold();
    expect(normalizeWord('rendang')).toBe('rendang');
    expect(normalizeWord('Kerupuk')).toBe('kerupuk');
  });
});

describe('folding letters, digits and accents', () => {
  it('never collapses digits, only letters ("1000gr" keeps its zeros)', async () => {
    const { foldWord, normalizeWord, squeeze } = await freshFold();
    expect(foldWord('1000gr')).toBe('1000gr');
    expect(squeeze('1000')).toBe('1000');
    expect(normalizeWord('500ML')).toBe('500ml');
    // Punctuation runs are not letters either.
    expect(squeeze('--')).toBe('--');
    expect(foldWord('!!!')).toBe('!!!');
    // Nor are symbols beyond ASCII: "★★★★★" stays five stars.
    expect(foldWord('★★★★★')).toBe('★★★★★');
    expect(squeeze('°°')).toBe('°°');
  });

  it('collapses runs of z, the last plain letter, and of accented letters', async () => {
    const { foldWord, squeeze } = await freshFold();
    expect(foldWord('PIZZZA')).toBe('piza');
    expect(squeeze('zz')).toBe('z');
    expect(foldWord('ÉÉÉ')).toBe('e');
    // Letters beyond Latin are letters too: a stretched Javanese or Greek letter is written once.
    expect(squeeze('ωω')).toBe('ω');
  });

  it('strips accents but keeps the letters around them', async () => {
    const { foldWord, normalizeWord } = await freshFold();
    expect(foldWord('Gayó')).toBe('gayo');
    expect(foldWord('Crème')).toBe('creme');
    expect(normalizeWord('KOPÍ')).toBe('kopi');
    expect(foldWord('kopi')).toBe('kopi');
  });

  it('collapses a run that ends the word', async () => {
    const { foldWord, squeeze } = await freshFold();
    expect(foldWord('enakkk')).toBe('enak');
    expect(squeeze('ab')).toBe('ab');
    expect(squeeze('abb')).toBe('ab');
  });

  it('remembers a key without changing it', async () => {
    const { memoizedNormalizeWord } = await freshFold();
    const key = memoizedNormalizeWord();
    expect(key('Krupuk')).toBe('kerupuk');
    expect(key('Krupuk')).toBe('kerupuk');
    expect(key('Jogja')).toBe('yogyakarta');
  });
});
