import { and, eq, max } from 'drizzle-orm';
import type { ExtractionStatus } from '$lib/domain/documents';
import { isLate } from '$lib/domain/submissions';
import { writeAudit } from '../audit';
import type { Database, Executor } from '../db';
import {
	documentRequest,
	documentRequestUnit,
	submission,
	submissionVersion,
	unit
} from '../db/schema';
import { ConflictError, NotFoundError } from '../http/errors';
import { publish } from '../live';
import type { AcceptedFile, Extracted } from './intake';

// Where a file a unit sent becomes a version of its submission: one transaction, the same bytes
// twice make no new version, versions numbered without gaps or twins however many arrive at once.

export interface RecordedVersion {
	submissionId: number;
	version: number;
	created: boolean;
	late: boolean;
	submittedAt: Date;
	sha256: string;
	size: number;
	fileName: string;
	extraction: ExtractionStatus;
	html: string;
}

export const CLOSED_MESSAGE =
	'Yêu cầu này đã khóa, không nhận thêm tệp. Vui lòng liên hệ Văn phòng.';
export const EXEMPT_MESSAGE =
	'Đơn vị đã được ghi “Không phải nộp” cho yêu cầu này, nên không cần gửi tệp. Vui lòng liên hệ Văn phòng nếu vẫn muốn gửi.';
export const NOT_ASKED_MESSAGE =
	'Không tìm thấy yêu cầu nộp tài liệu này cho đơn vị (có thể đã bị xóa).';

/** Who sent it: the secretariat's account, or nobody signed in (the unit's own link). */
type Sender = { userId: number | null; address: string | null };

/**
 * The request as asked of this unit, refused the way an upload is: not this conference's or not
 * asking this unit (NotFoundError), closed or exempt since the page was read (ConflictError). `lock` (inside the upload's
 * transaction): FOR SHARE, so the secretariat's "khóa nhận tệp" waits for this upload or this
 * upload sees the request closed, never a file accepted after the close was committed. Also asked
 * before a body is read, so a closed request does not make anyone wait for 20 MB to be refused.
 */
export async function requireOpenRequest(
	db: Executor,
	which: { conferenceId: number; requestId: number; unitId: number },
	lock = false
) {
	const { conferenceId, requestId, unitId } = which;
	const query = db
		.select({
			dueAt: documentRequest.dueAt,
			closedAt: documentRequest.closedAt,
			exemptAt: documentRequestUnit.exemptAt
		})
		.from(documentRequest)
		.innerJoin(
			documentRequestUnit,
			and(
				eq(documentRequestUnit.requestId, documentRequest.id),
				eq(documentRequestUnit.unitId, unitId)
			)
		)
		.innerJoin(unit, and(eq(unit.id, unitId), eq(unit.conferenceId, conferenceId)))
		.where(and(eq(documentRequest.id, requestId), eq(documentRequest.conferenceId, conferenceId)));
	const [asked] = lock
		? await query.for('share', { of: [documentRequest, documentRequestUnit] })
		: await query;
	if (!asked) throw new NotFoundError(NOT_ASKED_MESSAGE);
	if (asked.closedAt) throw new ConflictError(CLOSED_MESSAGE);
	if (asked.exemptAt) throw new ConflictError(EXEMPT_MESSAGE);
	return asked;
}

/**
 * One transaction: checks the request is this conference's, asks this unit, is not closed
 * (ConflictError, Vietnamese) and the unit is not exempt; the same sha256 again makes no version
 * (created false, the existing one returned); else version max+1, late from dueAt; audit row;
 * live 'submissions'.
 */
export async function recordVersion(
	db: Database,
	actor: Sender,
	input: {
		conferenceId: number;
		requestId: number;
		unitId: number;
		file: AcceptedFile;
		extracted: Extracted;
		byUserId: number | null;
		now?: Date;
	}
): Promise<RecordedVersion> {
	const { conferenceId, requestId, unitId, file, extracted, byUserId } = input;
	const now = input.now ?? new Date();
	return db.transaction(async (tx) => {
		const asked = await requireOpenRequest(tx, { conferenceId, requestId, unitId }, true);

		// The submission row, made once; its lock orders two uploads of one unit to one request.
		await tx
			.insert(submission)
			.values({ requestId, unitId })
			.onConflictDoNothing({ target: [submission.requestId, submission.unitId] });
		const [held] = await tx
			.select({ id: submission.id })
			.from(submission)
			.where(and(eq(submission.requestId, requestId), eq(submission.unitId, unitId)))
			.for('update');
		const submissionId = held!.id;

		const [same] = await tx
			.select({
				version: submissionVersion.version,
				late: submissionVersion.late,
				submittedAt: submissionVersion.submittedAt,
				size: submissionVersion.size,
				fileName: submissionVersion.fileName,
				extraction: submissionVersion.extraction,
				html: submissionVersion.html
			})
			.from(submissionVersion)
			.where(
				and(
					eq(submissionVersion.submissionId, submissionId),
					eq(submissionVersion.sha256, file.sha256)
				)
			);
		if (same) return { submissionId, created: false, sha256: file.sha256, ...same };

		const [last] = await tx
			.select({ n: max(submissionVersion.version) })
			.from(submissionVersion)
			.where(eq(submissionVersion.submissionId, submissionId));
		const version = (last?.n ?? 0) + 1;
		const late = isLate(now, asked.dueAt);
		await tx.insert(submissionVersion).values({
			submissionId,
			version,
			fileName: file.fileName,
			fileKind: file.kind,
			size: file.size,
			sha256: file.sha256,
			bytes: file.bytes,
			submittedAt: now,
			late,
			byUserId,
			extraction: extracted.status,
			text: extracted.text,
			html: extracted.html
		});
		await writeAudit(tx, {
			userId: actor.userId,
			address: actor.address,
			action: 'submission_received',
			entity: 'submission',
			entityId: submissionId,
			detail: {
				requestId,
				unitId,
				version,
				fileName: file.fileName,
				size: file.size,
				late,
				onBehalf: byUserId !== null
			}
		});
		await publish(tx, { type: 'submissions', conferenceId });
		return {
			submissionId,
			version,
			created: true,
			late,
			submittedAt: now,
			sha256: file.sha256,
			size: file.size,
			fileName: file.fileName,
			extraction: extracted.status,
			html: extracted.html
		};
	});
}
