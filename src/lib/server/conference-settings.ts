import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
	DATE_TIME_INPUT_HINT,
	DAY_INPUT_HINT,
	daysBetween,
	formatDateTime,
	formatIsoDay,
	parseVnDateTime,
	parseVnDay,
	shiftIsoDay,
	vnIsoDay
} from '$lib/domain/dates';
import { cleanText, optionalText, textField } from '$lib/domain/fields';
import { writeAudit, type Actor } from './audit';
import type { Database } from './db';
import { conference, documentRequest, type Conference } from './db/schema';
import { NotFoundError } from './http/errors';

const text = (label: string, max = 300) =>
	cleanText(max, `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`, {
		required: `Vui lòng nhập ${label}.`
	});
const optional = (max = 300) => optionalText(max);
/** One entry per non-empty line of a textarea. */
const lines = (max: number) =>
	textField().transform((v) =>
		v
			.split(/\r?\n/)
			.map((l) => l.trim().normalize('NFC'))
			.filter(Boolean)
			.slice(0, max)
	);
/** A moment typed "24/04/2026 08:00" (parseVnDateTime); `label` names it in the message. */
export const dateTimeField = (label: string) =>
	textField().transform((v, ctx) => {
		const date = parseVnDateTime(v);
		if (!date) {
			ctx.addIssue({
				code: 'custom',
				message: v.trim()
					? `${label[0]!.toUpperCase()}${label.slice(1)} chưa đúng: “${v.trim()}” (${DATE_TIME_INPUT_HINT}).`
					: `Vui lòng nhập ${label}.`
			});
			return z.NEVER;
		}
		return date;
	});

/** An optional day typed dd/mm/yyyy, stored as "2026-04-20"; empty is null. */
const optionalDay = (label: string) =>
	textField()
		.trim()
		.transform((v, ctx) => {
			if (v === '') return null;
			const day = parseVnDay(v);
			if (!day) {
				ctx.addIssue({
					code: 'custom',
					message: `${label} không đúng: “${v}” (${DAY_INPUT_HINT}).`
				});
				return z.NEVER;
			}
			return day;
		});

export const settingsSchema = z
	.object({
		title: text('tên hội nghị', 500),
		subject: text('trích yếu', 500),
		place: text('địa điểm'),
		startsAt: dateTimeField('thời gian bắt đầu'),
		endsAt: dateTimeField('thời gian kết thúc'),
		chairName: text('họ tên người chủ trì', 120),
		chairTitle: text('chức vụ người chủ trì', 200),
		parentBody: optional(),
		issuerLines: lines(3).pipe(z.array(z.string()).min(1, 'Vui lòng nhập tên cơ quan ban hành.')),
		issuerShortName: text('tên cơ quan trong câu mời'),
		locality: text('địa danh ghi trước ngày tháng', 100),
		signerAuthority: optional(100),
		signerTitle: text('chức vụ người ký', 100),
		signerName: text('họ tên người ký', 120),
		invitationNumber: textField().trim().max(50, 'Số giấy mời tối đa 50 ký tự.'),
		invitationIssuedOn: optionalDay('Ngày ban hành'),
		submissionsDueOn: optionalDay('Hạn gửi báo cáo, tham luận'),
		invitationNotes: lines(10),
		invitationRecipients: lines(15),
		contactInfo: cleanText(300, 'Thông tin liên hệ tối đa 300 ký tự.'),
		secretaryName: cleanText(120, 'Họ tên thư ký tối đa 120 ký tự.'),
		secretaryTitle: cleanText(200, 'Chức vụ thư ký tối đa 200 ký tự.'),
		minutesNumber: textField().trim().max(50, 'Số biên bản tối đa 50 ký tự.'),
		conclusionNumber: textField().trim().max(50, 'Số thông báo kết luận tối đa 50 ký tự.')
	})
	.refine((s) => s.endsAt > s.startsAt, {
		message: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
		path: ['endsAt']
	});
export type ConferenceSettings = z.output<typeof settingsSchema>;

/** The settings form's fields as the page fills them from the stored conference (what settingsSchema reads back). */
export function settingsFormValues(
	c: Conference
): Record<keyof typeof settingsSchema.shape, string> {
	return {
		title: c.title,
		subject: c.subject,
		place: c.place,
		startsAt: formatDateTime(c.startsAt),
		endsAt: formatDateTime(c.endsAt),
		chairName: c.chairName,
		chairTitle: c.chairTitle,
		parentBody: c.parentBody ?? '',
		issuerLines: c.issuerLines.join('\n'),
		issuerShortName: c.issuerShortName,
		locality: c.locality,
		signerAuthority: c.signerAuthority ?? '',
		signerTitle: c.signerTitle,
		signerName: c.signerName,
		invitationNumber: c.invitationNumber,
		invitationIssuedOn: c.invitationIssuedOn ? formatIsoDay(c.invitationIssuedOn) : '',
		submissionsDueOn: c.submissionsDueOn ? formatIsoDay(c.submissionsDueOn) : '',
		invitationNotes: c.invitationNotes.join('\n'),
		invitationRecipients: c.invitationRecipients.join('\n'),
		contactInfo: c.contactInfo,
		secretaryName: c.secretaryName,
		secretaryTitle: c.secretaryTitle,
		minutesNumber: c.minutesNumber,
		conclusionNumber: c.conclusionNumber
	};
}

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
