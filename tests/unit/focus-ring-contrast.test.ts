/**
 * Rapi's focus ring must stand out 3:1 from whatever it sits on (WCAG 2.1 1.4.11, issue 15: the
 * old amber ring measured 1.86:1 on white). Each stylesheet that draws focus declares the colour
 * once as `--rapi-focus` (and `--rapi-focus-on-dark` where a ring sits on a dark surface); this
 * reads those declarations and the backgrounds from the CSS files themselves, so a colour change
 * below 3:1, or a focus rule with a colour of its own, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MIN_RATIO = 3;

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const expand = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

/** The value of a custom property declared in the file (exactly once), as #rrggbb. */
function customProperty(css: string, name: string): string {
  const found = [...css.matchAll(new RegExp(`${name}\\s*:\\s*(#[0-9a-fA-F]{3,6})\\s*;`, 'g'))];
  expect(found, `${name} declared once`).toHaveLength(1);
  return expand(found[0]![1]!);
}

/** A background: a custom property of the file, or a colour the file itself paints as a background. */
function background(css: string, file: string, source: string): string {
  if (source.startsWith('--')) return customProperty(css, source);
  expect(css.toLowerCase(), `${file} paints ${source} as a background`).toMatch(new RegExp(`background(-color)?:\\s*${source}\\b`));
  return expand(source);
}

interface Surface {
  file: string;
  /** Backgrounds the blue ring sits on (around focusable controls, past the outline offset). */
  light: string[];
  /** Backgrounds the on-dark ring sits on, if the file has one. */
  dark?: string[];
}

const SURFACES: Surface[] = [
  {
    file: 'entrypoints/options/options.css',
    light: ['#fff', '--rapi-bg', '--rapi-green-soft', '--rapi-red-soft'],
    dark: ['--rapi-ink'],
  },
  { file: 'entrypoints/report/report.css', light: ['#fff', '--rapi-bg', '--rapi-green-soft', '--rapi-amber-soft'] },
  // The side panel's sections (once the floating panel's): white, notices, the teach banner.
  { file: 'components/sidepanel/sections.css', light: ['--rapi-bg', '#e7f5ef', '#fff4e5', '#fff7e0'] },
  { file: 'entrypoints/popup/popup.css', light: ['#fff'] },
  // The side panel's page; its sections' sections.css, whose own backgrounds are checked above.
  { file: 'entrypoints/sidepanel/sidepanel.css', light: ['--rapi-bg', '#ffffff'] },
];

/** `outline` colours set in rules whose selector has :focus, :focus-visible or :focus-within. */
function focusOutlines(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{}]*:focus[^{}]*)\{([^}]*)\}/g)].flatMap(([, , body]) =>
    [...body!.matchAll(/outline(?:-color)?\s*:\s*([^;]+);/g)].map((m) => m[1]!.trim()),
  );
}

/** Every stylesheet in the extension's pages and components, relative to the project root. */
function stylesheets(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('surfaces', () => {
  it('lists every stylesheet that draws a focus ring, so a new one cannot skip the check', () => {
    const drawing = [...stylesheets('entrypoints'), ...stylesheets('components')].filter(
      (file) => focusOutlines(readFileSync(resolve(ROOT, file), 'utf8')).length > 0,
    );
    const listed = SURFACES.map((surface) => surface.file);
    expect(
      drawing.filter((file) => !listed.includes(file)),
      'add these to SURFACES with the backgrounds their rings sit on',
    ).toEqual([]);
  });
});

describe('contrastRatio', () => {
  it('gives WCAG figures: 21:1 for black on white, 1:1 for a colour on itself, 1.86:1 for the old amber ring', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
    expect(contrastRatio('#f0b429', '#ffffff')).toBeCloseTo(1.86, 2);
  });
});

describe.each(SURFACES)('focus ring in $file', ({ file, light, dark }) => {
  const css = readFileSync(resolve(ROOT, file), 'utf8');

  it('draws every focus outline with the focus token', () => {
    const outlines = focusOutlines(css);
    expect(outlines.length).toBeGreaterThan(0);
    for (const outline of outlines) expect(outline).toMatch(/var\(--rapi-focus(-on-dark)?\)/);
  });

  it.each(light)('stands out at least 3:1 on %s', (source) => {
    const ratio = contrastRatio(customProperty(css, '--rapi-focus'), background(css, file, source));
    expect(ratio).toBeGreaterThanOrEqual(MIN_RATIO);
  });

  if (dark) {
    it.each(dark)('the on-dark ring stands out at least 3:1 on %s', (source) => {
      const ratio = contrastRatio(customProperty(css, '--rapi-focus-on-dark'), background(css, file, source));
      expect(ratio).toBeGreaterThanOrEqual(MIN_RATIO);
    });
  }
});
