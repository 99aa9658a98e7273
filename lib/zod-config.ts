import { config } from 'zod/mini';

/**
 * Extension pages, the service worker and content scripts forbid eval, so zod must never
 * try to compile validators with `new Function` (it probes, and a probe blocked by the
 * CSP can surface as an error). Imported first by every entry point that parses with zod.
 */
config({ jitless: true });
