// The secretariat's board (units × requests), one submission with its versions, and the marks the
// secretariat sets on them: "không phải nộp" and "Công bố cho đại biểu". The cell's words come from
// boardCell (src/lib/domain/submissions.ts), so the page and the .xlsx say the same.
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { BOARD_STATES, boardCell, type BoardState } from '$lib/domain/submissions';
import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import {
	documentRequest,
	documentRequestUnit,
	submission,
	submissionVersion,
	unit,
	user
} from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import { listRequests } from './requests';

export interface BoardCell {
	requestId: number;
	unitId: number;
	state: BoardState;
	text: string;
	submissionId: number | null;
	/** The latest version's row id (its download), when there is one. */
	latestVersionId: number | null;
	published: boolean;
}

/** The latest version of every submission of a conference, one row each. */
function latestVersions(db: Executor, conferenceId: number) {
	return db
		.selectDistinctOn([submission.id], {
			submissionId: submission.id,
			requestId: submission.requestId,
			unitId: submission.unitId,
			publishedAt: submission.publishedAt,
			versionId: submissionVersion.id,
			version: submissionVersion.version,
			submittedAt: submissionVersion.submittedAt,
			size: submissionVersion.size,
			late: submissionVersion.late
		})
		.from(submission)
		.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
		.innerJoin(submissionVersion, eq(submissionVersion.submissionId, submission.id))
		.where(eq(documentRequest.conferenceId, conferenceId))
		.orderBy(submission.id, desc(submissionVersion.version));
}

/** Every unit, every request and a cell wherever a request asks a unit, with the counts by state. */
export async function submissionsBoard(db: Executor, conferenceId: number, now = new Date()) {
	const [units, requests, latest] = await Promise.all([
		db
			.select({ id: unit.id, name: unit.name })
			.from(unit)
			.where(eq(unit.conferenceId, conferenceId))
			.orderBy(asc(unit.position)),
		listRequests(db, conferenceId),
		latestVersions(db, conferenceId)
	]);
	const latestOf = new Map(latest.map((l) => [`${l.requestId}:${l.unitId}`, l]));
	const cells: BoardCell[] = [];
	for (const r of requests) {
		for (const { unitId, exemptAt } of r.asked) {
			const l = latestOf.get(`${r.id}:${unitId}`);
			cells.push({
				requestId: r.id,
				unitId,
				...boardCell({ dueAt: r.dueAt, exemptAt, latest: l ?? null }, now),
				submissionId: l?.submissionId ?? null,
				latestVersionId: l?.versionId ?? null,
				published: Boolean(l?.publishedAt)
			});
		}
	}
	const counts = Object.fromEntries(
		BOARD_STATES.map((s) => [s, cells.filter((c) => c.state === s).length])
	) as Record<BoardState, number>;
	return { units, requests, cells, counts };
}
export type SubmissionsBoard = Awaited<ReturnType<typeof submissionsBoard>>;

/** What one unit owes one request, everything it sent for it (newest first) and the latest text. */
export async function submissionCell(
	db: Executor,
	conferenceId: number,
	requestId: number,
	unitId: number,
	now = new Date()
) {
	const [asked] = await db
		.select({
			request: {
				id: documentRequest.id,
				kind: documentRequest.kind,
				title: documentRequest.title,
				dueAt: documentRequest.dueAt,
				topic: documentRequest.topic,
				closedAt: documentRequest.closedAt
			},
			unit: { id: unit.id, name: unit.name },
			exemptAt: documentRequestUnit.exemptAt
		})
		.from(documentRequestUnit)
		.innerJoin(documentRequest, eq(documentRequest.id, documentRequestUnit.requestId))
		.innerJoin(unit, eq(unit.id, documentRequestUnit.unitId))
		.where(
			and(
				eq(documentRequestUnit.requestId, requestId),
				eq(documentRequestUnit.unitId, unitId),
				eq(documentRequest.conferenceId, conferenceId)
			)
		);
	if (!asked) throw new NotFoundError();
	const [sub] = await db
		.select({ id: submission.id, publishedAt: submission.publishedAt })
		.from(submission)
		.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId)));
	const versions = sub
		? await db
				.select({
					id: submissionVersion.id,
					version: submissionVersion.version,
					fileName: submissionVersion.fileName,
					fileKind: submissionVersion.fileKind,
					size: submissionVersion.size,
					sha256: submissionVersion.sha256,
					submittedAt: submissionVersion.submittedAt,
					late: submissionVersion.late,
					byUserName: user.displayName,
					extraction: submissionVersion.extraction
				})
				.from(submissionVersion)
				.leftJoin(user, eq(user.id, submissionVersion.byUserId))
				.where(eq(submissionVersion.submissionId, sub.id))
				.orderBy(desc(submissionVersion.version))
		: [];
	const latest = versions[0];
	const [page] = latest
		? await db
				.select({ html: submissionVersion.html })
				.from(submissionVersion)
				.where(eq(submissionVersion.id, latest.id))
		: [];
	const cell = boardCell(
		{ dueAt: asked.request.dueAt, exemptAt: asked.exemptAt, latest: latest ?? null },
		now
	);
	return { ...asked, cell, submission: sub ?? null, versions, html: page?.html ?? '' };
}

/**
 * Marks a unit "không phải nộp" for a request, or takes the mark off. Refused once the unit has
 * sent a file for it: what it sent is on record and the board must not hide it.
 */
export async function setExempt(
	db: Database,
	actor: Actor,
	conferenceId: number,
	requestId: number,
	unitId: number,
	exempt: boolean,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				exemptAt: documentRequestUnit.exemptAt,
				title: documentRequest.title,
				unitName: unit.name
			})
			.from(documentRequestUnit)
			.innerJoin(documentRequest, eq(documentRequest.id, documentRequestUnit.requestId))
			.innerJoin(unit, eq(unit.id, documentRequestUnit.unitId))
			.where(
				and(
					eq(documentRequestUnit.requestId, requestId),
					eq(documentRequestUnit.unitId, unitId),
					eq(documentRequest.conferenceId, conferenceId)
				)
			)
			.for('update', { of: documentRequestUnit });
		if (!row) throw new NotFoundError();
		if ((row.exemptAt !== null) === exempt) return;
		if (exempt) {
			const [sent] = await tx
				.select({ id: submission.id })
				.from(submission)
				.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId)));
			if (sent)
				throw new RuleError(
					`${row.unitName} đã nộp tệp cho “${row.title}”, nên không thể đánh dấu “Không phải nộp”.`
				);
		}
		await tx
			.update(documentRequestUnit)
			.set({ exemptAt: exempt ? now : null })
			.where(
				and(eq(documentRequestUnit.requestId, requestId), eq(documentRequestUnit.unitId, unitId))
			);
		await writeAudit(tx, {
			...actor,
			action: exempt ? 'submission_exempted' : 'submission_exempt_cleared',
			entity: 'document_request_unit',
			entityId: `${requestId}:${unitId}`,
			detail: { title: row.title, name: row.unitName }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/**
 * "Công bố cho đại biểu" on or off for one unit's answer to one request: from then on the delegates'
 * links show its latest version. Refused when the unit has sent nothing for it.
 */
export async function setPublished(
	db: Database,
	actor: Actor,
	conferenceId: number,
	cell: { requestId: number; unitId: number },
	published: boolean,
	now = new Date()
) {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: submission.id,
				publishedAt: submission.publishedAt,
				title: documentRequest.title,
				unitName: unit.name
			})
			.from(submission)
			.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
			.innerJoin(unit, eq(unit.id, submission.unitId))
			.where(
				and(
					eq(submission.requestId, cell.requestId),
					eq(submission.unitId, cell.unitId),
					eq(documentRequest.conferenceId, conferenceId)
				)
			)
			.for('update', { of: submission });
		if (!row)
			throw new NotFoundError(
				'Đơn vị chưa nộp tệp nào cho yêu cầu này, nên chưa có gì để công bố.'
			);
		if ((row.publishedAt !== null) === published) return;
		await tx
			.update(submission)
			.set({ publishedAt: published ? now : null })
			.where(eq(submission.id, row.id));
		await writeAudit(tx, {
			...actor,
			action: published ? 'submission_published' : 'submission_unpublished',
			entity: 'submission',
			entityId: row.id,
			detail: { title: row.title, name: row.unitName }
		});
		await publish(tx, { type: 'submissions', conferenceId });
	});
}

/**
 * For the chair and the agenda: each programme item a tham luận request is linked to, and whether
 * its text has arrived (a unit it asks has sent a file for it).
 */
export async function speechTextArrived(
	db: Executor,
	conferenceId: number
): Promise<Map<number, boolean>> {
	const rows = await db
		.select({ itemId: documentRequest.agendaItemId, submissionId: submission.id })
		.from(documentRequest)
		.leftJoin(submission, eq(submission.requestId, documentRequest.id))
		.where(
			and(
				eq(documentRequest.conferenceId, conferenceId),
				eq(documentRequest.kind, 'speech'),
				isNotNull(documentRequest.agendaItemId)
			)
		);
	const arrived = new Map<number, boolean>();
	for (const r of rows)
		arrived.set(r.itemId!, (arrived.get(r.itemId!) ?? false) || r.submissionId !== null);
	return arrived;
}
