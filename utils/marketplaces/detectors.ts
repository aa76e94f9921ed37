/**
 * Page detection over a list of detectors: which marketplace and page kind a URL is. The list
 * itself is the registry's (`DETECTORS` in registry.ts, read from each marketplace's folder), so a
 * new marketplace is never listed twice. Pure: no DOM, no browser APIs.
 */
import type { MarketplaceDetector, PageKind } from './types';

/** Which marketplace and page kind a URL is, among these detectors, or null. */
export function detectWith<Id extends string>(
  detectors: readonly MarketplaceDetector<Id>[],
  url: string,
): { marketplace: Id; kind: PageKind } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const detector = detectors.find((d) => d.hosts.includes(host));
  if (!detector) return null;
  const kind = detector.detect(parsed);
  return kind ? { marketplace: detector.id, kind } : null;
}
