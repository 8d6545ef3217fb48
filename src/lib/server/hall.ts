import QRCode from 'qrcode';
import { currentHallCode, hallLink } from '$lib/domain/hall-code';
import type { Conference } from './db/schema';
import { serverSecret } from './secret';

/** What the entrance screen shows now: the hall link of this 30-second window as a QR. */
export async function hallScreen(conference: Conference, origin: string) {
	const now = Date.now();
	const { code, changesAt } = currentHallCode(serverSecret(), conference.id, now);
	const link = hallLink(origin, code);
	const qrSvg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return { code, link, qrSvg, changesAt, serverTime: now, conferenceTitle: conference.title, place: conference.place };
}
export type HallScreen = Awaited<ReturnType<typeof hallScreen>>;
