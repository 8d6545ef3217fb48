// Signed, revocable links to one original file (`/f/VERSION_ID/TOKEN`), printed under each document
// of the kỷ yếu so that whoever holds the volume can open the file the unit sent. The token is
// HMAC(secret, "file", version id, link version): derived, never stored; revoking bumps the link
// version of every version of the submission, and the old links answer 404 from then on.
import { and, eq, sql } from 'drizzle-orm';
import { personalLink } from '$lib/domain/personal-token';
import { deriveToken, sameToken, tokenPattern } from '$lib/domain/tokens';
import { writeAudit, type Actor } from '../audit';
import type { Executor } from '../db';
import { documentRequest, submission, submissionVersion, unit } from '../db/schema';
import { MIME, type StoredFile } from '../http/download';
import { NotFoundError } from '../http/errors';
import { serverSecret } from '../secret';

/** 26 base32 characters (130 bits), as the personal links. */
export const FILE_TOKEN_LENGTH = 26;
const FILE_PATTERN = tokenPattern(FILE_TOKEN_LENGTH);

/** Said for a wrong token, a revoked link and an unknown file alike: nothing tells which. */
export const FILE_LINK_NOT_FOUND =
	'Không mở được tệp: liên kết không đúng, đã bị thu hồi, hoặc tệp không còn. Vui lòng xin Văn phòng liên kết mới.';

function fileToken(versionId: number, linkVersion: number): string {
	return deriveToken(serverSecret(), 'file', [versionId, linkVersion], FILE_TOKEN_LENGTH);
}

/** The link to exactly this version's file under `origin`. */
export function originalLink(origin: string, version: { id: number; linkVersion: number }): string {
	return personalLink(origin, `f/${version.id}`, fileToken(version.id, version.linkVersion));
}

/** The file a link names, when its token is the version's current one; null otherwise. */
export async function openOriginal(
	db: Executor,
	versionId: number,
	token: string
): Promise<StoredFile | null> {
	const candidate = token.toLowerCase();
	if (
		!FILE_PATTERN.test(candidate) ||
		!Number.isSafeInteger(versionId) ||
		versionId < 1 ||
		versionId > 2 ** 31 - 1
	)
		return null;
	// The token first: a wrong or revoked link never makes the database read the file's bytes.
	const [link] = await db
		.select({ linkVersion: submissionVersion.linkVersion })
		.from(submissionVersion)
		.where(eq(submissionVersion.id, versionId));
	if (!link || !sameToken(fileToken(versionId, link.linkVersion), candidate)) return null;
	const [row] = await db
		.select({
			fileName: submissionVersion.fileName,
			fileKind: submissionVersion.fileKind,
			bytes: submissionVersion.bytes
		})
		.from(submissionVersion)
		.where(
			and(eq(submissionVersion.id, versionId), eq(submissionVersion.linkVersion, link.linkVersion))
		);
	if (!row) return null;
	return { fileName: row.fileName, type: MIME[row.fileKind], bytes: row.bytes };
}

/**
 * "Thu hồi liên kết": every link to any version of the submission stops opening; the kỷ yếu made
 * after carries new ones. A submission that is not this conference's is a NotFoundError (attempt()
 * answers it 404), and nothing is changed or logged.
 */
export async function revokeOriginalLinks(
	db: Executor,
	actor: Actor,
	conferenceId: number,
	submissionId: number
): Promise<void> {
	await db.transaction(async (tx) => {
		const [owned] = await tx
			.select({ id: submission.id, title: documentRequest.title, unitName: unit.name })
			.from(submission)
			.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
			.innerJoin(unit, eq(unit.id, submission.unitId))
			.where(and(eq(submission.id, submissionId), eq(documentRequest.conferenceId, conferenceId)));
		if (!owned) throw new NotFoundError();
		const bumped = await tx
			.update(submissionVersion)
			.set({ linkVersion: sql`${submissionVersion.linkVersion} + 1` })
			.where(eq(submissionVersion.submissionId, submissionId))
			.returning({ id: submissionVersion.id });
		await writeAudit(tx, {
			...actor,
			action: 'original_links_revoked',
			entity: 'submission',
			entityId: submissionId,
			detail: { title: owned.title, name: owned.unitName, versions: bumped.length }
		});
	});
}
