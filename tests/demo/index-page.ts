/**
 * The demo's start page: links to every fixture page at its real marketplace URL.
 * Served at a `.invalid` host (a name that can never resolve), so it cannot be
 * mistaken for a marketplace and Rapi stays off it.
 */
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';

export const DEMO_INDEX_URL = 'https://demo.rapi.invalid/';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function demoIndexHtml(): string {
  const byMarketplace = new Map<string, (typeof FIXTURE_PAGES)[number][]>();
  for (const page of FIXTURE_PAGES) byMarketplace.set(page.marketplace, [...(byMarketplace.get(page.marketplace) ?? []), page]);
  const sections = [...byMarketplace]
    .map(
      ([marketplace, pages]) =>
        `<section><h2>${escapeHtml(marketplace)}</h2><ul>${pages
          .map((p) => `<li><a href="${escapeHtml(p.url)}"><b>${escapeHtml(p.kind)}</b> ${escapeHtml(p.url)}</a></li>`)
          .join('')}</ul></section>`,
    )
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Demo Rapi</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:24px auto;padding:0 16px;color:#1f2933}
h1{color:#0b7a53}section{border:1px solid #d9e2ec;border-radius:8px;padding:4px 16px;margin:12px 0}a{color:#0b5cad}b{display:inline-block;min-width:120px}</style>
</head><body><h1>Demo Rapi</h1>
<p>Halaman-halaman ini adalah tiruan dasbor penjual dan halaman toko marketplace, disajikan di alamat aslinya tanpa internet dan tanpa akun. Buka salah satunya: panel Rapi muncul di kanan atas.</p>
<p lang="en">These pages are stand-ins for the marketplaces' seller dashboards and shop pages, served at their real addresses with no network and no account. Open one: the Rapi panel appears at the top right.</p>
${sections}
<p>Halaman biasa (Rapi tidak muncul) / an ordinary page (no panel): <a href="${escapeHtml(NON_MATCHING_PAGE.url)}">${escapeHtml(NON_MATCHING_PAGE.url)}</a></p>
</body></html>`;
}
