// The demo conference's units and what they are asked to send (section V of the plan, see binh-thanh.ts).

import type { DocumentKind } from '../../domain/documents';

/**
 * The units of the plan's section V: every phòng, trung tâm and unit that reports; who leads each
 * (a reminder is addressed to them) and an invented contact number, as for the delegates.
 */
export const DEMO_UNITS: { name: string; leader: string; phone: string }[] = [
	{
		name: 'Văn phòng HĐND và UBND xã',
		leader: 'Chánh Văn phòng HĐND và UBND xã',
		phone: '0912480101'
	},
	{ name: 'Phòng Văn hóa - Xã hội', leader: 'Trưởng phòng Văn hóa - Xã hội', phone: '0912480102' },
	{ name: 'Phòng Kinh tế', leader: 'Trưởng phòng Kinh tế', phone: '0912480103' },
	{
		name: 'Trung tâm phục vụ hành chính công',
		leader: 'Giám đốc Trung tâm phục vụ hành chính công',
		phone: '0912480104'
	},
	{ name: 'Công an xã', leader: 'Trưởng Công an xã', phone: '0912480105' },
	{
		name: 'Ban Chỉ huy Quân sự xã',
		leader: 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã',
		phone: '0912480106'
	},
	{
		name: 'Trung tâm Dịch vụ tổng hợp',
		leader: 'Giám đốc Trung tâm Dịch vụ tổng hợp',
		phone: '0912480107'
	}
];

/**
 * The plan's DANH SÁCH: the six units that give a tham luận, in its order (STT 1–6), with their
 * topics.
 */
export const DEMO_SPEECHES: { unitName: string; topic: string }[] = [
	{
		unitName: 'Văn phòng HĐND và UBND xã',
		topic:
			'Nâng cao chất lượng công tác rà soát; xử lý, thẩm định văn bản quy phạm pháp luật trong mô hình chính quyền địa phương 02 cấp'
	},
	{
		unitName: 'Phòng Văn hóa - Xã hội',
		topic: 'Ứng dụng chuyển đổi số trong hoạt động của chính quyền cấp xã'
	},
	{
		unitName: 'Phòng Kinh tế',
		topic:
			'Quản lý đất đai, môi trường - thực tiễn và giải pháp khi thực hiện chính quyền địa phương 02 cấp'
	},
	{
		unitName: 'Trung tâm phục vụ hành chính công',
		topic:
			'Giải pháp nâng cao chất lượng giải quyết thủ tục hành chính trong bối cảnh chính quyền địa phương 02 cấp tại cơ sở'
	},
	{
		unitName: 'Công an xã',
		topic:
			'Ứng dụng dữ liệu dân cư trong quản lý nhà nước về an ninh trật tự theo mô hình chính quyền địa phương 02 cấp'
	},
	{
		unitName: 'Ban Chỉ huy Quân sự xã',
		topic:
			'Xây dựng khu vực phòng thủ tinh vững chắc trong điều kiện tổ chức chính quyền địa phương 02 cấp'
	}
];

// The plan says "trước ngày 22/4/2026" (and 23/4, 24/4): before that day, so each deadline is the
// end of the working day before it, 17:00. The conference is on 24/4.
const REPORTS_DUE = new Date('2026-04-21T17:00:00+07:00');
const SYNTHESIS_DUE = new Date('2026-04-22T17:00:00+07:00');
const CULTURE = 'Phòng Văn hóa - Xã hội';
const OFFICE = 'Văn phòng HĐND và UBND xã';
// The plan is signed on 20/4, the day the invitations are sent.
const PLAN_DUE = new Date('2026-04-20T17:00:00+07:00');

export interface DemoRequest {
	kind: DocumentKind;
	title: string;
	dueAt: Date;
	topic: string | null;
	/** The units asked, by name. */
	units: string[];
}

/** Section V of the plan as document requests, with its deadlines. */
export const DEMO_REQUESTS: DemoRequest[] = [
	{
		// Every unit sends its own report to Phòng Văn hóa - Xã hội, which synthesises them.
		kind: 'report',
		title: 'Báo cáo sơ kết 01 năm của đơn vị',
		dueAt: REPORTS_DUE,
		topic: null,
		units: DEMO_UNITS.map((u) => u.name)
	},
	// The tham luận go to the Văn phòng, by the same day.
	...DEMO_SPEECHES.map((s, i) => ({
		kind: 'speech' as const,
		title: `Bài tham luận số ${i + 1}`,
		dueAt: REPORTS_DUE,
		topic: s.topic,
		units: [s.unitName]
	})),
	{
		// Finished before 23/4; sending it on to Sở Nội vụ (before 24/4) happens outside the app.
		kind: 'synthesis',
		title: 'Báo cáo sơ kết tổng hợp của UBND xã',
		dueAt: SYNTHESIS_DUE,
		topic: null,
		units: [CULTURE]
	},
	{
		// The plan itself (seed 000), kept as a document so the kỷ yếu opens with it: the Văn phòng
		// drafted it and uploads the signed copy before the invitations go out.
		kind: 'plan',
		title: 'Kế hoạch tổ chức hội nghị',
		dueAt: PLAN_DUE,
		topic: null,
		units: [OFFICE]
	}
];
