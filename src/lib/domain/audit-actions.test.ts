import { describe, expect, it } from 'vitest';
import {
	AUDIT_ACTION_LABELS,
	auditActionLabel,
	auditDetailText,
	auditObjectText,
	isAuditAction
} from './audit-actions';

describe('audit action labels', () => {
	it('name the stored actions in Vietnamese, the historical dotted ones too', () => {
		expect(auditActionLabel('user_created')).toBe('Tạo tài khoản');
		expect(auditActionLabel('delegate.walk_in')).toBe('Khách ngoài danh sách');
		expect(auditActionLabel('checkin.undo')).toBe('Hủy điểm danh');
	});

	it('show an action they do not know as stored, and nothing inherited', () => {
		expect(auditActionLabel('something_old')).toBe('something_old');
		expect(auditActionLabel('toString')).toBe('toString');
	});
});

describe('audit lines in words', () => {
	it('label every action in Vietnamese, never with the stored code', () => {
		for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
			expect(label).not.toBe(code);
			expect(label).not.toMatch(/[_.]/);
			expect(isAuditAction(code)).toBe(true);
		}
		expect(isAuditAction('constructor')).toBe(false);
	});

	it('name the object by its current name, else the name its line kept, else its number', () => {
		expect(
			auditObjectText({ entity: 'conference', entityId: '1', detail: {} }, 'Hội nghị sơ kết 01 năm')
		).toBe('Hội nghị: Hội nghị sơ kết 01 năm');
		expect(
			auditObjectText(
				{ entity: 'delegate', entityId: '7', detail: { fullName: 'Lê Văn Cũ' } },
				null
			)
		).toBe('Đại biểu: Lê Văn Cũ');
		expect(auditObjectText({ entity: 'agenda_item', entityId: '3', detail: {} }, null)).toBe(
			'Nội dung chương trình số 3'
		);
		expect(
			auditObjectText({ entity: 'user', entityId: null, detail: { username: 'khach' } }, null)
		).toBe('Tài khoản: khach');
		expect(auditObjectText({ entity: 'session', entityId: null, detail: {} }, null)).toBe('');
	});

	it('say what a reply, an import or a move was', () => {
		expect(
			auditDetailText('reply_set', { reply: 'absent', reason: 'Ốm', recordedByOffice: true })
		).toBe('vắng mặt; Văn phòng ghi nhận thay; lý do: Ốm');
		expect(
			auditDetailText('delegates_imported', {
				added: 3,
				updated: 2,
				skipped: 1,
				fileName: 'ds.xlsx'
			})
		).toBe('thêm 3, cập nhật 2, bỏ qua 1; tệp “ds.xlsx”');
		expect(auditDetailText('group_moved', { direction: 'up' })).toBe('lên trên');
	});
});
