// The demo delegates' invented names and phone numbers, the same for every fresh database.

import { DEMO_GROUPS } from './binh-thanh-groups';

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
