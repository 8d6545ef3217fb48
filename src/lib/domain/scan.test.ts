import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveInviteToken, inviteLink, inviteTokenHash } from './invite-token';
import {
	RepeatFilter,
	arrivalNote,
	classifyScannedText,
	verdictFor,
	type RosterEntry
} from './scan';

const secret = new TextEncoder().encode('bi-mat-thu-nghiem-may-quet');
const token = deriveInviteToken(secret, 7, 1);

const entry: RosterEntry = {
	id: 7,
	fullName: 'Nguyễn Văn An',
	position: 'Trưởng thôn',
	groupName: 'Trưởng các thôn',
	tokenHash: inviteTokenHash(token),
	isWalkIn: false,
	excused: false,
	firstAt: null,
	firstDeviceId: null
};

describe('classifyScannedText', () => {
	it('reads a personal link from any host, or a bare token', () => {
		expect(classifyScannedText(inviteLink('https://hoinghi.binhthanh.gov.vn', token))).toEqual({
			kind: 'invite',
			token
		});
		expect(classifyScannedText(`http://192.168.1.10:3000/d/${token.toUpperCase()}`)).toEqual({
			kind: 'invite',
			token
		});
		expect(classifyScannedText(`  ${token}\n`)).toEqual({ kind: 'invite', token });
	});

	it('tells the hall screen QR apart from a giấy mời', () => {
		expect(classifyScannedText('http://10.0.0.2:3000/c/abcdefgh23')).toEqual({ kind: 'hall' });
	});

	it('rejects other texts', () => {
		for (const text of [
			'',
			'https://zalo.me/g/abc',
			'WIFI:S:HoiTruong;T:WPA;P:12345678;;',
			`${token}x`,
			'https://x.vn/d/'
		]) {
			expect(classifyScannedText(text)).toEqual({ kind: 'not_app' });
		}
	});

	it('never throws, and any text that is not an app code is rejected (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'grapheme' }),
					fc.string({ unit: 'binary' }),
					fc.webUrl(),
					fc.webUrl().map((u) => `${u}/d/${token.slice(0, 25)}`),
					fc.stringMatching(/^[a-z2-7]{20,30}$/)
				),
				(text) => {
					const result = classifyScannedText(text);
					if (result.kind === 'invite') expect(result.token).toMatch(/^[a-z2-7]{26}$/);
					const isApp =
						/\/d\/[a-z2-7]{26}\/?([?#].*)?$/i.test(text.trim()) ||
						/^[a-z2-7]{26}$/i.test(text.trim()) ||
						/\/c\/[a-z2-7]{10}/i.test(text);
					if (!isApp) expect(result.kind).toBe('not_app');
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('verdictFor', () => {
	it('admits a delegate not yet checked in', () => {
		expect(verdictFor(entry)).toEqual({ kind: 'admit', entry });
	});

	it('says when and where a delegate was first checked in', () => {
		const seen = { ...entry, firstAt: 1_000, firstDeviceId: 'cua-chinh' };
		expect(verdictFor(seen)).toEqual({
			kind: 'repeat',
			entry: seen,
			firstAt: 1_000,
			firstDeviceId: 'cua-chinh'
		});
	});

	it('gives the reason for a hash known to be refused', () => {
		expect(verdictFor(undefined, 'revoked')).toMatchObject({
			kind: 'reject',
			reason: 'revoked',
			message: expect.stringContaining('thu hồi')
		});
		expect(verdictFor(undefined, 'other_conference')).toMatchObject({
			kind: 'reject',
			reason: 'other_conference'
		});
	});

	it('never judges a code red only because the device does not hold it: the server settles it', () => {
		expect(verdictFor(undefined)).toEqual({ kind: 'check' });
	});
});

describe('RepeatFilter', () => {
	it('judges a code again once it is forgotten (a new roster), while it is still held up', () => {
		const filter = new RepeatFilter(4000);
		expect(filter.accept('a', 0)).toBe(true);
		expect(filter.accept('a', 500)).toBe(false);
		filter.forget('a');
		expect(filter.accept('a', 600)).toBe(true);
		expect(filter.accept('a', 900)).toBe(false);
	});

	it('counts a code held in front of the camera once, and again after a pause', () => {
		const filter = new RepeatFilter(4000);
		expect(filter.accept('a', 0)).toBe(true);
		expect(filter.accept('a', 300)).toBe(false);
		expect(filter.accept('a', 3_900)).toBe(false);
		expect(filter.accept('b', 4_000)).toBe(true);
		expect(filter.accept('a', 9_000)).toBe(true);
	});
});

describe('arrivalNote', () => {
	it('says when a delegate arrived (Vietnam time), that they excused themselves, or nothing', () => {
		expect(
			arrivalNote({ firstAt: Date.parse('2026-04-24T07:42:10+07:00'), excused: false })
		).toEqual({ kind: 'arrived', text: 'Đã đến 07:42' });
		expect(arrivalNote({ firstAt: null, excused: true })).toEqual({
			kind: 'excused',
			text: 'Vắng có lý do'
		});
		expect(arrivalNote({ firstAt: null, excused: false })).toBeNull();
	});

	it('an excused delegate who came anyway has arrived', () => {
		expect(
			arrivalNote({ firstAt: Date.parse('2026-04-24T08:05:00+07:00'), excused: true })
		).toMatchObject({ kind: 'arrived', text: 'Đã đến 08:05' });
	});
});
