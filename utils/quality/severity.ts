/**
 * How bad a finding is. A leaf module (no imports) so marketplace profiles, which set the
 * severity of each limit, can name it without importing the quality engine's types back.
 */
export const SEVERITIES = ['error', 'warning', 'tip'] as const;
/** error: the marketplace may block or deboost; warning: hurts ranking or trust; tip: worth doing. */
export type Severity = (typeof SEVERITIES)[number];
