// CONTRACT PLACEHOLDER (helper B replaces this file): the kỷ yếu volume as .docx.
import type { ProceedingsVolume } from '$lib/domain/proceedings';
import { bodyParagraph, nd30Document, nd30Section, packDocx } from './nd30';

/** The kỷ yếu as one .docx: cover, title page, contents, the parts in order (see the domain model). */
export async function buildProceedingsDocx(volume: ProceedingsVolume): Promise<Buffer> {
	return packDocx(nd30Document([nd30Section([bodyParagraph(volume.conference.title)])], 'Kỷ yếu hội nghị'));
}
