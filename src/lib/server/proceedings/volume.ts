// CONTRACT PLACEHOLDER (helper C replaces this file): gathers the kỷ yếu model from the database.
import type { ProceedingsVolume } from '$lib/domain/proceedings';
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { buildProceedingsDocx } from '../documents/proceedings';

/** Who reads the volume: the secretariat's .docx holds every chosen document; delegates only published ones. */
export type VolumeAudience = 'staff' | 'delegates';

/** The kỷ yếu as chosen by the secretariat, with signed links to the originals under `origin`. */
export async function gatherVolume(_db: Database, conference: Conference, _o: { origin: string; audience: VolumeAudience }): Promise<ProceedingsVolume> {
	return {
		conference: {
			title: conference.title,
			subject: conference.subject,
			place: conference.place,
			startsAt: conference.startsAt.toISOString(),
			issuerLines: conference.issuerLines,
			parentBody: conference.parentBody,
			locality: conference.locality
		},
		parts: []
	};
}

/** The kỷ yếu .docx and its file name. */
export async function proceedingsFile(db: Database, conference: Conference, origin: string): Promise<{ bytes: Buffer; fileName: string }> {
	return { bytes: await buildProceedingsDocx(await gatherVolume(db, conference, { origin, audience: 'staff' })), fileName: 'Ky yeu hoi nghi.docx' };
}
