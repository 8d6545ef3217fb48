// Every kind of line the audit log holds, with how the Nhật ký page names it. The strings are what
// is stored (audit_log.action) and what existing logs and tests hold: never rename one without a
// migration of the rows. Most are `thing_done`; the two dotted ones came first and stay as stored.

export const AUDIT_ACTION_LABELS = {
	login: 'Đăng nhập',
	login_failed: 'Đăng nhập sai',
	logout: 'Đăng xuất',
	user_created: 'Tạo tài khoản',
	password_reset: 'Đặt lại mật khẩu',
	user_disabled: 'Khóa tài khoản',
	user_enabled: 'Mở khóa tài khoản',
	conference_updated: 'Sửa thông tin hội nghị',
	delegate_created: 'Thêm đại biểu',
	delegate_updated: 'Sửa đại biểu',
	delegate_deleted: 'Xóa đại biểu',
	delegates_imported: 'Nhập danh sách đại biểu',
	invite_reissued: 'Cấp lại giấy mời',
	reply_set: 'Đại biểu trả lời',
	group_created: 'Thêm thành phần',
	group_renamed: 'Đổi tên thành phần',
	group_moved: 'Đổi thứ tự thành phần',
	group_deleted: 'Xóa thành phần',
	agenda_item_created: 'Thêm nội dung chương trình',
	agenda_item_updated: 'Sửa nội dung chương trình',
	agenda_item_moved: 'Đổi thứ tự chương trình',
	agenda_item_deleted: 'Xóa nội dung chương trình',
	agenda_suggested: 'Lập chương trình gợi ý',
	'delegate.walk_in': 'Khách ngoài danh sách',
	'checkin.undo': 'Hủy điểm danh',
	demo_seeded: 'Tạo dữ liệu mẫu'
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The page's name for a stored action; an unknown (older) one is shown as stored. */
export function auditActionLabel(action: string): string {
	return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}
