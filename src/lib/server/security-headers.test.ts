import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, FRAME_ANCESTORS_POLICY } from './security-headers';

describe('applySecurityHeaders', () => {
	it('sets the framing, sniffing and referrer headers', () => {
		const response = new Response('{}', { headers: { 'content-type': 'application/json' } });
		applySecurityHeaders(response, new URL('http://192.168.1.10:3000/api/health'));
		expect(response.headers.get('X-Frame-Options')).toBe('DENY');
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
		expect(response.headers.get('Content-Security-Policy')).toBe(FRAME_ANCESTORS_POLICY);
	});

	it('keeps the policy Kit already set on a page', () => {
		const policy = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";
		const response = new Response('<!doctype html>', {
			headers: { 'content-type': 'text/html', 'content-security-policy': policy }
		});
		applySecurityHeaders(response, new URL('http://localhost/admin'));
		expect(response.headers.get('Content-Security-Policy')).toBe(policy);
	});

	it('sends HSTS only over https', () => {
		const plain = new Response('');
		applySecurityHeaders(plain, new URL('http://hoinghi.example.vn/'));
		expect(plain.headers.has('Strict-Transport-Security')).toBe(false);

		const secure = new Response('');
		applySecurityHeaders(secure, new URL('https://hoinghi.example.vn/'));
		expect(secure.headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
	});
});
