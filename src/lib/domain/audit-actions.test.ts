import { describe, expect, it } from 'vitest';
import { auditActionLabel } from './audit-actions';

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
