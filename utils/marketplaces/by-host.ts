/**
 * The common shape of a marketplace detector: one seller-dashboard host and one or
 * more public hosts, each judged by its path. Seller paths are compared lower-cased
 * (the dashboards ignore case); public segments keep their case, as shop names and
 * product slugs do.
 */
import type { PageKind } from './types';

export type PathDetector = (segs: string[], url: URL) => PageKind | null;

export function byHost(
  seller: { host: string; detect: PathDetector },
  publicSide: { hosts: readonly string[]; detect: PathDetector },
): (url: URL) => PageKind | null {
  return (url) => {
    const host = url.hostname.toLowerCase();
    const segs = url.pathname.split('/').filter(Boolean);
    if (host === seller.host)
      return seller.detect(
        segs.map((s) => s.toLowerCase()),
        url,
      );
    if (publicSide.hosts.includes(host)) return publicSide.detect(segs, url);
    return null;
  };
}
