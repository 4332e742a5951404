/**
 * zod for every schema of the project, with its JIT turned off before any schema is built. The
 * site's CSP has no 'unsafe-eval', and zod's JIT probes `new Function` when an object schema is
 * created: the probe is caught, but the browser still reports a CSP violation on every page.
 * Import `z` from here, never from 'zod' directly (ES modules run this file first).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
