// The báo cáo tổng hợp draft for Phòng Văn hóa - Xã hội: every unit's report (the latest version of
// each submission to a request of kind `report`) cut under the outline of seed 004, shown as a
// coverage table (`synthesisView`, /admin/proceedings/synthesis) and gathered into one .docx
// (`synthesisFile`, /admin/proceedings/bao-cao-tong-hop.docx; also in the archive).
import { and, asc, eq, isNull } from 'drizzle-orm';
import {
	coverage,
	coverageSummary,
	type Passage,
	type SectionizedReport
} from '$lib/domain/report-sections';
import { COVERAGE_SECTIONS, REPORT_OUTLINE, UNSORTED } from '$lib/domain/report-outline';
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import { documentRequest, documentRequestUnit, submission, submissionVersion } from '../db/schema';
import { buildSynthesisDocx, type SynthesisSection } from '../documents/synthesis';
import { sectionizeReport } from './report-blocks';
import { latestInConference, withVersions } from '../submissions/latest';
import { unitsInOrder } from '../units';

/** What a unit's row says about its report. */
export type ReportStatus = 'read' | 'unreadable' | 'missing';

export interface UnitReports {
	id: number;
	name: string;
	status: ReportStatus;
	/** Its report(s) cut under the outline; null when it sent none or none could be read. */
	report: SectionizedReport | null;
}

/**
 * The units asked for a report (not exempt) or that sent one, in unit order, each with its
 * latest version(s) cut under the outline. A unit that answered two report requests has their
 * passages one after the other.
 */
export async function gatherUnitReports(
	db: Database,
	conferenceId: number
): Promise<UnitReports[]> {
	const [units, asked, versions] = await Promise.all([
		unitsInOrder(db, conferenceId),
		db
			.selectDistinct({ unitId: documentRequestUnit.unitId })
			.from(documentRequestUnit)
			.innerJoin(documentRequest, eq(documentRequest.id, documentRequestUnit.requestId))
			.where(
				and(
					eq(documentRequest.conferenceId, conferenceId),
					eq(documentRequest.kind, 'report'),
					isNull(documentRequestUnit.exemptAt)
				)
			),
		withVersions(
			db
				.select({
					unitId: submission.unitId,
					fileKind: submissionVersion.fileKind,
					extraction: submissionVersion.extraction,
					html: submissionVersion.html,
					text: submissionVersion.text
				})
				.from(submission)
				.$dynamic()
		)
			.where(and(latestInConference(conferenceId), eq(documentRequest.kind, 'report')))
			.orderBy(asc(documentRequest.position))
	]);
	const askedIds = new Set(asked.map((a) => a.unitId));
	const sentBy = new Map<number, typeof versions>();
	for (const v of versions) sentBy.set(v.unitId, [...(sentBy.get(v.unitId) ?? []), v]);
	return units
		.filter((u) => askedIds.has(u.id) || sentBy.has(u.id))
		.map((u) => {
			const sent = sentBy.get(u.id) ?? [];
			const readable = sent.filter((v) => v.extraction === 'text' && (v.html || v.text));
			if (sent.length === 0) return { ...u, status: 'missing' as const, report: null };
			if (readable.length === 0) return { ...u, status: 'unreadable' as const, report: null };
			const reports = readable.map((v) =>
				v.fileKind === 'docx' && v.html
					? sectionizeReport(v.html, 'html')
					: sectionizeReport(v.text, 'text')
			);
			const report: SectionizedReport = {
				preamble: reports.flatMap((r) => r.preamble),
				passages: reports.flatMap((r) => r.passages),
				closing: reports.flatMap((r) => r.closing)
			};
			return { ...u, status: 'read' as const, report };
		});
}

export interface SynthesisView {
	sections: { id: string; numeral: string; title: string; short: string; level: 1 | 2 }[];
	rows: {
		unitId: number;
		name: string;
		status: ReportStatus;
		cells: Record<string, number>;
		empty: Record<string, boolean>;
	}[];
	/** "3 đơn vị chưa viết mục Chuyển đổi số: …", one line per section someone left empty, and who sent nothing. */
	summary: string[];
	/** Units that sent no report (or none that could be read). */
	notSent: string[];
}

/** The coverage table of the page: units × sections, each cell the characters written there. */
export async function synthesisView(db: Database, conference: Conference): Promise<SynthesisView> {
	const units = await gatherUnitReports(db, conference.id);
	const table = coverage(units.map((u) => ({ unit: u, report: u.report })));
	return {
		sections: COVERAGE_SECTIONS.map(({ id, numeral, title, short, level }) => ({
			id,
			numeral,
			title,
			short,
			level
		})),
		rows: table.rows.map((r) => ({
			unitId: r.unit.id,
			name: r.unit.name,
			status: r.unit.status,
			cells: r.cells,
			empty: r.empty
		})),
		summary: coverageSummary(table, (u) => u.name),
		notSent: units.filter((u) => u.status !== 'read').map((u) => u.name)
	};
}

/** Each outline section, then "Chưa xếp mục", with every unit's passages under it, in unit order. */
export function synthesisSections(units: UnitReports[]): SynthesisSection[] {
	return [...REPORT_OUTLINE, UNSORTED].map((section) => ({
		section,
		entries: units.flatMap((u) => {
			const passages: Passage[] =
				u.report?.passages.filter((p) => p.sectionId === section.id) ?? [];
			return passages.length ? [{ unitName: u.name, passages }] : [];
		})
	}));
}

/** The draft of the commune's report: each outline section with every unit's passages under it. */
export async function synthesisFile(
	db: Database,
	conference: Conference,
	now = new Date()
): Promise<{ bytes: Buffer; fileName: string }> {
	const units = await gatherUnitReports(db, conference.id);
	const bytes = await buildSynthesisDocx({
		conference,
		sections: synthesisSections(units),
		date: now,
		readFrom: units.filter((u) => u.status === 'read').map((u) => u.name),
		notSent: units.filter((u) => u.status !== 'read').map((u) => u.name)
	});
	return { bytes, fileName: 'Dự thảo báo cáo tổng hợp.docx' };
}
