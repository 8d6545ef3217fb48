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
	reply_recorded: 'Văn phòng ghi nhận trả lời',
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
	device_named: 'Đặt tên máy điểm danh',
	demo_seeded: 'Tạo dữ liệu mẫu',
	unit_created: 'Thêm đơn vị',
	unit_updated: 'Sửa đơn vị',
	unit_moved: 'Đổi thứ tự đơn vị',
	unit_deleted: 'Xóa đơn vị',
	unit_link_reissued: 'Cấp lại liên kết nộp tài liệu',
	submission_received: 'Nhận tài liệu',
	document_request_created: 'Thêm yêu cầu nộp tài liệu',
	document_request_updated: 'Sửa yêu cầu nộp tài liệu',
	document_request_deleted: 'Xóa yêu cầu nộp tài liệu',
	document_request_closed: 'Khóa nhận tệp',
	document_request_reopened: 'Mở lại nhận tệp',
	submission_exempted: 'Đánh dấu không phải nộp',
	submission_exempt_cleared: 'Bỏ đánh dấu không phải nộp',
	submission_published: 'Công bố cho đại biểu',
	submission_unpublished: 'Thôi công bố cho đại biểu',
	minutes_drafted: 'Lập dự thảo biên bản',
	minutes_finalized: 'Hoàn thành biên bản',
	minutes_reopened: 'Mở lại biên bản để sửa',
	original_links_revoked: 'Thu hồi liên kết tệp gốc',
	proceedings_choice_saved: 'Chọn nội dung kỷ yếu'
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The kinds of object a line is about (audit_log.entity), as the page names them. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
	conference: 'Hội nghị',
	delegate: 'Đại biểu',
	delegate_group: 'Thành phần',
	agenda_item: 'Nội dung chương trình',
	user: 'Tài khoản',
	session: 'Phiên đăng nhập',
	scanner_device: 'Máy điểm danh',
	unit: 'Đơn vị',
	document_request: 'Yêu cầu nộp tài liệu',
	document_request_unit: 'Đơn vị được yêu cầu nộp',
	submission: 'Tài liệu đơn vị nộp',
	minutes_record: 'Biên bản hội nghị',
	proceedings_choice: 'Kỷ yếu hội nghị'
};

/** Whether a stored text is one of the log's actions (a filter from the URL is checked with it). */
export function isAuditAction(action: string): action is AuditAction {
	return Object.hasOwn(AUDIT_ACTION_LABELS, action);
}

export interface AuditObject {
	entity: string;
	entityId: string | null;
	detail: Record<string, unknown>;
}

const textIn = (detail: Record<string, unknown>, ...keys: string[]) => {
	for (const k of keys) if (typeof detail[k] === 'string' && detail[k]) return detail[k] as string;
	return null;
};

/**
 * What a line is about, in words: "Đại biểu: Nguyễn Văn An", "Hội nghị: Hội nghị sơ kết…". The
 * current name (looked up by the server) wins; a removed object keeps the name its line recorded;
 * failing both, its number. A sign-in is about nobody but the person who did it.
 */
export function auditObjectText(o: AuditObject, currentName: string | null): string {
	if (o.entity === 'session') return '';
	const label = Object.hasOwn(AUDIT_ENTITY_LABELS, o.entity)
		? AUDIT_ENTITY_LABELS[o.entity]!
		: o.entity;
	const name = currentName ?? textIn(o.detail, 'fullName', 'title', 'name', 'username');
	if (name) return `${label}: ${name}`;
	return o.entityId ? `${label} số ${o.entityId}` : label;
}

const REPLY_WORDS: Record<string, string> = {
	attending: 'sẽ tham dự',
	absent: 'vắng mặt',
	pending: 'chưa trả lời'
};
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The few details worth a word on the page: a reply, an import's counts, a move, a reason. */
export function auditDetailText(action: string, detail: Record<string, unknown>): string {
	const parts: string[] = [];
	if (typeof detail.reply === 'string' && REPLY_WORDS[detail.reply])
		parts.push(REPLY_WORDS[detail.reply]!);
	if (detail.recordedByOffice === true) parts.push('Văn phòng ghi nhận thay');
	if (action === 'delegates_imported') {
		parts.push(
			`thêm ${num(detail.added)}, cập nhật ${num(detail.updated)}, bỏ qua ${num(detail.skipped)}`
		);
		if (typeof detail.fileName === 'string') parts.push(`tệp “${detail.fileName}”`);
	}
	if (detail.direction === 'up') parts.push('lên trên');
	if (detail.direction === 'down') parts.push('xuống dưới');
	if (typeof detail.movedDays === 'number')
		parts.push(`dời ngày họp ${detail.movedDays > 0 ? '+' : ''}${detail.movedDays} ngày`);
	const reason = textIn(detail, 'reason');
	if (reason) parts.push(`lý do: ${reason}`);
	return parts.join('; ');
}

/** The page's name for a stored action; an unknown (older) one is shown as stored. */
export function auditActionLabel(action: string): string {
	return Object.hasOwn(AUDIT_ACTION_LABELS, action)
		? AUDIT_ACTION_LABELS[action as AuditAction]
		: action;
}
