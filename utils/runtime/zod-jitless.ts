/**
 * Imported first by every entrypoint. Extension pages and content scripts run
 * under a content security policy without 'unsafe-eval'; zod's JIT compiler would
 * probe `new Function` and leave CSP violation reports on every page. Rapi's
 * schemas are small, so the interpreter is fast enough.
 */
// The setting is zod's core one, shared by classic zod and zod/mini; imported from zod/mini so the
// content script, which uses only zod/mini, does not load classic zod for it.
import { config } from 'zod/mini';

config({ jitless: true });
