import QRCode from 'qrcode';
import { reminderText } from '$lib/domain/submissions';
import { unitLink } from '$lib/domain/unit-token';
import { QR_STYLE } from '$lib/qr-style.js';
import type { Database } from '../db';
import { listUnits, unitTokenOf, type UnitRow } from './index';

/** Who asks, as a reminder names the sender. */
export const REMINDER_SENDER = 'Văn phòng HĐND và UBND xã';

/** The reminder for what a unit still owes (listUnits' `missing`), with its own link; null when it owes nothing. */
function reminderOf(u: UnitRow, link: string): string | null {
	if (u.missing.length === 0) return null;
	return reminderText({
		unitName: u.name,
		leader: u.leader,
		requests: u.missing.map((m) => ({ title: m.title, dueAt: m.dueAt })),
		link,
		sender: REMINDER_SENDER
	});
}

/** A unit's link as the secretariat hands it out: the URL, its QR (SVG) and the reminder for what is still missing. */
export async function unitLinkView(u: UnitRow, origin: string) {
	const link = unitLink(origin, unitTokenOf(u));
	return {
		link,
		qrSvg: await QRCode.toString(link, { ...QR_STYLE, type: 'svg' }),
		reminder: reminderOf(u, link)
	};
}

export interface UnitReminder {
	unitId: number;
	unitName: string;
	text: string;
}

/** One reminder per unit that still owes something it can send (the board's "Nhắc N đơn vị chưa nộp"). */
export async function unitReminders(
	db: Database,
	conferenceId: number,
	origin: string
): Promise<UnitReminder[]> {
	return (await listUnits(db, conferenceId)).flatMap((u) => {
		const text = reminderOf(u, unitLink(origin, unitTokenOf(u)));
		return text ? [{ unitId: u.id, unitName: u.name, text }] : [];
	});
}
