/**
 * axe-core accessibility check for any page a spec has open (an extension page, the side panel
 * opened as a tab, a fixture page with Rapi's palette on it). It runs the WCAG 2.0/2.1 A and AA
 * rules plus axe's best practices and fails listing every serious or critical violation, each with
 * its rule, what it asks for and the elements it found, so the failure reads as a to-do list.
 * Moderate and minor findings are returned, not failed on: issue 15 sets the bar at serious.
 *
 * Chromium only: @axe-core/playwright drives a Playwright page, and the Firefox project drives
 * puppeteer-core. Specs skip Firefox with `skipUnlessPlaywright` (the rules are the same in both
 * browsers; what differs is the engine's rendering, which axe's colour checks read in Chromium).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, test } from '../test';
import type { ExtensionDriver } from '../drivers/driver';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export interface AxeScope {
  /** CSS selector of the part of the page to check (default: the whole page). */
  include?: string;
  /** CSS selectors left out (e.g. a fixture page's own markup around Rapi's palette). */
  exclude?: string[];
  /** Named in the failure message, so a spec with several checks says which one failed. */
  label?: string;
  /** Record the failure and go on (expect.soft), so one run lists every state's violations. */
  soft?: boolean;
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** The violations axe finds in the scope, every impact. */
export async function axeViolations(page: Page, options: AxeScope = {}): Promise<AxeFinding[]> {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** One line per violation: "color-contrast (serious): Elements must meet … → .a, .b". */
export function describeViolations(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${f.id} (${f.impact}): ${f.help} → ${f.targets.join(', ')}`).join('\n');
}

/**
 * Fails on any serious or critical violation in the scope, listing them all. Returns every
 * violation found (serious or not) for a spec that wants to log or assert more.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: AxeScope = {}): Promise<AxeFinding[]> {
  const findings = await axeViolations(page, options);
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  (options.soft ? expect.soft : expect)(
    serious,
    `axe: serious or critical violations${options.label ? ` on ${options.label}` : ''}:\n${describeViolations(serious)}`,
  ).toEqual([]);
  return findings;
}

/**
 * Accessible names of the buttons in the scope, as Playwright's accessibility snapshot computes
 * them (hidden ones left out, as a screen reader leaves them out).
 */
export async function buttonNames(page: Page, include = 'body'): Promise<string[]> {
  const snapshot = await page.locator(include).first().ariaSnapshot();
  return snapshot.split('\n').flatMap((line) => {
    // `- button "Simpan" [disabled]`, `- button "Tutup": ×` (with its text), a nameless `- button`,
    // or the whole key in YAML single quotes when it holds a colon: `- 'button "Baris 2: rusak"'`.
    let key = line.trim().replace(/^- /, '');
    const quoted = /^'((?:[^']|'')*)'(:.*)?$/.exec(key);
    if (quoted) key = quoted[1]!.replaceAll("''", "'") + (quoted[2] ?? '');
    const match = /^button(?: "((?:[^"\\]|\\.)*)")?(?: \[[^\]]*\])*(?::.*)?$/.exec(key);
    return match ? [JSON.parse(`"${match[1] ?? ''}"`) as string] : [];
  });
}

/**
 * Fails when two buttons in the scope share an accessible name (issue 15: ten identical
 * "Tambah ke deskripsi" buttons): a screen-reader user listing the buttons cannot tell them apart.
 */
export async function expectDistinctButtonNames(page: Page, options: { include?: string; label?: string; soft?: boolean } = {}) {
  const names = await buttonNames(page, options.include);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([name, count]) => `${count}× "${name}"`);
  (options.soft ? expect.soft : expect)(repeated, `buttons sharing a name${options.label ? ` on ${options.label}` : ''}`).toEqual([]);
  return names;
}

/** The Playwright page behind a Chromium driver (the Firefox driver has a puppeteer page instead). */
export function playwrightPage(driver: ExtensionDriver): Page {
  if (driver.name !== 'chromium') throw new Error('axe runs through Playwright: Chromium project only');
  return (driver as unknown as { page: Page }).page;
}

/** Call at the top of an axe test: skips the Firefox project, saying why. */
export function skipUnlessPlaywright(projectName: string): void {
  test.skip(
    projectName !== 'chromium',
    'axe runs through @axe-core/playwright, which needs a Playwright page; the Firefox project drives puppeteer-core',
  );
}
