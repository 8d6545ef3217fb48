// The conference's data as the archive keeps it (.xlsx, ./archive.ts): every check-in with its device
// and time, the chair's timer log, every submitted version. Same look as the office's other sheets
// (../delegates/export-sheet.ts): a bold title, a grey frozen header with filters, A4 landscape.
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import ExcelJS from 'exceljs';
import { CHECKIN_METHOD_LABELS } from '$lib/domain/checkin';
import { formatDateTime, formatTimeWithSeconds } from '$lib/domain/dates';
import { deviceLabel } from '$lib/domain/devices';
import { DOCUMENT_KIND_LABELS, type ExtractionStatus } from '$lib/domain/documents';
import { personRole } from '$lib/domain/person';
import type { TimerEventKind } from '$lib/domain/timer';
import { deviceNames } from '../checkin/devices';
import type { Executor } from '../db';
import { agendaItem, checkin, delegate, timerEvent, user } from '../db/schema';
import { officeSheet, type SheetColumn } from '../documents/sheet';

type Cell = string | number | null;

/** One sheet with the office's look (../documents/sheet.ts); `rows` in order, numbered by the caller. */
export async function dataSheet(
	sheetName: string,
	title: string,
	columns: SheetColumn[],
	rows: Cell[][]
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = officeSheet(workbook, sheetName, title, columns);
	for (const r of rows) sheet.addRow(r.map((v) => (v === '' ? null : v)));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `24/04/2026 07:42:05` */
export const dateTimeSeconds = (d: Date) =>
	`${formatDateTime(d).split(' ')[0]} ${formatTimeWithSeconds(d)}`;

/** Every scan that named a delegate, undone ones too, in the order they were made. */
export async function checkinsSheet(
	db: Executor,
	conferenceId: number,
	title: string
): Promise<Buffer> {
	const undoer = alias(user, 'undoer');
	const [rows, names] = await Promise.all([
		db
			.select({
				id: checkin.id,
				delegateId: checkin.delegateId,
				fullName: delegate.fullName,
				position: delegate.position,
				organisation: delegate.organisation,
				scannedAt: checkin.scannedAt,
				receivedAt: checkin.receivedAt,
				deviceId: checkin.deviceId,
				method: checkin.method,
				by: user.displayName,
				undoneAt: checkin.undoneAt,
				undoneBy: undoer.displayName,
				undoReason: checkin.undoReason
			})
			.from(checkin)
			.innerJoin(delegate, eq(delegate.id, checkin.delegateId))
			.leftJoin(user, eq(user.id, checkin.userId))
			.leftJoin(undoer, eq(undoer.id, checkin.undoneByUserId))
			.where(eq(checkin.conferenceId, conferenceId))
			.orderBy(asc(checkin.scannedAt), asc(checkin.id)),
		deviceNames(db)
	]);
	// The delegate's earliest row not undone is the check-in; the rest are repeat scans.
	const counted = new Set<number>();
	const cells = rows.map((r, i): Cell[] => {
		const first = !r.undoneAt && !counted.has(r.delegateId);
		if (first) counted.add(r.delegateId);
		return [
			i + 1,
			r.fullName,
			personRole(r),
			dateTimeSeconds(r.scannedAt),
			dateTimeSeconds(r.receivedAt),
			deviceLabel(r.deviceId, names),
			CHECKIN_METHOD_LABELS[r.method],
			r.by ?? (r.method === 'self' ? 'Đại biểu' : null),
			r.undoneAt ? 'Đã hủy' : first ? 'Điểm danh' : 'Quét lại',
			r.undoneAt ? dateTimeSeconds(r.undoneAt) : null,
			r.undoneBy,
			r.undoReason,
			r.id
		];
	});
	return dataSheet(
		'Điểm danh',
		`Nhật ký điểm danh — ${title}`,
		[
			{ header: 'STT', width: 6 },
			{ header: 'Họ và tên', width: 26 },
			{ header: 'Chức vụ, đơn vị', width: 36 },
			{ header: 'Giờ quét (trên máy)', width: 20 },
			{ header: 'Giờ máy chủ nhận', width: 20 },
			{ header: 'Thiết bị', width: 24 },
			{ header: 'Cách điểm danh', width: 18 },
			{ header: 'Người điểm danh', width: 22 },
			{ header: 'Ghi nhận', width: 12 },
			{ header: 'Hủy lúc', width: 20 },
			{ header: 'Người hủy', width: 20 },
			{ header: 'Lý do hủy', width: 28 },
			{ header: 'Mã lượt quét', width: 38, text: true }
		],
		cells
	);
}

export const TIMER_EVENT_LABELS: Record<TimerEventKind, string> = {
	select: 'Chọn mục',
	start: 'Bắt đầu',
	pause: 'Tạm dừng',
	resume: 'Tiếp tục',
	extend: 'Thêm giờ',
	reset: 'Đặt lại',
	stop: 'Dừng'
};

/** `12:05` from milliseconds; negative when over time. */
function clock(ms: number): string {
	const sign = ms < 0 ? '-' : '';
	const seconds = Math.round(Math.abs(ms) / 1000);
	return `${sign}${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Every press on the chair's timer, with the server's time. */
export async function timerLogSheet(
	db: Executor,
	conferenceId: number,
	title: string
): Promise<Buffer> {
	const rows = await db
		.select({
			at: timerEvent.at,
			kind: timerEvent.kind,
			ms: timerEvent.ms,
			position: agendaItem.position,
			item: agendaItem.title,
			by: user.displayName
		})
		.from(timerEvent)
		.leftJoin(agendaItem, eq(agendaItem.id, timerEvent.itemId))
		.leftJoin(user, eq(user.id, timerEvent.userId))
		.where(eq(timerEvent.conferenceId, conferenceId))
		.orderBy(asc(timerEvent.at), asc(timerEvent.id));
	return dataSheet(
		'Bấm giờ',
		`Nhật ký bấm giờ — ${title}`,
		[
			{ header: 'STT', width: 6 },
			{ header: 'Thời điểm', width: 20 },
			{ header: 'Mục chương trình', width: 50 },
			{ header: 'Thao tác', width: 14 },
			{ header: 'Thời gian còn lại / thêm', width: 16 },
			{ header: 'Người bấm', width: 22 }
		],
		rows.map((r, i) => [
			i + 1,
			dateTimeSeconds(r.at),
			r.item ?? '(mục đã xóa)',
			TIMER_EVENT_LABELS[r.kind],
			r.kind === 'extend' ? `+${clock(r.ms)}` : clock(r.ms),
			r.by
		])
	);
}

export const EXTRACTION_LABELS: Record<ExtractionStatus, string> = {
	text: 'Đọc được chữ',
	scanned: 'Bản quét',
	failed: 'Không đọc được'
};

/** One submitted version as the archive lists it (./archive.ts gathers them). */
export interface ArchivedVersion {
	id: number;
	unitName: string;
	kind: keyof typeof DOCUMENT_KIND_LABELS;
	requestTitle: string;
	version: number;
	fileName: string;
	submittedAt: Date;
	late: boolean;
	size: number;
	sha256: string;
	byName: string | null;
	published: boolean;
	extraction: ExtractionStatus;
	/** Where it is in the archive. */
	path: string;
}

export function submissionsSheet(versions: ArchivedVersion[], title: string): Promise<Buffer> {
	return dataSheet(
		'Tài liệu đã nộp',
		`Tài liệu các đơn vị đã nộp (mọi bản) — ${title}`,
		[
			{ header: 'STT', width: 6 },
			{ header: 'Đơn vị', width: 28 },
			{ header: 'Loại', width: 12 },
			{ header: 'Yêu cầu', width: 36 },
			{ header: 'Bản', width: 6 },
			{ header: 'Thời điểm nộp', width: 20 },
			{ header: 'Nộp muộn', width: 10 },
			{ header: 'Dung lượng (byte)', width: 14 },
			{ header: 'Tên tệp đã gửi', width: 32 },
			{ header: 'Tệp trong hồ sơ', width: 60 },
			{ header: 'Người tải lên', width: 22 },
			{ header: 'Công bố cho đại biểu', width: 12 },
			{ header: 'Nội dung', width: 16 },
			{ header: 'sha256', width: 70, text: true }
		],
		versions.map((v, i) => [
			i + 1,
			v.unitName,
			DOCUMENT_KIND_LABELS[v.kind],
			v.requestTitle,
			v.version,
			dateTimeSeconds(v.submittedAt),
			v.late ? 'Có' : 'Không',
			v.size,
			v.fileName,
			v.path,
			v.byName ?? 'Đơn vị tự gửi',
			v.published ? 'Có' : 'Không',
			EXTRACTION_LABELS[v.extraction],
			v.sha256
		])
	);
}
