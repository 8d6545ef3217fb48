// The demo conference's thành phần (section III.3 of the plan, see binh-thanh.ts): 100 seats.

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
