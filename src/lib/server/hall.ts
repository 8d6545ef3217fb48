import QRCode from 'qrcode';
import { currentHallCode, formatHallShortCode, hallLink } from '$lib/domain/hall-code';
import { QR_STYLE } from '$lib/qr-style.js';
import type { Conference } from './db/schema';
import { serverSecret } from './secret';

/**
 * What the entrance screen shows now: the hall link of this 30-second window as a QR, and the
 * short code under it that a delegate types on their own page instead.
 */
export async function hallScreen(conference: Conference, origin: string) {
	const now = Date.now();
	const { code, shortCode, changesAt } = currentHallCode(serverSecret(), conference.id, now);
	const link = hallLink(origin, code);
	const qrSvg = await QRCode.toString(link, { ...QR_STYLE, type: 'svg' });
	return {
		code,
		shortCode: formatHallShortCode(shortCode),
		link,
		qrSvg,
		changesAt,
		serverTime: now,
		conferenceTitle: conference.title,
		place: conference.place
	};
}
export type HallScreen = Awaited<ReturnType<typeof hallScreen>>;
