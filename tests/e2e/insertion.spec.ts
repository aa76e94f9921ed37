/**
 * The insertion module against the fixtures' framework-controlled forms, in
 * Chromium and Firefox: every strategy, what the form submits afterwards, the
 * maxlength refusal, undo and the caret. (Writing through the panel is covered by
 * the quality-fix specs.)
 */
import type { ExtensionDriver } from './drivers/driver';
import { harnessBundle } from './harness/bundle';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { expect, test } from './test';
import { squash, submitted } from './fixture-form';

const BUNDLE = harnessBundle('insertion');
const pageOf = (marketplace: string) => FIXTURE_PAGES.find((p) => p.marketplace === marketplace && p.kind === 'listing-editor')!;

async function open(driver: ExtensionDriver, marketplace: string) {
  await driver.goto(pageOf(marketplace).url);
  await driver.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)), null);
  await driver.addScript(BUNDLE);
}

function write(driver: ExtensionDriver, selector: string, text: string, strategies?: string[], range?: { start: number; end: number }) {
  return driver.evaluate(([s, t, st, r]) => window.__rapiWrite(s, t, st as never, r), [selector, text, strategies, range] as const);
}

const CASES = [
  { name: 'React input', marketplace: 'tokopedia', field: 'title', strategies: ['exec-command', 'native-setter'] },
  { name: 'React textarea', marketplace: 'tokopedia', field: 'description', strategies: ['exec-command', 'native-setter'] },
  { name: 'v-model input', marketplace: 'shopee', field: 'title', strategies: ['exec-command', 'native-setter'] },
  { name: 'v-model textarea', marketplace: 'shopee', field: 'description', strategies: ['exec-command', 'native-setter'] },
  { name: 'rich editor', marketplace: 'tiktok-tokopedia', field: 'description', strategies: ['exec-command', 'paste-event', 'dom-text'] },
  { name: 'rich editor (Ant)', marketplace: 'lazada', field: 'description', strategies: ['exec-command', 'paste-event', 'dom-text'] },
] as const;

for (const c of CASES) {
  for (const strategy of c.strategies) {
    test(`${c.name} (${c.marketplace} ${c.field}) accepts ${strategy}`, async ({ driver }) => {
      await open(driver, c.marketplace);
      const text =
        c.field === 'title'
          ? 'Keripik Tempe Sagu Khas Malang Renyah 250 gr'
          : 'Dibuat di Malang.\nBahan: tempe, tepung sagu.\nTahan 3 bulan.';
      if (strategy === 'paste-event' && driver.name === 'firefox') {
        // Firefox empties the clipboardData of a synthetic paste, so the editor gets nothing: the
        // strategy must say so, and the default order then falls through to dom-text.
        expect(await write(driver, `[data-fixture-field="${c.field}"]`, text, [strategy])).toMatchObject({
          ok: false,
          problem: 'not-accepted',
        });
        expect(await write(driver, `[data-fixture-field="${c.field}"]`, text, ['paste-event', 'dom-text'])).toMatchObject({
          ok: true,
          strategy: 'dom-text',
        });
        expect(squash((await submitted(driver))[c.field] ?? '')).toBe(squash(text));
        return;
      }
      const result = await write(driver, `[data-fixture-field="${c.field}"]`, text, [strategy]);
      expect(result).toMatchObject({ ok: true, strategy });
      expect(squash((await submitted(driver))[c.field] ?? '')).toBe(squash(text));
    });
  }
}

test('a bare value assignment never reaches the React form (the fixture is really controlled)', async ({ driver }) => {
  await open(driver, 'tokopedia');
  const before = (await submitted(driver)).title;
  await driver.evaluate(() => {
    document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')!.value = 'Diubah tanpa event';
  }, null);
  expect((await submitted(driver)).title).toBe(before);
});

test('a value longer than maxlength is refused whole, and the form keeps its value', async ({ driver }) => {
  await open(driver, 'tokopedia');
  const before = (await submitted(driver)).title;
  const long = 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang Pria Premium Asli Handmade';
  const result = await write(driver, '[data-fixture-field="title"]', long);
  expect(result).toMatchObject({ ok: false, problem: 'too-long', maxLength: 70, wantedLength: long.length });
  expect((await submitted(driver)).title).toBe(before);
});

test('execCommand keeps the caret after the inserted text and the edit undoable', async ({ driver }) => {
  await open(driver, 'tokopedia');
  const before = (await submitted(driver)).title!;
  const result = await write(driver, '[data-fixture-field="title"]', 'Cap ', ['exec-command'], { start: 13, end: 13 });
  expect(result.ok).toBe(true);
  const caret = await driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')!.selectionStart, null);
  expect(caret).toBe(13 + 'Cap '.length);
  expect((await submitted(driver)).title).toBe(`${before.slice(0, 13)}Cap ${before.slice(13)}`);
  await driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')!.focus(), null);
  await driver.press('Control+z');
  await expect.poll(async () => (await submitted(driver)).title).toBe(before);
});
