// The kỷ yếu gathered from the database: which submissions may go in (the latest version of each,
// in each part's default order), the secretariat's choice applied (./choice.ts), and the parts made
// of what the app already knows — the programme with its timings, the finalized biên bản, the
// attendance list. Both forms are made from it: the .docx (../documents/proceedings.ts) and the
// delegates' page (src/routes/d/[token]/proceedings), which only ever gets published documents.
import { inArray } from 'drizzle-orm';
import { conclusionPoints } from '$lib/domain/minutes';
import {
	applyChoice,
	PART_OF_KIND,
	PART_TITLES,
	PROCEEDINGS_PARTS,
	partLabels,
	volumeDocumentTitle,
	type DocumentPart,
	type OutlineDocument,
	type OutlinePart,
	type ProceedingsChoice,
	type ProceedingsPart,
	type ProceedingsVolume,
	type VolumeDocument,
	type VolumePart,
	type VolumeProgrammeRow
} from '$lib/domain/proceedings';
import { presenterLine, schedule } from '$lib/domain/programme';
import { listAgenda, type AgendaRow } from '../agenda';
import { actualTimings } from '../agenda/meeting';
import { attendanceBoard } from '../checkin/board';
import type { Database, Executor } from '../db';
import {
	agendaItem,
	documentRequest,
	submission,
	submissionVersion,
	unit,
	type Conference
} from '../db/schema';
import { listedByGroup } from '../documents/attendance-list';
import { buildProceedingsDocx } from '../documents/proceedings';
import { currentMinutes } from '../minutes/record';
import { latestOfConference } from '../submissions/latest';
import { loadChoice } from './choice';
import { originalLink } from './links';

/** Who reads the volume: the secretariat's .docx holds every chosen document; delegates only published ones. */
export type VolumeAudience = 'staff' | 'delegates';

/** What a part lacks, shown beside it in the outline. */
export const PART_EMPTY: Record<ProceedingsPart, string> = {
	plan: 'Chưa có kế hoạch được gửi',
	programme: 'Chưa có chương trình hội nghị',
	reports: 'Chưa có báo cáo được gửi',
	speeches: 'Chưa có tham luận được gửi',
	minutes: 'Biên bản chưa hoàn thành',
	attendance: 'Chưa có danh sách đại biểu'
};

/** Every submission that may go in, as its latest version, without its text (ordered later). */
async function latestSubmissions(db: Executor, conferenceId: number) {
	const columns = {
		submissionId: submission.id,
		publishedAt: submission.publishedAt,
		kind: documentRequest.kind,
		requestTitle: documentRequest.title,
		topic: documentRequest.topic,
		agendaItemId: documentRequest.agendaItemId,
		agendaPosition: agendaItem.position,
		requestPosition: documentRequest.position,
		unitName: unit.name,
		unitPosition: unit.position,
		versionId: submissionVersion.id,
		version: submissionVersion.version,
		linkVersion: submissionVersion.linkVersion,
		fileName: submissionVersion.fileName,
		fileKind: submissionVersion.fileKind,
		size: submissionVersion.size,
		sha256: submissionVersion.sha256,
		submittedAt: submissionVersion.submittedAt,
		late: submissionVersion.late,
		extraction: submissionVersion.extraction
	};
	return latestOfConference(
		db.select(columns).from(submission).$dynamic(),
		conferenceId,
		inArray(documentRequest.kind, ['plan', 'synthesis', 'report', 'speech'])
	);
}
type Candidate = Awaited<ReturnType<typeof latestSubmissions>>[number] & {
	part: DocumentPart;
	speaker: string | null;
};

const UNPLACED = Number.MAX_SAFE_INTEGER;

/**
 * The default order within a part: the synthesized report before the units' reports, these in unit
 * order; tham luận in the order of their programme items (those without one after); the plan by
 * request. Ties go by request, then unit, then submission.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
	const byKind = Number(b.kind === 'synthesis') - Number(a.kind === 'synthesis');
	const first =
		a.part === 'reports'
			? a.unitPosition - b.unitPosition
			: a.part === 'speeches'
				? (a.agendaPosition ?? UNPLACED) - (b.agendaPosition ?? UNPLACED)
				: 0;
	return (
		byKind ||
		first ||
		a.requestPosition - b.requestPosition ||
		a.unitPosition - b.unitPosition ||
		a.submissionId - b.submissionId
	);
}

const contentKindOf = (
	c: Pick<Candidate, 'fileKind' | 'extraction'>
): VolumeDocument['content']['kind'] =>
	c.extraction !== 'text' ? 'scanned' : c.fileKind === 'docx' ? 'html' : 'text';

/** Everything the volume may hold, each part's documents in the default order, before the choice. */
async function gatherCandidates(db: Database, conferenceId: number) {
	const [rows, agenda, minutes, board] = await Promise.all([
		latestSubmissions(db, conferenceId),
		listAgenda(db, conferenceId),
		currentMinutes(db, conferenceId),
		attendanceBoard(db, conferenceId)
	]);
	const itemOf = new Map(agenda.map((item) => [item.id, item]));
	const candidates: Candidate[] = [];
	for (const row of rows) {
		const part = PART_OF_KIND[row.kind];
		if (!part) continue;
		const item = row.agendaItemId === null ? undefined : itemOf.get(row.agendaItemId);
		candidates.push({
			...row,
			part,
			speaker: row.kind === 'speech' && item?.presenter ? item.presenter : null
		});
	}
	candidates.sort(compareCandidates);
	const finalized = minutes.current?.finalizedAt ? minutes.current : null;
	return { candidates, agenda, finalized, board };
}

function outlineDocument(c: Candidate): OutlineDocument {
	return {
		submissionId: c.submissionId,
		versionId: c.versionId,
		version: c.version,
		title: volumeDocumentTitle(c.kind, c.requestTitle, c.topic),
		unitName: c.unitName,
		speaker: c.speaker,
		submittedAt: c.submittedAt.toISOString(),
		published: c.publishedAt !== null,
		contentKind: contentKindOf(c),
		included: true
	};
}

/** The outline in the default order (everything ticked), with what each part lacks. */
function defaultOutline(g: Awaited<ReturnType<typeof gatherCandidates>>): OutlinePart[] {
	return PROCEEDINGS_PARTS.map((key) => {
		const documents = g.candidates.filter((c) => c.part === key).map(outlineDocument);
		const empty =
			key === 'programme'
				? g.agenda.length === 0
				: key === 'minutes'
					? g.finalized === null
					: key === 'attendance'
						? g.board.people.length === 0
						: documents.length === 0;
		return {
			key,
			title: PART_TITLES[key],
			included: true,
			documents,
			status: empty ? PART_EMPTY[key] : null
		};
	});
}

/**
 * What the secretariat's page starts from: the outline in the DEFAULT order (everything ticked) and
 * the saved choice, so the browser can run applyChoice on every tick and move for the live outline.
 */
export async function outlineAndChoice(
	db: Database,
	conference: Conference
): Promise<{ defaults: OutlinePart[]; choice: ProceedingsChoice }> {
	const [g, choice] = await Promise.all([
		gatherCandidates(db, conference.id),
		loadChoice(db, conference.id)
	]);
	return { defaults: defaultOutline(g), choice };
}

/** What the secretariat's page shows: every candidate in the default order with the saved choice applied. */
export async function proceedingsOutline(
	db: Database,
	conference: Conference
): Promise<OutlinePart[]> {
	const { defaults, choice } = await outlineAndChoice(db, conference);
	return applyChoice(defaults, choice);
}

/** The readable text of the chosen versions, by version id, in one query. */
async function contentsOf(
	db: Executor,
	candidates: Candidate[]
): Promise<Map<number, VolumeDocument['content']>> {
	const ids = candidates.filter((c) => contentKindOf(c) !== 'scanned').map((c) => c.versionId);
	const rows = ids.length
		? await db
				.select({
					id: submissionVersion.id,
					html: submissionVersion.html,
					text: submissionVersion.text
				})
				.from(submissionVersion)
				.where(inArray(submissionVersion.id, ids))
		: [];
	const byId = new Map(rows.map((r) => [r.id, r]));
	return new Map(
		candidates.map((c): [number, VolumeDocument['content']] => {
			const row = byId.get(c.versionId);
			const kind = contentKindOf(c);
			if (kind === 'html' && row) return [c.versionId, { kind: 'html', html: row.html }];
			if (kind === 'text' && row) return [c.versionId, { kind: 'text', text: row.text }];
			return [c.versionId, { kind: 'scanned' }];
		})
	);
}

/** The programme as planned from the conference's start, with each item's actual start and spoken time. */
function programmeRows(
	agenda: AgendaRow[],
	startsAt: Date,
	timings: Awaited<ReturnType<typeof actualTimings>>
): VolumeProgrammeRow[] {
	const timed = new Map(timings.map((t) => [t.itemId, t]));
	return schedule(agenda, startsAt).entries.map(({ item, startsAt: plannedStart }, i) => {
		const t = timed.get(item.id);
		return {
			position: i + 1,
			title: item.title,
			presenter: presenterLine(item),
			plannedStart: plannedStart.toISOString(),
			plannedSeconds: item.plannedSeconds,
			actualStart: t ? new Date(t.startedAt).toISOString() : null,
			spokenMs: t ? t.spokenMs : null
		};
	});
}

/** The kỷ yếu as chosen by the secretariat, with signed links to the originals under `origin`. */
export async function gatherVolume(
	db: Database,
	conference: Conference,
	o: { origin: string; audience: VolumeAudience }
): Promise<ProceedingsVolume> {
	const [g, choice, timings] = await Promise.all([
		gatherCandidates(db, conference.id),
		loadChoice(db, conference.id),
		actualTimings(db, conference.id)
	]);
	const outline = applyChoice(defaultOutline(g), choice).filter((p) => p.included);
	const labels = partLabels(outline);
	const bySubmission = new Map(g.candidates.map((c) => [c.submissionId, c]));
	const chosen = new Map(
		outline.map((p) => [
			p.key,
			p.documents
				.filter((d) => d.included && (o.audience === 'staff' || d.published))
				.map((d) => bySubmission.get(d.submissionId)!)
		])
	);
	const contents = await contentsOf(db, [...chosen.values()].flat());
	const parts = outline.map((p): VolumePart => {
		const head = { label: labels.get(p.key)!, title: PART_TITLES[p.key] };
		switch (p.key) {
			case 'programme':
				return { key: p.key, ...head, rows: programmeRows(g.agenda, conference.startsAt, timings) };
			case 'minutes': {
				const m = g.finalized;
				return {
					key: p.key,
					...head,
					minutes: m
						? {
								revision: m.revision,
								finalizedAt: m.finalizedAt!.toISOString(),
								sections: m.body.sections,
								conclusions: conclusionPoints(m.body.sections),
								minutesNumber: conference.minutesNumber,
								conclusionNumber: conference.conclusionNumber
							}
						: null
				};
			}
			case 'attendance':
				return {
					key: p.key,
					...head,
					groups: listedByGroup(g.board).map((group) => ({
						name: group.name,
						people: group.people.map((person) => ({
							fullName: person.fullName,
							position: person.position,
							organisation: person.organisation,
							groupName: group.name,
							arrivedAt: person.arrivedAt ? person.arrivedAt.toISOString() : null,
							isWalkIn: person.isWalkIn
						}))
					}))
				};
			default:
				return {
					key: p.key,
					...head,
					documents: (chosen.get(p.key) ?? []).map((c): VolumeDocument => ({
						submissionId: c.submissionId,
						versionId: c.versionId,
						version: c.version,
						kind: c.kind,
						title: volumeDocumentTitle(c.kind, c.requestTitle, c.topic),
						unitName: c.unitName,
						speaker: c.speaker,
						submittedAt: c.submittedAt.toISOString(),
						late: c.late,
						fileName: c.fileName,
						fileKind: c.fileKind,
						size: c.size,
						sha256: c.sha256,
						published: c.publishedAt !== null,
						originalUrl: originalLink(o.origin, { id: c.versionId, linkVersion: c.linkVersion }),
						content: contents.get(c.versionId)!
					}))
				};
		}
	});
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
		parts
	};
}

/** The kỷ yếu .docx and its file name. */
export async function proceedingsFile(
	db: Database,
	conference: Conference,
	origin: string
): Promise<{ bytes: Buffer; fileName: string }> {
	return {
		bytes: await buildProceedingsDocx(
			await gatherVolume(db, conference, { origin, audience: 'staff' })
		),
		fileName: 'Kỷ yếu hội nghị.docx'
	};
}
