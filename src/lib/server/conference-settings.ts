import { eq, sql } from 'drizzle-orm';
import { daysBetween, formatIsoDay, shiftIsoDay, vnIsoDay } from '$lib/domain/dates';
import { writeAudit, type Actor } from './audit';
import type { ConferenceSettings } from './conference-settings-schema';
import type { Database } from './db';
import { conference, documentRequest } from './db/schema';
import { NotFoundError } from './http/errors';

/**
 * Saves the settings. When the conference moves to another day, every deadline that hangs on it
 * moves by as many days in the same transaction — the document requests' deadlines, the
 * giấy mời's date and the submissions deadline (these two unless the clerk changed them in the same form) — so no
 * date in a generated text is left stale. Answers what moved, in Vietnamese, for the clerk.
 */
export async function updateConferenceSettings(
	db: Database,
	actor: Actor,
	conferenceId: number,
	input: ConferenceSettings
): Promise<string[]> {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(conference)
			.where(eq(conference.id, conferenceId))
			.for('update');
		if (!before) throw new NotFoundError();
		const shift = daysBetween(vnIsoDay(before.startsAt), vnIsoDay(input.startsAt));
		const moved: string[] = [];
		const values = { ...input };
		if (shift !== 0) {
			for (const [field, label] of [
				['invitationIssuedOn', 'ngày ban hành giấy mời'],
				['submissionsDueOn', 'hạn gửi báo cáo, tham luận']
			] as const) {
				const was = before[field];
				if (!was || values[field] !== was) continue;
				values[field] = shiftIsoDay(was, shift);
				moved.push(`${label}: ${formatIsoDay(values[field])}`);
			}
			// Whole days of 24 hours: Vietnam keeps no summer time, so the hour of each deadline stays.
			const requests = await tx
				.update(documentRequest)
				.set({ dueAt: sql`${documentRequest.dueAt} + ${shift} * interval '1 day'` })
				.where(eq(documentRequest.conferenceId, conferenceId))
				.returning({ id: documentRequest.id });
			if (requests.length)
				moved.push(`hạn nộp của ${requests.length} yêu cầu nộp báo cáo, tham luận`);
		}
		await tx.update(conference).set(values).where(eq(conference.id, conferenceId));
		await writeAudit(tx, {
			...actor,
			action: 'conference_updated',
			entity: 'conference',
			entityId: conferenceId,
			detail: shift ? { title: values.title, movedDays: shift } : { title: values.title }
		});
		return moved.length
			? [
					`Ngày họp ${shift > 0 ? 'lùi lại' : 'sớm lên'} ${Math.abs(shift)} ngày, nên đã dời theo: ${moved.join('; ')}.`
				]
			: [];
	});
}
