import { describe, expect, it } from 'vitest';
import { canAccess, ROLE_HOME, routeAccess, ROUTE_RULES, ruleFor, safeRedirectPath } from './roles';

describe('role rules', () => {
	it('lets only the secretariat into /admin', () => {
		expect(canAccess('secretariat', '/admin')).toBe(true);
		expect(canAccess('secretariat', '/admin/users', 'POST')).toBe(true);
		expect(canAccess('chair', '/admin')).toBe(false);
		expect(canAccess('checkin', '/admin/users', 'POST')).toBe(false);
		expect(canAccess('secretariat', '/admin/delegates/[id=id]/giay-moi.docx')).toBe(true);
	});

	it('lets the chair and the secretariat into /chair', () => {
		expect(canAccess('chair', '/chair')).toBe(true);
		expect(canAccess('secretariat', '/chair')).toBe(true);
		expect(canAccess('checkin', '/chair')).toBe(false);
		expect(canAccess('checkin', '/chair/kich-ban.docx')).toBe(false);
	});

	it('lets check-in staff and the secretariat into /scan', () => {
		expect(canAccess('checkin', '/scan')).toBe(true);
		expect(canAccess('secretariat', '/scan')).toBe(true);
		expect(canAccess('chair', '/scan')).toBe(false);
	});

	it('shows the hall check-in code only on a signed-in staff device', () => {
		for (const role of ['checkin', 'secretariat', 'chair'] as const)
			expect(canAccess(role, '/display/hall')).toBe(true);
		expect(canAccess(null, '/display/hall/code')).toBe(false);
		expect(canAccess(null, '/display')).toBe(true);
	});

	it('keeps staff areas closed to signed-out visitors', () => {
		for (const id of [
			'/admin',
			'/chair',
			'/scan',
			'/admin/audit',
			'/display/hall',
			'/api/roster',
			'/api/checkins'
		]) {
			expect(canAccess(null, id, 'POST')).toBe(false);
			expect(canAccess(null, id)).toBe(false);
		}
	});

	it('lets anyone read the meeting but only the chair and the secretariat press its buttons', () => {
		expect(canAccess(null, '/api/meeting', 'GET')).toBe(true);
		expect(canAccess(null, '/api/meeting', 'HEAD')).toBe(true);
		expect(canAccess(null, '/api/meeting', 'POST')).toBe(false);
		expect(canAccess('checkin', '/api/meeting', 'POST')).toBe(false);
		expect(canAccess('chair', '/api/meeting', 'post')).toBe(true);
	});

	it('leaves public pages open and matches whole route segments only', () => {
		for (const id of ['/', '/login', '/api/health', '/d/[token]', '/c/[code]', '/display']) {
			expect(routeAccess(id, 'GET')).toBe('public');
			expect(canAccess(null, id)).toBe(true);
		}
		// A unit's link is its key, for the page and for sending a file; the secretariat's upload for a unit is staff only.
		expect(canAccess(null, '/u/[token]/upload', 'POST')).toBe(true);
		expect(canAccess(null, '/u/[token]', 'GET')).toBe(true);
		expect(canAccess(null, '/admin/documents/upload', 'POST')).toBe(false);
		expect(canAccess('chair', '/admin/documents/upload', 'POST')).toBe(false);
		expect(canAccess('secretariat', '/admin/documents/upload', 'POST')).toBe(true);
		// An area covers its own segment and those below, never a longer name.
		for (const id of ['/administrator', '/scanner', '/chairs', '/display/hallway'])
			expect(ruleFor(id)).toBeNull();
	});

	it('refuses a route no rule covers, to everyone', () => {
		for (const role of [null, 'checkin', 'chair', 'secretariat'] as const) {
			expect(canAccess(role, '/new-page-nobody-wrote-a-rule-for')).toBe(false);
			expect(canAccess(role, '/api/new')).toBe(false);
		}
		expect(routeAccess('/api', 'GET')).toBeNull();
	});

	it('takes rules from its own table only, not from the object prototype', () => {
		expect(ruleFor('__proto__')).toBeNull();
		expect(ruleFor('constructor')).toBeNull();
		expect(Object.keys(ROUTE_RULES).every((k) => k.startsWith('/'))).toBe(true);
	});

	it('sends each role home to a page it may open', () => {
		for (const [role, home] of Object.entries(ROLE_HOME)) {
			expect(canAccess(role as keyof typeof ROLE_HOME, home)).toBe(true);
		}
	});
});

describe('redirect after login', () => {
	it('follows paths on this site', () => {
		expect(safeRedirectPath('/chair')).toBe('/chair');
		expect(safeRedirectPath('/admin/users?x=1')).toBe('/admin/users?x=1');
		expect(safeRedirectPath('/admin/delegates?q=nguy%E1%BB%85n#top')).toBe(
			'/admin/delegates?q=nguy%E1%BB%85n#top'
		);
	});

	it('refuses other sites and odd forms', () => {
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'chair',
			'',
			null,
			undefined,
			// A browser drops tabs and newlines from a Location, so these are //evil.example to it.
			'/\t/evil.example/x',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'/\u0000/evil.example',
			'/./\\evil.example',
			'/.//evil.example',
			'/%0d%0aSet-Cookie:x'.replace('%0d%0a', '\r\n')
		]) {
			expect(safeRedirectPath(bad)).toBeNull();
		}
	});

	it('never hands back a path that starts with two slashes', () => {
		for (const tricky of ['/..//evil.example', '/a/..//evil.example', '/%2e%2e//evil.example']) {
			const path = safeRedirectPath(tricky);
			if (path !== null) expect(path.startsWith('//')).toBe(false);
		}
	});
});
