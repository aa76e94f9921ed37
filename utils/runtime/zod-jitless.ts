/**
 * Imported first by every entrypoint. Extension pages and content scripts run
 * under a content security policy without 'unsafe-eval'; zod's JIT compiler would
 * probe `new Function` and leave CSP violation reports on every page. Rapi's
 * schemas are small, so the interpreter is fast enough.
 */
import { z } from 'zod';

z.config({ jitless: true });
