/** Fixtures and readers shared by the documents' tests. */
import JSZip from 'jszip';
import type { BoardPerson } from '../checkin/board';

/** A maker of board people in the given groups, each with its own id; `extra` overrides the defaults. */
export function boardPeople(groups: readonly { id: number; name: string }[]) {
	let nextId = 1;
	return (groupId: number, fullName: string, extra: Partial<BoardPerson> = {}): BoardPerson => ({
		id: nextId++,
		fullName,
		position: 'Ủy viên',
		organisation: '',
		phone: null,
		groupId,
		groupName: groups.find((g) => g.id === groupId)!.name,
		reply: 'pending',
		absenceReason: null,
		isWalkIn: false,
		arrivedAt: null,
		method: null,
		device: null,
		...extra
	});
}

const runsText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Each non-empty paragraph's text, its runs joined as they print. */
export function paragraphTexts(xml: string): string[] {
	return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => runsText(p[0])).filter(Boolean);
}

/** The body's XML and all the page headers' XML of a .docx. */
export async function docxParts(buffer: Buffer) {
	const zip = await JSZip.loadAsync(buffer);
	const headers = await Promise.all(
		Object.keys(zip.files)
			.filter((name) => /^word\/header\d+\.xml$/.test(name))
			.map((name) => zip.file(name)!.async('string'))
	);
	return { xml: await zip.file('word/document.xml')!.async('string'), headers: headers.join('\n') };
}
