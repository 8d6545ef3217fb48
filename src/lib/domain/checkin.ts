/** How a check-in was made: the staff scanner, the hall QR, a name search, or a person not on the list. */
export const CHECKIN_METHODS = ['scan', 'self', 'manual', 'walk-in'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
	scan: 'Quét mã',
	self: 'Tự điểm danh',
	manual: 'Tìm tên',
	'walk-in': 'Khách ngoài danh sách'
};

/** Most items one request may carry; an outbox sends in batches of this size. */
export const MAX_BATCH = 200;
/** An undo is allowed this long after the scan. */
export const UNDO_WINDOW_MS = 15 * 60_000;

/** A person not on the list, as the scanner's walk-in form sends them (walkInSchema checks it). */
export interface WalkIn {
	fullName: string;
	position: string;
	/** Null: a walk-in is on the line "Khách ngoài danh sách" whatever group they belong to. */
	groupId: number | null;
}

/**
 * One scan as a device sends it, once checked (checkinItemSchema in ./checkin-schema): exactly
 * one of tokenHash, delegateId or walkIn says who came.
 */
export interface CheckinItem {
	/** Made on the device, so sending the same scan again after a lost answer stores nothing new. */
	id: string;
	tokenHash?: string;
	delegateId?: number;
	walkIn?: WalkIn;
	scannedAt: Date;
	deviceId: string;
	method: CheckinMethod;
}

export const REJECT_REASONS = [
	'invalid',
	'not_app',
	'hall_code',
	'unknown_code',
	'revoked',
	'other_conference',
	'not_found',
	'undone'
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_MESSAGES: Record<RejectReason, string> = {
	invalid: 'Dữ liệu lượt điểm danh không hợp lệ',
	not_app: 'Không phải mã giấy mời của hội nghị',
	hall_code: 'Đây là mã của màn hình hội trường, không phải giấy mời',
	unknown_code: 'Mã không có trong danh sách đại biểu',
	revoked: 'Giấy mời này đã bị thu hồi — mời đại biểu đến bàn thư ký',
	other_conference: 'Giấy mời của một hội nghị khác',
	not_found: 'Không tìm thấy đại biểu này',
	undone: 'Lượt điểm danh này đã được hủy'
};

/** The server's answer for one item: the canonical state, not just what this device thought. */
export type CheckinResult =
	| {
			id: string;
			status: 'checked_in' | 'repeat';
			delegateId: number;
			firstAt: string;
			firstDeviceId: string;
	  }
	| { id: string | null; status: 'rejected'; reason: RejectReason; message: string };

/** A delegate's canonical first check-in after a change, as live events carry it; null: not checked in. */
export interface AttendanceChange {
	delegateId: number;
	firstAt: number | null;
	firstDeviceId: string | null;
}
