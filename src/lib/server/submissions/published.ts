// What a delegate may read through their link: the submissions the secretariat published
// ("Công bố cho đại biểu"), each as its latest version. Nothing here ever answers for an
// unpublished submission, nor for another conference's: both are simply not found.
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { comparePublished } from '$lib/domain/submissions';
import type { Executor } from '../db';
import { agendaItem, documentRequest, submission, submissionVersion, unit } from '../db/schema';
import { MIME, type StoredFile } from '../http/download';
import { latestOfConference } from './latest';

/** Said for an unknown id and an unpublished document alike: nothing tells which. */
export const NOT_PUBLISHED =
	'Không tìm thấy tài liệu này, hoặc tài liệu chưa được công bố cho đại biểu.';

const documentColumns = {
	id: submission.id,
	kind: documentRequest.kind,
	title: documentRequest.title,
	topic: documentRequest.topic,
	unitName: unit.name,
	agendaItemId: documentRequest.agendaItemId,
	agendaPosition: agendaItem.position,
	requestPosition: documentRequest.position,
	unitPosition: unit.position,
	publishedAt: submission.publishedAt,
	version: submissionVersion.version,
	fileName: submissionVersion.fileName,
	fileKind: submissionVersion.fileKind,
	size: submissionVersion.size,
	sha256: submissionVersion.sha256,
	submittedAt: submissionVersion.submittedAt,
	extraction: submissionVersion.extraction
};

/** Narrows a select from `submission` to the conference's published ones, each joined to its latest version. */
function publishedOnly<T extends PgSelect>(query: T, conferenceId: number, where?: SQL) {
	return latestOfConference(query, conferenceId, and(isNotNull(submission.publishedAt), where));
}

export type PublishedDocument = Awaited<ReturnType<typeof listPublished>>[number];

/** The conference's published documents in reading order (tham luận as the programme gives them, then the reports). */
export async function listPublished(db: Executor, conferenceId: number) {
	const rows = await publishedOnly(
		db.select(documentColumns).from(submission).$dynamic(),
		conferenceId
	);
	return rows.sort(comparePublished).map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** How many documents the delegate's page offers to read. */
export async function countPublished(db: Executor, conferenceId: number): Promise<number> {
	const [row] = await publishedOnly(
		db
			.select({ count: sql<number>`count(*)::int` })
			.from(submission)
			.$dynamic(),
		conferenceId
	);
	return row?.count ?? 0;
}

/** One published document with its readable page (the sanitised HTML); null when not published in this conference. */
export async function publishedDocument(db: Executor, conferenceId: number, submissionId: number) {
	const [row] = await publishedOnly(
		db
			.select({ ...documentColumns, html: submissionVersion.html })
			.from(submission)
			.$dynamic(),
		conferenceId,
		eq(submission.id, submissionId)
	);
	return row ? { ...row, publishedAt: row.publishedAt! } : null;
}

/** The original file of a published document's latest version, as the unit sent it; null when not published here. */
export async function publishedOriginal(
	db: Executor,
	conferenceId: number,
	submissionId: number
): Promise<StoredFile | null> {
	const [row] = await publishedOnly(
		db
			.select({
				fileName: submissionVersion.fileName,
				fileKind: submissionVersion.fileKind,
				bytes: submissionVersion.bytes
			})
			.from(submission)
			.$dynamic(),
		conferenceId,
		eq(submission.id, submissionId)
	);
	return row ? { fileName: row.fileName, type: MIME[row.fileKind], bytes: row.bytes } : null;
}
