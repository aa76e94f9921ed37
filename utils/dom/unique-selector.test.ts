// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { uniqueSelector } from './unique-selector';

beforeEach(() => {
  document.body.replaceChildren();
});

function page(html: string): void {
  // Test-authored markup only; the product never parses strings as HTML.
  document.body.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const roundTrip = (el: Element) => {
  const selector = uniqueSelector(el)!;
  expect(selector).toBeDefined();
  expect(document.querySelectorAll(selector)).toHaveLength(1);
  expect(document.querySelector(selector)).toBe(el);
  return selector;
};

describe('uniqueSelector', () => {
  it('prefers a stable id, then stable attributes', () => {
    page('<input id="berat"><input name="weight"><input aria-label="Berat paket">');
    expect(roundTrip(document.querySelector('#berat')!)).toBe('#berat');
    expect(roundTrip(document.querySelector('[name=weight]')!)).toBe('input[name="weight"]');
    expect(roundTrip(document.querySelector('[aria-label]')!)).toBe('input[aria-label="Berat paket"]');
  });

  it('skips generated ids and falls back to a structural path', () => {
    page('<section data-testid="shipping"><div><input id="input-8f3a9c21"></div><div><input id="input-77aa1bc9"></div></section>');
    const second = document.querySelectorAll('input')[1]!;
    const selector = roundTrip(second);
    expect(selector).not.toContain('77aa1bc9');
    expect(selector.startsWith('section[data-testid="shipping"]')).toBe(true);
  });

  it('quotes attribute values safely', () => {
    page('<input placeholder=\'Berat "bersih" (gr)\'>');
    roundTrip(document.querySelector('input')!);
  });

  it('finds a path even with no attributes at all', () => {
    page('<div><div><span></span><input></div><div><input></div></div>');
    roundTrip(document.querySelectorAll('input')[1]!);
  });
});

describe('uniqueSelector on deep pages without handles', () => {
  it('builds a full path from body when no ancestor has a stable attribute', () => {
    let html = '<input>';
    for (let depth = 0; depth < 12; depth++) html = `<div class="row"><span></span>${html}</div>`;
    page(`<main>${html}</main><main>${html}</main>`);
    const inputs = document.querySelectorAll('input');
    roundTrip(inputs[1]!);
  });
});
