import { describe, expect, it } from 'vitest';
import { canAccess, requiredRoles, ROLE_HOME, safeRedirectPath } from './roles';

describe('role rules', () => {
	it('lets only the secretariat into /admin', () => {
		expect(canAccess('secretariat', '/admin')).toBe(true);
		expect(canAccess('secretariat', '/admin/users')).toBe(true);
		expect(canAccess('chair', '/admin')).toBe(false);
		expect(canAccess('checkin', '/admin/users')).toBe(false);
	});

	it('lets the chair and the secretariat into /chair', () => {
		expect(canAccess('chair', '/chair')).toBe(true);
		expect(canAccess('secretariat', '/chair')).toBe(true);
		expect(canAccess('checkin', '/chair')).toBe(false);
	});

	it('lets check-in staff and the secretariat into /scan', () => {
		expect(canAccess('checkin', '/scan')).toBe(true);
		expect(canAccess('secretariat', '/scan')).toBe(true);
		expect(canAccess('chair', '/scan')).toBe(false);
	});

	it('shows the hall check-in code only on a signed-in staff device', () => {
		for (const role of ['checkin', 'secretariat', 'chair'] as const) expect(canAccess(role, '/display/hall')).toBe(true);
		expect(canAccess(null, '/display/hall/code')).toBe(false);
	});

	it('keeps staff areas closed to signed-out visitors', () => {
		for (const path of ['/admin', '/chair', '/scan', '/admin/audit', '/display/hall']) expect(canAccess(null, path)).toBe(false);
	});

	it('leaves public pages open and matches whole path segments only', () => {
		for (const path of ['/', '/login', '/api/health', '/d/abc', '/display', '/administrator', '/scanner', '/chairs']) {
			expect(requiredRoles(path)).toBeNull();
			expect(canAccess(null, path)).toBe(true);
		}
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
	});

	it('refuses other sites and odd forms', () => {
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'chair', '', null, undefined]) {
			expect(safeRedirectPath(bad)).toBeNull();
		}
	});
});
