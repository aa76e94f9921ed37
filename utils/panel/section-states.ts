/**
 * What the panel's tags and audit sections show and can ask for. Plain data and
 * callbacks, kept below the components so the content-script glue can fill them
 * without importing React components (issue 14: the graph runs one way).
 */
import type { HashtagRoom, TagReason, TagSuggestion } from '../tags';

export interface TagsPanelState {
  /** `inTitle`: a keyword the title already carries word for word, shown as earned, not offered. */
  suggestions: (TagSuggestion & { inTitle?: boolean })[];
  /** Words that mark the listing as imported or as a foreign brand: why no local tags are offered. */
  importSignals: TagReason[];
  /** Hashtags the marketplace still takes (Shopee: 18 in all); absent where it sets no limit. */
  hashtags?: HashtagRoom;
}

export interface AuditPanelState {
  phase: 'idle' | 'loading' | 'running' | 'done' | 'failed';
  /** One product's page: there is no list of products to audit, and the section says so. */
  productPage?: boolean;
  loaded?: number;
  result?: {
    id: number;
    count: number;
    mean: number | null;
    topIssues: { issue: string; products: number }[];
    previous: { at: string; meanChange: number | null } | null;
    /** Products past the audit's limit, left out. */
    leftOut?: number;
  };
  error?: string;
}

export interface AuditActions {
  runAudit: () => void;
  loadAll: () => void;
  cancelLoad: () => void;
  openReport: (id: number) => void;
}
