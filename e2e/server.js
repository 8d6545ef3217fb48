// The end-to-end suite's server (playwright.config.ts `webServer`): the built app on a copy of the
// demo in HOINGHI_DATA_DIR. The demo is seeded once per build and secret (scripts/lib/demo-template.js),
// so after the integration suite of the same `npm test` this server starts on its template at once;
// the specs with a server of their own (ownServer in e2e/helpers.ts) copy the same template.
import { rmSync } from 'node:fs';
import { buildIfStale } from '../scripts/lib/build.js';
import { cachedDemoTemplate, copyDemoFolder } from '../scripts/lib/demo-template.js';

const dataDir = process.env.HOINGHI_DATA_DIR;
const secret = process.env.HOINGHI_SECRET;
if (!dataDir || !secret)
	throw new Error('HOINGHI_DATA_DIR and HOINGHI_SECRET are set by playwright.config.ts');

buildIfStale(2);
rmSync(dataDir, { recursive: true, force: true });
copyDemoFolder(await cachedDemoTemplate({ secret }), dataDir);
await import('../scripts/start.js');
