// CONTRACT PLACEHOLDER (helper A replaces this file): the báo cáo tổng hợp draft.
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { bodyParagraph, nd30Document, nd30Section, packDocx } from '../documents/nd30';

/** The draft of the commune's report: each outline section with every unit's passages under it. */
export async function synthesisFile(_db: Database, conference: Conference): Promise<{ bytes: Buffer; fileName: string }> {
	const bytes = await packDocx(nd30Document([nd30Section([bodyParagraph(conference.title)])], 'Báo cáo tổng hợp'));
	return { bytes, fileName: 'Du thao bao cao tong hop.docx' };
}
