// The demo's files, so the board shows every state on the first look: the Văn phòng's report
// (seed 004) on time, the Văn phòng's tham luận on time, Phòng Kinh tế's tham luận late, the rest
// missing; and the plan (seed 000), so the kỷ yếu opens with it. The ones on time are published, so
// a delegate has something to read. The files are real
// .docx read by the app's own intake and reader, exactly as if a unit had sent them.
import { createHash } from 'node:crypto';
import { isLate } from '$lib/domain/submissions';
import type { Executor } from '../db';
import { documentRequest, documentRequestUnit, submission, submissionVersion } from '../db/schema';
import { extractDocument, type Extracted } from '../submissions/intake';
import { sniffDocument } from '../submissions/sniff';
import { eq } from 'drizzle-orm';
import {
	buildPlanDocx,
	buildSpeechDocx,
	buildUnitReportDocx,
	type SpeechText
} from './report-docx';
import planText from './seed-000-plan.txt?raw';
import reportText from './seed-004-report.txt?raw';

const vn = (local: string) => new Date(`${local}+07:00`);

const OFFICE = 'Văn phòng HĐND và UBND xã';
const ECONOMY = 'Phòng Kinh tế';

const OFFICE_SPEECH: SpeechText = {
	issuerLines: ['UBND XÃ BÌNH THÀNH', 'VĂN PHÒNG HĐND VÀ UBND'],
	title:
		'Nâng cao chất lượng công tác rà soát; xử lý, thẩm định văn bản quy phạm pháp luật trong mô hình chính quyền địa phương 02 cấp',
	parts: [
		{
			heading: 'I. Kết quả sau 01 năm',
			paragraphs: [
				'Từ khi vận hành mô hình chính quyền địa phương 02 cấp, Văn phòng đã tham mưu UBND xã rà soát toàn bộ văn bản do HĐND, UBND các xã cũ ban hành còn hiệu lực, để kịp thời bãi bỏ, thay thế hoặc kế thừa.',
				'Kết quả rà soát, thẩm định từ tháng 7/2025 đến tháng 3/2026 như sau:'
			],
			table: {
				header: ['Nội dung', 'Số văn bản', 'Tỷ lệ đúng hạn'],
				rows: [
					['Văn bản được rà soát', '146', '100%'],
					['Văn bản đề nghị bãi bỏ, thay thế', '38', '100%'],
					['Dự thảo được thẩm định trước khi ban hành', '27', '96%']
				]
			}
		},
		{
			heading: 'II. Khó khăn, vướng mắc',
			paragraphs: [
				'Khối lượng văn bản của các xã cũ lớn, nhiều văn bản chưa được số hóa; công chức làm công tác pháp chế còn kiêm nhiệm nhiều việc.'
			]
		},
		{
			heading: 'III. Đề xuất, kiến nghị',
			paragraphs: [
				'Đề nghị UBND xã bố trí công chức chuyên trách công tác pháp chế, hoàn thiện cơ sở dữ liệu văn bản của xã và tổ chức tập huấn kỹ năng thẩm định cho các phòng chuyên môn.'
			]
		}
	],
	signer: { title: 'CHÁNH VĂN PHÒNG', name: 'Đặng Thị Thu Hà' }
};

const ECONOMY_SPEECH: SpeechText = {
	issuerLines: ['UBND XÃ BÌNH THÀNH', 'PHÒNG KINH TẾ'],
	title:
		'Quản lý đất đai, môi trường - thực tiễn và giải pháp khi thực hiện chính quyền địa phương 02 cấp',
	parts: [
		{
			heading: 'I. Thực tiễn',
			paragraphs: [
				'Sau sắp xếp, địa bàn quản lý của xã rộng hơn, hồ sơ đất đai của các xã cũ lưu trữ chưa thống nhất, trong khi số thủ tục đất đai giải quyết tại xã tăng lên.'
			]
		},
		{
			heading: 'II. Giải pháp',
			paragraphs: [
				'Số hóa hồ sơ địa chính; phân công rõ địa bàn cho từng công chức; phối hợp chặt với Trung tâm phục vụ hành chính công trong tiếp nhận và trả kết quả.'
			]
		}
	],
	signer: { title: 'TRƯỞNG PHÒNG', name: 'Lưu Văn Khánh' }
};

export interface DemoFile {
	unitName: string;
	/** Which request: the units' report, the tham luận of the unit, or the plan. */
	kind: 'report' | 'speech' | 'plan';
	fileName: string;
	bytes: Uint8Array;
	extracted: Extracted;
	submittedAt: Date;
	published: boolean;
}

/**
 * Builds the demo's files and reads them as an upload is read (before the seed's transaction: the
 * reader runs in a worker). Only called on a database about to be seeded.
 */
export async function demoSubmissionFiles(): Promise<DemoFile[]> {
	const files = [
		// Its number and day as the Văn phòng's report cites it ("Kế hoạch số 128/KH-UBND ngày 20/4/2026").
		{
			unitName: OFFICE,
			kind: 'plan' as const,
			fileName: 'Kế hoạch tổ chức sơ kết 01 năm.docx',
			bytes: await buildPlanDocx(planText, {
				number: '128/KH-UBND',
				date: vn('2026-04-20T08:00:00')
			}),
			submittedAt: vn('2026-04-20T14:30:00'),
			published: true
		},
		{
			unitName: OFFICE,
			kind: 'report' as const,
			fileName: 'Báo cáo sơ kết 01 năm - Văn phòng HĐND và UBND xã.docx',
			bytes: await buildUnitReportDocx(reportText),
			submittedAt: vn('2026-04-21T16:05:00'),
			published: true
		},
		{
			unitName: OFFICE,
			kind: 'speech' as const,
			fileName: 'Tham luận - Văn phòng.docx',
			bytes: await buildSpeechDocx(OFFICE_SPEECH, vn('2026-04-20T08:00:00')),
			submittedAt: vn('2026-04-21T10:20:00'),
			published: true
		},
		{
			unitName: ECONOMY,
			kind: 'speech' as const,
			fileName: 'Tham luan Phong Kinh te.docx',
			bytes: await buildSpeechDocx(ECONOMY_SPEECH, vn('2026-04-22T07:30:00')),
			submittedAt: vn('2026-04-22T08:15:00'),
			published: false
		}
	];
	return Promise.all(
		files.map(async (f) => {
			// The same check an upload passes: a demo file that would be refused is a bug here.
			const kind = await sniffDocument(f.bytes);
			return { ...f, extracted: await extractDocument({ kind, bytes: f.bytes }) };
		})
	);
}

/** Stores the demo's files as version 1 of their submissions, inside the seed's transaction. */
export async function insertDemoSubmissions(
	tx: Executor,
	conferenceId: number,
	unitIdOf: Map<string, number>,
	files: DemoFile[]
) {
	const asked = await tx
		.select({
			id: documentRequest.id,
			kind: documentRequest.kind,
			dueAt: documentRequest.dueAt,
			unitId: documentRequestUnit.unitId
		})
		.from(documentRequest)
		.innerJoin(documentRequestUnit, eq(documentRequestUnit.requestId, documentRequest.id))
		.where(eq(documentRequest.conferenceId, conferenceId));
	for (const f of files) {
		const unitId = unitIdOf.get(f.unitName)!;
		const request = asked.find((r) => r.kind === f.kind && r.unitId === unitId)!;
		const [created] = await tx
			.insert(submission)
			.values({
				requestId: request.id,
				unitId,
				publishedAt: f.published ? f.submittedAt : null,
				createdAt: f.submittedAt
			})
			.returning({ id: submission.id });
		await tx.insert(submissionVersion).values({
			submissionId: created!.id,
			version: 1,
			fileName: f.fileName,
			fileKind: 'docx',
			size: f.bytes.byteLength,
			sha256: createHash('sha256').update(f.bytes).digest('hex'),
			bytes: f.bytes,
			submittedAt: f.submittedAt,
			late: isLate(f.submittedAt, request.dueAt),
			byUserId: null,
			extraction: f.extracted.status,
			text: f.extracted.text,
			html: f.extracted.html
		});
	}
}
