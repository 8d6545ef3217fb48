import QRCode from 'qrcode';
import { reminderText } from '$lib/domain/submissions';
import { unitLink } from '$lib/domain/unit-token';
import { QR_STYLE } from '$lib/qr-style.js';
import type { UnitRow } from './index';
import { unitTokenOf } from './index';

/** Who asks, as a reminder names the sender. */
export const REMINDER_SENDER = 'Văn phòng HĐND và UBND xã';

/** A unit's link as the secretariat hands it out: the URL, its QR (SVG) and the reminder for what is still missing. */
export async function unitLinkView(u: UnitRow, origin: string) {
	const link = unitLink(origin, unitTokenOf(u));
	return {
		link,
		qrSvg: await QRCode.toString(link, { ...QR_STYLE, type: 'svg' }),
		reminder:
			u.missing.length === 0
				? null
				: reminderText({ unitName: u.name, leader: u.leader, requests: u.missing.map((m) => ({ title: m.title, dueAt: m.dueAt })), link, sender: REMINDER_SENDER })
	};
}
