import { Readable } from 'node:stream';
import { getDb } from '$lib/server/db';
import { contentDisposition } from '$lib/server/http/download';
import { planArchive } from '$lib/server/proceedings/archive';
import { zipArchive } from '$lib/server/proceedings/archive-zip';
import { requireConference } from '$lib/server/http/request';
import type { RequestHandler } from './$types';
import { noStore } from '$lib/server/http/headers';

/**
 * The whole conference as one .zip (src/lib/server/proceedings/archive.ts, archive-zip.ts), streamed: the exact
 * Content-Length lets the browser show a percentage and notice a download cut short;
 * X-Archive-Files says how many files it holds.
 */
export const GET: RequestHandler = async ({ url }) => {
	const conference = await requireConference();
	const db = getDb();
	const plan = await planArchive(db, conference, url.origin);
	const { size, stream } = zipArchive(db, conference.id, plan);
	return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': 'application/zip',
			'content-length': String(size),
			'content-disposition': contentDisposition(plan.fileName),
			...noStore,
			'x-archive-files': String(plan.entries.length)
		}
	});
};
