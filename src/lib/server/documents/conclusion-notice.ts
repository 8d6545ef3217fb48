/**
 * Thông báo kết luận (ND30 mẫu 1.4): the chair's conclusions at the meeting, sent to those who must
 * act on them. The full header, THÔNG BÁO and its trích yếu, an opening paragraph (when, where, who
 * chaired, who attended), the conclusions as numbered points, the issuing body's signature.
 */
import type { Paragraph } from 'docx';
import { formatNd30Date } from '$lib/domain/dates';
import type { Conference } from '../db/schema';
import { RuleError } from '../http/errors';
import {
	bodyParagraph,
	documentTitle,
	headerBlock,
	nd30Document,
	nd30Section,
	packDocx
} from './nd30';
import { endingWithArchive, signatureBlock } from './nd30-signature';

export interface ConclusionNoticeInput {
	conference: Pick<
		Conference,
		| 'title'
		| 'place'
		| 'parentBody'
		| 'issuerLines'
		| 'locality'
		| 'chairName'
		| 'chairTitle'
		| 'signerAuthority'
		| 'signerTitle'
		| 'signerName'
		| 'conclusionNumber'
	>;
	/** The day the meeting took place (meetingDay in src/lib/domain/timer.ts); only the day is printed. */
	meetingAt: Date;
	/** The notice's date (place-date line). */
	issuedOn: Date;
	/** Who attended, one sentence: "Tham dự hội nghị có 92/100 đại biểu được mời, gồm: …". */
	attendeesLine: string;
	conclusions: string[];
	recipients: string[];
}

/** A notice without conclusions would announce nothing: a broken rule, answered 400 with the message. */
export class NoConclusionsError extends RuleError {
	constructor() {
		super('Chưa có kết luận của chủ tọa: hãy ghi kết luận trong biên bản trước khi lập thông báo.');
		this.name = 'NoConclusionsError';
	}
}

/** What an unnumbered notice prints after "Số: ": room to write the number by hand. */
export const BLANK_CONCLUSION_NUMBER = '      /TB-UBND';

/** The meeting's name after "tại Hội nghị …": the title without its own leading "Hội nghị". */
function meetingName(title: string): string {
	return title.trim().replace(/^hội nghị\s+/i, '');
}

/**
 * Who concluded, as the notice names them: the chair's title as set ("Chủ tịch UBND xã"), which is
 * already how a commune writes it in running text; "chủ tọa" when none is set.
 */
function concluder(chairTitle: string): string {
	return chairTitle.trim() || 'chủ tọa';
}

const sentence = (text: string) => text.trim().replace(/[.;,:]+$/, '');

/** The conclusions as the notice's numbered points (also the kỷ yếu's), the last closed with "./." as ND30 closes a body. */
export function conclusionParagraphs(conclusions: readonly string[]): Paragraph[] {
	const points = conclusions.map(sentence).filter(Boolean);
	const last = points.length - 1;
	return points.map((point, i) => bodyParagraph(`${i + 1}. ${point}${i === last ? './.' : '.'}`));
}

export async function buildConclusionNoticeDocx(input: ConclusionNoticeInput): Promise<Buffer> {
	const points = input.conclusions.map(sentence).filter(Boolean);
	if (points.length === 0) throw new NoConclusionsError();

	const c = input.conference;
	const who = concluder(c.chairTitle);
	const when = formatNd30Date(input.meetingAt);
	const attendees = input.attendeesLine.trim();
	const opening = [
		`${when.charAt(0).toLocaleUpperCase('vi')}${when.slice(1)}, tại ${c.place.trim()}, đồng chí ${c.chairName.trim()}, ${who} chủ trì ${c.title.trim()}.`,
		...(attendees ? [attendees] : [])
	].join(' ');
	const body = [
		bodyParagraph(opening),
		bodyParagraph(
			`Sau khi nghe các báo cáo, tham luận và ý kiến phát biểu của đại biểu, đồng chí ${who} kết luận như sau:`
		),
		...conclusionParagraphs(points)
	];
	const section = nd30Section(
		[
			headerBlock({
				parentBody: c.parentBody,
				issuerLines: c.issuerLines,
				number: c.conclusionNumber.trim() || BLANK_CONCLUSION_NUMBER,
				locality: c.locality,
				date: input.issuedOn
			}),
			...documentTitle('Thông báo', `Kết luận của ${who} tại Hội nghị ${meetingName(c.title)}`),
			...body,
			signatureBlock(
				{ authority: c.signerAuthority, title: c.signerTitle, name: c.signerName },
				endingWithArchive(input.recipients, 'Lưu: VT, VP')
			)
		],
		{ pageNumbers: true }
	);
	return packDocx(nd30Document([section], `Thông báo kết luận - ${c.title}`));
}
