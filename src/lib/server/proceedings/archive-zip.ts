// The archive's zip stream (the plan is archive.ts's): generated entries written from memory, each
// original read from the database only when the zip writer reaches it, and checked against its sha256.
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import yazl from 'yazl';
import type { Executor } from '../db';
import { documentRequest, submission, submissionVersion } from '../db/schema';
import { NotFoundError } from '../http/errors';
import { sha256, type ArchivePlan } from './archive';

/** The bytes of one version: one row at a time, never the conference's files together. */
async function versionBytes(
	db: Executor,
	conferenceId: number,
	versionId: number
): Promise<Uint8Array> {
	const [row] = await db
		.select({ bytes: submissionVersion.bytes })
		.from(submissionVersion)
		.innerJoin(submission, eq(submission.id, submissionVersion.submissionId))
		.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
		.where(
			and(eq(submissionVersion.id, versionId), eq(documentRequest.conferenceId, conferenceId))
		);
	if (!row)
		throw new NotFoundError('Một tệp đã nộp vừa bị xóa trong lúc tải hồ sơ. Vui lòng tải lại.');
	return row.bytes;
}

/**
 * The plan as a zip stream of a known size. Backpressure is the zip writer's: it asks for the next
 * original only when the previous one has been written and the consumer has taken it. A failure
 * (a version deleted meanwhile, bytes that no longer match their hash) destroys the stream, so the
 * download ends short of its Content-Length and the browser reports it failed.
 */
export function zipArchive(
	db: Executor,
	conferenceId: number,
	plan: ArchivePlan
): { size: number; stream: Readable } {
	const zip = new yazl.ZipFile();
	const stream = zip.outputStream as Readable;
	zip.on('error', (err: Error) => stream.destroy(err));
	for (const e of plan.entries) {
		const options = { mtime: e.mtime, compress: false, mode: 0o100644 };
		if (e.bytes) {
			zip.addBuffer(e.bytes, e.path, options);
			continue;
		}
		const versionId = e.versionId!;
		zip.addReadStreamLazy(e.path, { ...options, size: e.size }, (cb) => {
			versionBytes(db, conferenceId, versionId).then(
				(bytes) => {
					if (sha256(bytes) !== e.sha256)
						return cb(new Error(`archive: ${e.path} no longer matches its sha256`), null as never);
					cb(null, Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
				},
				(err: Error) => cb(err, null as never)
			);
		});
	}
	let size = -1;
	// Every entry stored with a known size: yazl gives the total at once (@types/yazl forgets the argument).
	(zip.end as (o: undefined, cb: (total: number) => void) => void)(
		undefined,
		(total) => (size = total)
	);
	if (size < 0) throw new Error('archive: the zip size is not known before writing');
	return { size, stream };
}
