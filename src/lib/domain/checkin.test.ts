import { describe, expect, it } from 'vitest';
import { parseCheckinItem } from './checkin-schema';

const good = {
	id: 'dev1-000001',
	tokenHash: 'a'.repeat(64),
	scannedAt: '2026-04-24T00:42:00.000Z',
	deviceId: 'may-cua-chinh',
	method: 'scan'
};

describe('parseCheckinItem', () => {
	it('accepts a scan with an ISO time or epoch milliseconds', () => {
		const a = parseCheckinItem(good);
		expect(a.ok && a.item.scannedAt.toISOString()).toBe('2026-04-24T00:42:00.000Z');
		const b = parseCheckinItem({ ...good, scannedAt: Date.UTC(2026, 3, 24, 0, 42) });
		expect(b.ok && b.item.scannedAt.getTime()).toBe(Date.UTC(2026, 3, 24, 0, 42));
	});

	it('accepts a manual check-in and a walk-in', () => {
		const { tokenHash: _, ...rest } = good;
		expect(parseCheckinItem({ ...rest, delegateId: 12, method: 'manual' }).ok).toBe(true);
		const walk = parseCheckinItem({
			...rest,
			method: 'walk-in',
			walkIn: { fullName: ' Lê Thị Hoa ', groupId: 3 }
		});
		expect(walk.ok && walk.item.walkIn).toEqual({
			fullName: 'Lê Thị Hoa',
			position: '',
			groupId: 3
		});
	});

	it('gives a Vietnamese reason and keeps a readable id', () => {
		const bad = parseCheckinItem({ ...good, scannedAt: 'hôm qua' });
		expect(bad).toEqual({
			ok: false,
			id: 'dev1-000001',
			message: expect.stringContaining('Thời điểm quét')
		});
		expect(parseCheckinItem({ ...good, id: 'x' })).toMatchObject({ ok: false, id: null });
		expect(parseCheckinItem({ ...good, delegateId: 5 })).toMatchObject({
			ok: false,
			message: expect.stringContaining('đúng một')
		});
		expect(parseCheckinItem({ ...good, method: 'walk-in' })).toMatchObject({ ok: false });
		expect(parseCheckinItem({ ...good, delegateId: 2 ** 40, tokenHash: undefined })).toMatchObject({
			ok: false
		});
		for (const raw of [null, 42, 'chuỗi', [], {}]) expect(parseCheckinItem(raw).ok).toBe(false);
	});
});
