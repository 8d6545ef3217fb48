import { and, eq, lt } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { foldVietnamese } from '$lib/domain/vietnamese';
import { writeAudit, type Actor } from '../audit';
import { publish } from '../live';
import type { Database, Executor } from '../db';
import { delegate, importDraft } from '../db/schema';
import { RuleError } from '../http/errors';
import { assignInviteTokens } from '.';
import { createGroups, listGroups } from './groups';
import { previewImport, type ImportPreview } from './import-preview';
import { readSpreadsheet } from './read-sheet';

const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** Keeps an uploaded list between preview and commit; the file is read (and refused) first. */
export async function saveDraft(
	db: Database,
	actor: Actor,
	conferenceId: number,
	fileName: string,
	bytes: Uint8Array
) {
	await readSpreadsheet(bytes, fileName); // throws RuleError with a Vietnamese reason
	const random = new Uint8Array(15);
	crypto.getRandomValues(random);
	const id = encodeBase32LowerCaseNoPadding(random);
	await db.transaction(async (tx) => {
		await tx
			.delete(importDraft)
			.where(lt(importDraft.createdAt, new Date(Date.now() - DRAFT_TTL_MS)));
		await tx
			.insert(importDraft)
			.values({ id, conferenceId, userId: actor.userId, fileName, bytes });
	});
	return id;
}

async function loadDraft(db: Executor, conferenceId: number, id: string) {
	const [draft] = await db
		.select()
		.from(importDraft)
		.where(and(eq(importDraft.id, id), eq(importDraft.conferenceId, conferenceId)));
	return draft ?? null;
}

async function previewWith(
	db: Executor,
	conferenceId: number,
	draft: { fileName: string; bytes: Uint8Array }
) {
	const [rows, groups, existing] = await Promise.all([
		readSpreadsheet(draft.bytes, draft.fileName),
		listGroups(db, conferenceId),
		db
			.select({
				id: delegate.id,
				fullName: delegate.fullName,
				phone: delegate.phone,
				organisation: delegate.organisation
			})
			.from(delegate)
			.where(eq(delegate.conferenceId, conferenceId))
	]);
	return previewImport(rows, { groups, existing });
}

export async function previewDraft(db: Database, conferenceId: number, id: string) {
	const draft = await loadDraft(db, conferenceId, id);
	if (!draft) return null;
	return { fileName: draft.fileName, preview: await previewWith(db, conferenceId, draft) };
}

export interface CommitChoices {
	/** Unknown group names from the preview to create before importing. */
	createGroups: string[];
	/** Lines with a problem the user chose to leave out. */
	skipLines: number[];
}

/**
 * All or nothing: creates the chosen groups, adds new delegates, updates matched ones and issues
 * their links in one transaction. A problem row the user did not choose to skip means nothing is
 * written.
 */
export async function commitDraft(
	db: Database,
	actor: Actor,
	conferenceId: number,
	id: string,
	choices: CommitChoices
) {
	return db.transaction(async (tx) => {
		const draft = await loadDraft(tx, conferenceId, id);
		if (!draft)
			throw new RuleError(
				'Tệp đã tải lên không còn (quá 24 giờ hoặc đã nhập xong). Vui lòng tải lên lại.'
			);
		const before = await previewWith(tx, conferenceId, draft);
		const offered = new Map(before.unknownGroups.map((g) => [foldVietnamese(g.name), g.name]));
		const toCreate = [
			...new Set(
				choices.createGroups
					.map((n) => offered.get(foldVietnamese(n)))
					.filter((n): n is string => !!n)
			)
		];
		await createGroups(tx, actor, conferenceId, toCreate);

		const preview: ImportPreview = toCreate.length
			? await previewWith(tx, conferenceId, draft)
			: before;
		if (preview.headerProblems.length) throw new RuleError(preview.headerProblems[0]!);
		const skip = new Set(choices.skipLines);
		const unresolved = preview.problems.filter((p) => !skip.has(p.line));
		if (unresolved.length) {
			throw new RuleError(
				`Còn ${unresolved.length} dòng lỗi chưa được chọn bỏ qua (dòng ${unresolved
					.slice(0, 5)
					.map((p) => p.line)
					.join(', ')}${unresolved.length > 5 ? ', …' : ''}). Chưa có dữ liệu nào được ghi.`
			);
		}

		const fields = (r: ImportPreview['toAdd'][number]) => ({
			fullName: r.fullName,
			position: r.position,
			organisation: r.organisation,
			groupId: r.groupId!,
			phone: r.phone,
			email: r.email,
			note: r.note
		});
		const added: { id: number; inviteTokenVersion: number }[] = [];
		for (let i = 0; i < preview.toAdd.length; i += 1000) {
			const chunk = preview.toAdd.slice(i, i + 1000).map((r) => ({ conferenceId, ...fields(r) }));
			added.push(
				...(await tx
					.insert(delegate)
					.values(chunk)
					.returning({ id: delegate.id, inviteTokenVersion: delegate.inviteTokenVersion }))
			);
		}
		await assignInviteTokens(tx, added);
		for (const m of preview.matches) {
			// The name matched (diacritics aside): keep the spelling already on file.
			const { fullName: _sameName, ...changes } = fields(m);
			await tx
				.update(delegate)
				.set(changes)
				.where(and(eq(delegate.id, m.delegateId), eq(delegate.conferenceId, conferenceId)));
		}
		await tx.delete(importDraft).where(eq(importDraft.id, id));
		await writeAudit(tx, {
			...actor,
			action: 'delegates_imported',
			entity: 'conference',
			entityId: conferenceId,
			detail: {
				fileName: draft.fileName,
				added: added.length,
				updated: preview.matches.length,
				skipped: skip.size,
				groupsCreated: toCreate
			}
		});
		await publish(tx, { type: 'roster', conferenceId });
		return {
			added: added.length,
			updated: preview.matches.length,
			skipped: preview.problems.length,
			groupsCreated: toCreate.length
		};
	});
}
