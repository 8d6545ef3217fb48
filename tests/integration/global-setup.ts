// The demo for the integration suite, as the built app's first start makes it, seeded once per
// build and copied by each test file or server (test-db.ts `demoCopy`): a PGlite data folder and,
// with TEST_DATABASE_URL, a PostgreSQL template database (scripts/lib/demo-template.js).
import type { TestProject } from 'vitest/node';
import { buildIfStale } from '../../scripts/lib/build.js';
import { cachedDemoDatabase, cachedDemoTemplate } from '../../scripts/lib/demo-template.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The run's templates: always PGlite; PostgreSQL too when the run is on TEST_DATABASE_URL. */
		demoTemplates: {
			pglite: { dataDir: string };
			postgres?: { serverUrl: string; database: string };
		};
	}
}

export default async function setup(project: TestProject) {
	// The servers under test are the built app; its first start is the template.
	buildIfStale(2);
	const secret = project.config.env.HOINGHI_SECRET!;
	const serverUrl = process.env.TEST_DATABASE_URL;
	// A run on PostgreSQL still has the tests of PGlite's own data folder (server-start.test.ts):
	// both engines' templates, seeded side by side. Both are kept for the build: the end-to-end
	// suite of the same `npm test` starts from the PGlite one too.
	const [pglite, postgres] = await Promise.all([
		cachedDemoTemplate({ secret }),
		serverUrl ? cachedDemoDatabase({ serverUrl, secret }) : undefined
	]);
	project.provide('demoTemplates', { pglite, postgres });
}
