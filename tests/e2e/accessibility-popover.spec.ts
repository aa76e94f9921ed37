/**
 * axe on the palette popover (issue 15 item 7). Its shadow root is closed in the product, and axe
 * cannot look into a closed root (nor can any page script, which is the point). So the popover
 * module the content script uses is bundled into the Tokopedia editor fixture by a harness
 * (harness/popover.page.ts) that makes its roots open, and axe runs on it there: in the result
 * list, with the fill-in form a snippet with a fill-in asks for, and with no results. The page's
 * own markup is left out; only the popover is judged. Chromium only (see harness/axe.ts).
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import { expectDistinctButtonNames, expectNoSeriousA11yViolations, playwrightPage, skipUnlessPlaywright } from './harness/axe';
import { harnessBundle } from './harness/bundle';
import { expect, test } from './test';

const EDITOR = FIXTURE_PAGES.find((page) => page.marketplace === 'tokopedia' && page.kind === 'listing-editor')!;

test('the palette popover has no serious accessibility violation: results, a fill-in, no results', async ({ driver }, testInfo) => {
  skipUnlessPlaywright(testInfo.project.name);
  await driver.goto(EDITOR.url);
  await driver.addScript(harnessBundle('popover'));
  const page = playwrightPage(driver);
  const check = async (label: string) => {
    await expect.poll(() => page.locator('rapi-palette [role="dialog"]:not([hidden])').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, { include: 'rapi-palette', label, soft: true });
    await expectDistinctButtonNames(page, { include: 'rapi-palette', label, soft: true });
  };

  await driver.evaluate(([hook, empty]) => window.__rapiPopoverOpen(hook, empty), ['description', false] as const);
  expect(await page.locator('rapi-palette [role="option"]').count()).toBe(3);
  await check('the popover listing results');

  // Real keys: down to the snippet with a fill-in, Enter: the popover asks for it.
  await driver.press('ArrowDown');
  await driver.press('Enter');
  await expect.poll(() => page.locator('rapi-palette input[name="resi"]').count()).toBe(1);
  await check('the popover asking for a fill-in');

  await driver.evaluate(([hook, empty]) => window.__rapiPopoverOpen(hook, empty), ['title', true] as const);
  await check('the popover with no results');
});
