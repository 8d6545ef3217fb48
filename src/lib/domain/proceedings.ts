// The kỷ yếu (proceedings): what it holds, in which order, and the model both of its forms are
// made from — the .docx volume (src/lib/server/documents/proceedings.ts) and the delegates' web page
// (src/routes/d/[token]/proceedings). Gathered by src/lib/server/proceedings/volume.ts.
import type { DocumentKind, FileKind } from './documents';
import type { MinutesSection } from './minutes';

/** The parts of the volume, in the order they are printed (the cover, title page and contents come first). */
export const PROCEEDINGS_PARTS = [
	'plan',
	'programme',
	'reports',
	'speeches',
	'minutes',
	'attendance'
] as const;
export type ProceedingsPart = (typeof PROCEEDINGS_PARTS)[number];

/** The parts made of submitted documents: the secretariat ticks and reorders their documents. */
export const DOCUMENT_PARTS = ['plan', 'reports', 'speeches'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** Part titles as printed after their numeral ("I. KẾ HOẠCH TỔ CHỨC HỘI NGHỊ"). */
export const PART_TITLES: Record<ProceedingsPart, string> = {
	plan: 'Kế hoạch tổ chức hội nghị',
	programme: 'Chương trình hội nghị',
	reports: 'Báo cáo',
	speeches: 'Tham luận',
	minutes: 'Thông báo kết luận và biên bản hội nghị',
	attendance: 'Danh sách đại biểu tham dự'
};

/** The appendix is not numbered: it is "Phụ lục". */
export const APPENDIX_LABEL = 'Phụ lục';

/** Which part a document of a request kind belongs to; `other` documents are not in the kỷ yếu. */
export const PART_OF_KIND: Record<DocumentKind, DocumentPart | null> = {
	plan: 'plan',
	synthesis: 'reports',
	report: 'reports',
	speech: 'speeches',
	other: null
};

/**
 * What the secretariat chose, as stored (proceedings_choice.choice; read by proceedingsChoiceSchema
 * in ./proceedings-schema). Absent entries take the
 * default: every part and every document in, in the default order (the synthesized report first,
 * then the units' reports in unit order; tham luận in agenda order). A document submitted after the
 * choice was saved comes in, at the end of its part.
 */
export interface ProceedingsChoice {
	/** Parts left out. */
	omittedParts: ProceedingsPart[];
	/** Submissions (submission.id) left out. */
	omittedDocuments: number[];
	/** Per document part, submission ids in the chosen order; ids not listed follow in the default order. */
	order: Partial<Record<DocumentPart, number[]>>;
}

export const DEFAULT_CHOICE: ProceedingsChoice = {
	omittedParts: [],
	omittedDocuments: [],
	order: {}
};

/** A submission that may go into a document part, before the choice is applied. */
export interface CandidateDocument {
	submissionId: number;
	part: DocumentPart;
	/** Position in the part's default order (0, 1, …). */
	defaultRank: number;
}

/** One document in the volume: the latest version of a submission. */
export interface VolumeDocument {
	submissionId: number;
	/** submission_version.id: the signed link names it. */
	versionId: number;
	version: number;
	kind: DocumentKind;
	/** The request's title with the unit's own title when it differs ("Tham luận: …"). */
	title: string;
	unitName: string;
	/** For a tham luận: who presents it, from its programme item ("Đ/c Đặng Thị Thu Hà, Chánh Văn phòng"). */
	speaker: string | null;
	/** ISO time of the version. */
	submittedAt: string;
	late: boolean;
	fileName: string;
	fileKind: FileKind;
	size: number;
	sha256: string;
	/** Published to delegates (the web kỷ yếu shows only these). */
	published: boolean;
	/** The signed, revocable link to exactly this file: `ORIGIN/f/VERSION_ID/TOKEN`. */
	originalUrl: string;
	/**
	 * Its text: the sanitised HTML of a .docx (mammoth's, to the allow-list of
	 * src/lib/server/submissions/sanitize.ts), the extracted text of a PDF, or nothing for a scan
	 * ("xem bản gốc" with the link).
	 */
	content: { kind: 'html'; html: string } | { kind: 'text'; text: string } | { kind: 'scanned' };
}

/** A programme row: planned and, once run, actual times. */
export interface VolumeProgrammeRow {
	position: number;
	title: string;
	presenter: string;
	/** ISO planned start (from the conference's start and the planned durations). */
	plannedStart: string;
	plannedSeconds: number;
	/** ISO actual start from the timer log; null when the item was not timed. */
	actualStart: string | null;
	/** Time spoken, ms; null when not timed. */
	spokenMs: number | null;
}

/** One person of the attendance appendix (no phone numbers: the web form reaches delegates). */
export interface VolumeAttendee {
	fullName: string;
	position: string;
	organisation: string;
	groupName: string;
	/** ISO check-in time; null when absent. */
	arrivedAt: string | null;
	isWalkIn: boolean;
}

export type VolumePart =
	| { key: DocumentPart; label: string; title: string; documents: VolumeDocument[] }
	| { key: 'programme'; label: string; title: string; rows: VolumeProgrammeRow[] }
	| {
			key: 'minutes';
			label: string;
			title: string;
			/** The finalized biên bản and its conclusions; null: "chưa hoàn thành". */
			minutes: {
				revision: number;
				finalizedAt: string;
				sections: MinutesSection[];
				conclusions: string[];
				minutesNumber: string;
				conclusionNumber: string;
			} | null;
	  }
	| {
			key: 'attendance';
			label: string;
			title: string;
			groups: { name: string; people: VolumeAttendee[] }[];
	  };

/** The whole kỷ yếu, ready to print or to show. */
export interface ProceedingsVolume {
	conference: {
		title: string;
		subject: string;
		place: string;
		/** ISO start of the meeting. */
		startsAt: string;
		issuerLines: string[];
		parentBody: string | null;
		locality: string;
	};
	/** The included parts, in print order, each labelled "I.", "II.", … or "Phụ lục". */
	parts: VolumePart[];
}

/** One document as the secretariat's outline shows it (before and after the choice). */
export interface OutlineDocument {
	submissionId: number;
	versionId: number;
	version: number;
	title: string;
	unitName: string;
	speaker: string | null;
	/** ISO time of the version. */
	submittedAt: string;
	published: boolean;
	contentKind: VolumeDocument['content']['kind'];
	included: boolean;
}

/** One part as the outline shows it; `documents` is empty for the parts not made of documents. */
export interface OutlinePart {
	key: ProceedingsPart;
	title: string;
	included: boolean;
	documents: OutlineDocument[];
	/** What the part lacks, shown beside it: "Biên bản chưa hoàn thành", "Chưa có kế hoạch được gửi". */
	status: string | null;
}

/** A part's anchor in the web page and its bookmark in the .docx. */
export const partAnchor = (key: ProceedingsPart) => `phan-${key}`;
/** A document's anchor in the web page and its bookmark in the .docx. */
export const documentAnchor = (submissionId: number) => `tai-lieu-${submissionId}`;

const isDocumentPart = (key: ProceedingsPart): key is DocumentPart =>
	(DOCUMENT_PARTS as readonly string[]).includes(key);

/**
 * The outline as the secretariat chose it: `parts` in the default order (their `included` flags are
 * not read), each part and document ticked from the choice, each document part's documents in the
 * chosen order, the ones the choice does not list (submitted after it was saved) after them in the
 * default order. Ids in the choice that are no longer candidates are ignored. Pure: the browser
 * runs it for the live outline.
 */
export function applyChoice(parts: OutlinePart[], choice: ProceedingsChoice): OutlinePart[] {
	const omittedParts = new Set(choice.omittedParts);
	const omittedDocuments = new Set(choice.omittedDocuments);
	return parts.map((part) => {
		const order = isDocumentPart(part.key) ? (choice.order[part.key] ?? []) : [];
		const rank = new Map<number, number>();
		for (const id of order) if (!rank.has(id)) rank.set(id, rank.size);
		const documents = part.documents
			.map((d, i) => ({ d, i }))
			.sort(
				(a, b) =>
					(rank.get(a.d.submissionId) ?? rank.size + a.i) -
					(rank.get(b.d.submissionId) ?? rank.size + b.i)
			)
			.map(({ d }) => ({ ...d, included: !omittedDocuments.has(d.submissionId) }));
		return { ...part, included: !omittedParts.has(part.key), documents };
	});
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "I.", "II.", … for the included numbered parts in their order; "Phụ lục" for the attendance list. */
export function partLabels(
	parts: readonly { key: ProceedingsPart; included: boolean }[]
): Map<ProceedingsPart, string> {
	const labels = new Map<ProceedingsPart, string>();
	let n = 0;
	for (const part of parts) {
		if (!part.included) continue;
		labels.set(part.key, part.key === 'attendance' ? APPENDIX_LABEL : `${ROMAN[n++]}.`);
	}
	return labels;
}

/**
 * A submitted document's title as the kỷ yếu and the biên bản print it: a tham luận by its topic
 * ("Tham luận: Ứng dụng chuyển đổi số…", the request's title when it has none), anything else by
 * the request's title.
 */
export function volumeDocumentTitle(
	kind: DocumentKind,
	requestTitle: string,
	topic: string | null
): string {
	return kind === 'speech' ? `Tham luận: ${topic?.trim() || requestTitle}` : requestTitle;
}
