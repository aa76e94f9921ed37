/**
 * Match patterns for the manifest, derived from the detectors' own data so that a
 * new marketplace module needs no second list. A host is a seller-dashboard host
 * when the detector's listing-editor or product-list examples live on it.
 */
import { DETECTORS } from './registry';
import type { PageKind } from './types';

const SELLER_KINDS: readonly PageKind[] = ['listing-editor', 'product-list'];

function hostsOfKinds(kinds: readonly PageKind[]): Set<string> {
  const hosts = new Set<string>();
  for (const detector of DETECTORS) {
    for (const kind of kinds) {
      for (const example of detector.examples[kind] ?? []) hosts.add(new URL(example).hostname);
    }
  }
  return hosts;
}

const toPatterns = (hosts: Iterable<string>) => [...hosts].sort().map((host) => `https://${host}/*`);

export function sellerMatchPatterns(): string[] {
  return toPatterns(hostsOfKinds(SELLER_KINDS));
}

export function publicMatchPatterns(): string[] {
  const seller = hostsOfKinds(SELLER_KINDS);
  const all = DETECTORS.flatMap((detector) => detector.hosts);
  return toPatterns(new Set(all.filter((host) => !seller.has(host))));
}

/** Every marketplace host: the one content script (issue 15) runs on all of them and decides per page what to do. */
export function marketplaceMatchPatterns(): string[] {
  return toPatterns(new Set(DETECTORS.flatMap((detector) => detector.hosts)));
}
