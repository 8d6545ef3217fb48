import { z } from 'zod';

// The browser's Content-Security-Policy has no 'unsafe-eval' (svelte.config.js). Zod probes for
// eval with `new Function('')` when a schema is created; the probe is caught, but Chromium still
// reports it as a CSP violation on every page that loads a schema. Jitless zod never probes.
// Modules the browser loads import z from here, so the setting comes before their schemas.
// The server keeps zod's faster compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
