/**
 * The demo conference: xã Bình Thành's "hội nghị sơ kết 01 năm" from the commune's
 * plan (Kế hoạch, kept outside this repository). Title, place, chair, groups (section III.3), units (section V and the
 * DANH SÁCH) and deadlines are the plan's; the delegates are invented people, except the two
 * the plan names (the chair, and the Chánh Văn phòng who signed the Văn phòng's report).
 */

import type { DocumentKind } from '../../domain/documents';
import { DUE_DATE_PLACEHOLDER } from '../../domain/invitation-text';

export const DEMO_CONFERENCE = {
	title:
		'Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp và hoạt động của chính quyền địa phương 02 cấp trên địa bàn xã Bình Thành',
	subject:
		'Dự Hội nghị sơ kết 01 năm thực hiện sắp xếp đơn vị hành chính các cấp và hoạt động của chính quyền địa phương 02 cấp',
	place: 'Hội trường lớn UBND xã Bình Thành',
	// Week 4 of April 2026, after the units' deadlines (22/4, 23/4), with the April regular session.
	startsAt: new Date('2026-04-24T08:00:00+07:00'),
	endsAt: new Date('2026-04-24T11:30:00+07:00'),
	chairName: 'Nguyễn Anh Tấn',
	chairTitle: 'Chủ tịch UBND xã',
	issuerLines: ['ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH'],
	issuerShortName: 'Ủy ban nhân dân xã Bình Thành',
	locality: 'Bình Thành',
	signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
	signerTitle: 'CHỦ TỊCH',
	signerName: 'Nguyễn Anh Tấn',
	// Sent 20/4, at least 03 working days ahead as Decision 45/2018 asks; the number is invented.
	invitationNumber: '25/GM-UBND',
	invitationIssuedOn: '2026-04-20',
	submissionsDueOn: '2026-04-22',
	invitationNotes: [
		'Đề nghị các đồng chí đại biểu bố trí thời gian tham dự đầy đủ, đúng giờ; mang theo giấy mời hoặc mở mã QR trên điện thoại để điểm danh tại cửa Hội trường.',
		`Các đơn vị có tên trong danh sách chuẩn bị bài tham luận (không quá 07 phút) và gửi về Văn phòng HĐND và UBND xã trước ngày ${DUE_DATE_PLACEHOLDER}.`
	],
	invitationRecipients: ['Như thành phần mời', 'Lưu: VT, VP'],
	contactInfo:
		'Đồng chí Đinh Văn Chinh - Chánh Văn phòng HĐND và UBND xã, điện thoại: 0208 3878 123',
	plannedDelegates: 100,
	// Invented, as the invitation's number is.
	secretaryName: 'Hoàng Thị Thu Hà',
	secretaryTitle: 'Công chức Văn phòng - Thống kê',
	minutesNumber: '12/BB-UBND',
	conclusionNumber: '45/TB-UBND'
};

/** A delegate whose name is given; the others get invented names. */
interface Seat {
	position: string;
	organisation: string;
	name?: string;
	female?: boolean;
}

interface Group {
	name: string;
	seats: Seat[];
}

const UBND = 'UBND xã Bình Thành';
const repeat = (n: number, seat: (i: number) => Seat): Seat[] =>
	Array.from({ length: n }, (_, i) => seat(i));

const HAMLETS = [
	'Đồng Tâm',
	'Bản Lá',
	'Nà Mòn',
	'Làng Mới',
	'Đồng Chằm',
	'Khuôn Quại',
	'Nà Chát',
	'Bản Piềng',
	'Đồng Trong',
	'Pác Cáp',
	'Làng Hoèn',
	'Nà Lọm',
	'Đồng Hút',
	'Khau Diều',
	'Bản Cái',
	'Làng Chảo',
	'Nà Bản',
	'Đồng Kem',
	'Tân Lập',
	'Thanh Bình',
	'Đồng Rã',
	'Nà Khao',
	'Bản Quyên',
	'Làng Bẩy',
	'Đồng Lường',
	'Phú Hội',
	'Văn Lãng',
	'Bình Định'
];

const STAFF_POSTS: [string, string][] = [
	['Công chức Văn phòng - Thống kê', 'Văn phòng HĐND và UBND xã'],
	['Công chức Tư pháp - Hộ tịch', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên tổng hợp', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên văn thư - lưu trữ', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên kế toán', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên quản lý đất đai', 'Phòng Kinh tế'],
	['Chuyên viên địa chính - xây dựng', 'Phòng Kinh tế'],
	['Chuyên viên nông nghiệp - môi trường', 'Phòng Kinh tế'],
	['Chuyên viên tài chính - kế hoạch', 'Phòng Kinh tế'],
	['Chuyên viên giao thông - thủy lợi', 'Phòng Kinh tế'],
	['Chuyên viên công thương', 'Phòng Kinh tế'],
	['Chuyên viên văn hóa - thông tin', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên lao động - thương binh và xã hội', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên nội vụ', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên giáo dục - y tế', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên chuyển đổi số', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên dân tộc - tôn giáo', 'Phòng Văn hóa - Xã hội'],
	['Viên chức tiếp nhận hồ sơ', 'Trung tâm phục vụ hành chính công'],
	['Viên chức tiếp nhận hồ sơ', 'Trung tâm phục vụ hành chính công'],
	['Viên chức trả kết quả', 'Trung tâm phục vụ hành chính công'],
	['Viên chức hướng dẫn dịch vụ công trực tuyến', 'Trung tâm phục vụ hành chính công'],
	['Viên chức số hóa hồ sơ', 'Trung tâm phục vụ hành chính công'],
	['Viên chức công nghệ thông tin', 'Trung tâm phục vụ hành chính công'],
	['Viên chức Trung tâm Dịch vụ tổng hợp', 'Trung tâm Dịch vụ tổng hợp'],
	['Viên chức khuyến nông', 'Trung tâm Dịch vụ tổng hợp'],
	['Viên chức văn hóa - thể thao', 'Trung tâm Dịch vụ tổng hợp'],
	['Viên chức thú y', 'Trung tâm Dịch vụ tổng hợp'],
	['Cán bộ hợp đồng', 'Văn phòng HĐND và UBND xã'],
	['Cán bộ hợp đồng', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên thanh tra - tiếp công dân', 'Văn phòng HĐND và UBND xã'],
	['Chuyên viên một cửa', 'Trung tâm phục vụ hành chính công'],
	['Chuyên viên đô thị', 'Phòng Kinh tế'],
	['Chuyên viên tài nguyên nước', 'Phòng Kinh tế'],
	['Chuyên viên thi đua - khen thưởng', 'Phòng Văn hóa - Xã hội'],
	['Chuyên viên bảo trợ xã hội', 'Phòng Văn hóa - Xã hội']
];

/** The 9 groups of section III.3 of the plan, in its order; 100 seats in all. */
export const DEMO_GROUPS: Group[] = [
	{
		name: 'Thường trực Đảng ủy',
		seats: [
			{ position: 'Bí thư Đảng ủy xã', organisation: 'Đảng ủy xã Bình Thành' },
			{ position: 'Phó Bí thư Thường trực Đảng ủy xã', organisation: 'Đảng ủy xã Bình Thành' },
			{ position: 'Phó Bí thư Đảng ủy xã', organisation: 'Đảng ủy xã Bình Thành', female: true },
			{ position: 'Ủy viên Ban Thường vụ Đảng ủy xã', organisation: 'Đảng ủy xã Bình Thành' }
		]
	},
	{
		name: 'Thường trực HĐND và 2 Ban HĐND xã',
		seats: [
			{ position: 'Chủ tịch HĐND xã', organisation: 'HĐND xã Bình Thành' },
			{ position: 'Phó Chủ tịch HĐND xã', organisation: 'HĐND xã Bình Thành', female: true },
			{ position: 'Trưởng Ban Pháp chế HĐND xã', organisation: 'HĐND xã Bình Thành' },
			{
				position: 'Phó Trưởng Ban Pháp chế HĐND xã',
				organisation: 'HĐND xã Bình Thành',
				female: true
			},
			{ position: 'Trưởng Ban Kinh tế - Xã hội HĐND xã', organisation: 'HĐND xã Bình Thành' },
			{ position: 'Phó Trưởng Ban Kinh tế - Xã hội HĐND xã', organisation: 'HĐND xã Bình Thành' }
		]
	},
	{
		name: 'Lãnh đạo UBND xã và MTTQ xã',
		seats: [
			{ position: 'Chủ tịch UBND xã', organisation: UBND, name: 'Nguyễn Anh Tấn' },
			{ position: 'Phó Chủ tịch UBND xã', organisation: UBND },
			{ position: 'Phó Chủ tịch UBND xã', organisation: UBND, female: true },
			{
				position: 'Chủ tịch Ủy ban MTTQ Việt Nam xã',
				organisation: 'Ủy ban MTTQ Việt Nam xã Bình Thành'
			},
			{
				position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã',
				organisation: 'Ủy ban MTTQ Việt Nam xã Bình Thành',
				female: true
			}
		]
	},
	{
		name: 'Đại diện Lãnh đạo các cơ quan giúp việc Đảng ủy xã',
		seats: [
			{ position: 'Chánh Văn phòng Đảng ủy', organisation: 'Văn phòng Đảng ủy xã' },
			{
				position: 'Trưởng Ban Xây dựng Đảng',
				organisation: 'Ban Xây dựng Đảng Đảng ủy xã',
				female: true
			},
			{
				position: 'Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
				organisation: 'Ủy ban Kiểm tra Đảng ủy xã'
			},
			{ position: 'Giám đốc Trung tâm Chính trị', organisation: 'Trung tâm Chính trị xã' }
		]
	},
	{
		name: 'Lãnh đạo các phòng, trung tâm thuộc UBND xã',
		seats: [
			{
				position: 'Chánh Văn phòng',
				organisation: 'Văn phòng HĐND và UBND xã',
				name: 'Đinh Văn Chinh'
			},
			{ position: 'Phó Chánh Văn phòng', organisation: 'Văn phòng HĐND và UBND xã', female: true },
			{ position: 'Trưởng phòng', organisation: 'Phòng Kinh tế' },
			{ position: 'Phó Trưởng phòng', organisation: 'Phòng Kinh tế' },
			{ position: 'Trưởng phòng', organisation: 'Phòng Văn hóa - Xã hội', female: true },
			{ position: 'Phó Trưởng phòng', organisation: 'Phòng Văn hóa - Xã hội' },
			{ position: 'Giám đốc', organisation: 'Trung tâm phục vụ hành chính công', female: true },
			{ position: 'Giám đốc', organisation: 'Trung tâm Dịch vụ tổng hợp' }
		]
	},
	{
		name: 'Đại diện Lãnh đạo Công an xã, Ban Chỉ huy Quân sự xã',
		seats: [
			{ position: 'Trưởng Công an xã', organisation: 'Công an xã Bình Thành' },
			{ position: 'Phó Trưởng Công an xã', organisation: 'Công an xã Bình Thành' },
			{ position: 'Chỉ huy trưởng', organisation: 'Ban Chỉ huy Quân sự xã' },
			{ position: 'Chính trị viên', organisation: 'Ban Chỉ huy Quân sự xã' }
		]
	},
	{
		name: 'Đại diện Lãnh đạo trường học, Trạm y tế xã',
		seats: [
			{ position: 'Hiệu trưởng', organisation: 'Trường Mầm non Bình Thành', female: true },
			{ position: 'Hiệu trưởng', organisation: 'Trường Tiểu học Bình Thành', female: true },
			{ position: 'Hiệu trưởng', organisation: 'Trường Trung học cơ sở Bình Thành' },
			{ position: 'Hiệu trưởng', organisation: 'Trường PTDT bán trú Tiểu học và THCS Bình Thành' },
			{ position: 'Trạm trưởng', organisation: 'Trạm Y tế xã Bình Thành' },
			{ position: 'Phó Trạm trưởng', organisation: 'Trạm Y tế xã Bình Thành', female: true }
		]
	},
	{
		name: 'Các công chức chuyên môn, viên chức thuộc UBND xã',
		seats: STAFF_POSTS.map(([position, organisation], i) => ({
			position,
			organisation,
			female: i % 2 === 1
		}))
	},
	{
		name: 'Trưởng xóm trên địa bàn xã',
		seats: repeat(HAMLETS.length, (i) => ({
			position: `Trưởng xóm ${HAMLETS[i]}`,
			organisation: `Xóm ${HAMLETS[i]}`,
			female: i % 5 === 2
		}))
	}
];

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

export const DEMO_ACCOUNTS = [
	{ username: 'thuky', displayName: 'Văn phòng HĐND và UBND xã', role: 'secretariat' },
	{ username: 'chutich', displayName: 'Nguyễn Anh Tấn', role: 'chair' },
	{ username: 'diemdanh', displayName: 'Tổ điểm danh', role: 'checkin' }
] as const;

// Invented names: common family names of the region (Kinh and Tày), middle and given names.
const FAMILY = [
	'Nguyễn',
	'Nguyễn',
	'Nguyễn',
	'Trần',
	'Lê',
	'Phạm',
	'Hoàng',
	'Hoàng',
	'Ma',
	'Ma',
	'Hà',
	'Nông',
	'Lường',
	'Đặng',
	'Bùi',
	'Đỗ',
	'Vũ',
	'Dương',
	'Lý',
	'Ngô',
	'Triệu',
	'Mã',
	'Lục',
	'Đàm'
];
const MIDDLE_M = [
	'Văn',
	'Văn',
	'Văn',
	'Đức',
	'Minh',
	'Quang',
	'Xuân',
	'Hữu',
	'Mạnh',
	'Công',
	'Thanh',
	'Đình'
];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Kim', 'Phương'];
const GIVEN_M = [
	'Hùng',
	'Dũng',
	'Tuấn',
	'Hải',
	'Thắng',
	'Cường',
	'Long',
	'Quân',
	'Sơn',
	'Toàn',
	'Bình',
	'Khánh',
	'Đạt',
	'Hòa',
	'Kiên',
	'Lâm',
	'Nam',
	'Phong',
	'Thành',
	'Trung',
	'Việt',
	'Hưng',
	'Tiến',
	'Chiến',
	'Luận',
	'Quyết'
];
const GIVEN_F = [
	'Hương',
	'Lan',
	'Hoa',
	'Mai',
	'Hằng',
	'Thủy',
	'Nga',
	'Huyền',
	'Trang',
	'Yến',
	'Linh',
	'Thảo',
	'Hạnh',
	'Liên',
	'Oanh',
	'Nhung',
	'Vân',
	'Xuân',
	'Loan',
	'Duyên'
];
const PHONE_PREFIXES = [
	'091',
	'094',
	'098',
	'097',
	'096',
	'086',
	'083',
	'088',
	'035',
	'036',
	'039',
	'037'
];

/** mulberry32: a small seeded generator so every fresh database gets the same demo people. */
function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface DemoDelegate {
	groupIndex: number;
	fullName: string;
	position: string;
	organisation: string;
	phone: string;
}

export function demoDelegates(): DemoDelegate[] {
	const random = seededRandom(20260424);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const used = new Set(
		DEMO_GROUPS.flatMap((g) => g.seats.flatMap((s) => (s.name ? [s.name] : [])))
	);
	const phones = new Set<string>();
	const out: DemoDelegate[] = [];
	DEMO_GROUPS.forEach((group, groupIndex) => {
		for (const seat of group.seats) {
			let fullName = seat.name;
			while (!fullName || (!seat.name && used.has(fullName))) {
				fullName = seat.female
					? `${pick(FAMILY)} ${pick(MIDDLE_F)} ${pick(GIVEN_F)}`
					: `${pick(FAMILY)} ${pick(MIDDLE_M)} ${pick(GIVEN_M)}`;
			}
			used.add(fullName);
			let phone = '';
			while (!phone || phones.has(phone)) {
				phone = pick(PHONE_PREFIXES) + String(Math.floor(random() * 10_000_000)).padStart(7, '0');
			}
			phones.add(phone);
			out.push({
				groupIndex,
				fullName,
				position: seat.position,
				organisation: seat.organisation,
				phone
			});
		}
	});
	return out;
}
