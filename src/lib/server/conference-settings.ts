import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fromVnDateTimeLocal } from '$lib/domain/dates';
import { cleanText, optionalText, textField } from '$lib/domain/fields';
import { writeAudit, type Actor } from './audit';
import type { Database } from './db';
import { conference } from './db/schema';

const text = (label: string, max = 300) =>
	cleanText(max, `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`, { required: `Vui lòng nhập ${label}.` });
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
const dateTime = (label: string) =>
	textField().transform((v, ctx) => {
		const date = fromVnDateTimeLocal(v);
		if (!date) {
			ctx.addIssue({ code: 'custom', message: `Vui lòng chọn ${label}.` });
			return z.NEVER;
		}
		return date;
	});

/** "2026-04-20": a day that exists (not 30 February) in a year a conference can have. */
function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	const year = date.getUTCFullYear();
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= 2000 && year <= 2100;
}

export const settingsSchema = z
	.object({
		title: text('tên hội nghị', 500),
		subject: text('trích yếu', 500),
		place: text('địa điểm'),
		startsAt: dateTime('thời gian bắt đầu'),
		endsAt: dateTime('thời gian kết thúc'),
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
		invitationIssuedOn: textField()
			.trim()
			.refine((v) => v === '' || isCalendarDay(v), 'Ngày ban hành không đúng.')
			.transform((v) => v || null),
		invitationNotes: lines(10),
		invitationRecipients: lines(15),
		contactInfo: cleanText(300, 'Thông tin liên hệ tối đa 300 ký tự.')
	})
	.refine((s) => s.endsAt > s.startsAt, { message: 'Thời gian kết thúc phải sau thời gian bắt đầu.', path: ['endsAt'] });
export type ConferenceSettings = z.output<typeof settingsSchema>;

export async function updateConferenceSettings(db: Database, actor: Actor, conferenceId: number, input: ConferenceSettings) {
	await db.transaction(async (tx) => {
		await tx.update(conference).set(input).where(eq(conference.id, conferenceId));
		await writeAudit(tx, { ...actor, action: 'conference_updated', entity: 'conference', entityId: conferenceId });
	});
}
