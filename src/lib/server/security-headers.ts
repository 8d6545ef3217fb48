/**
 * Headers every response from the app carries. The page policy itself (Content-Security-Policy
 * with nonces) is kit.csp in svelte.config.js, which Kit sends on each page it renders; this adds
 * the rest and keeps everything else (JSON, files, redirects, Kit's plain error page) from being
 * framed.
 */

/** The only part of the page policy that matters for a response that is not a page. */
export const FRAME_ANCESTORS_POLICY = "frame-ancestors 'none'";

/** One year; no includeSubDomains or preload: the app does not own the rest of the domain. */
export const HSTS_VALUE = 'max-age=31536000';

export function applySecurityHeaders(response: Response, url: URL): void {
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'same-origin');
	// For browsers without CSP frame-ancestors.
	headers.set('X-Frame-Options', 'DENY');
	// A page Kit rendered already has the full policy (with this page's nonce): never replace it.
	if (!headers.has('Content-Security-Policy'))
		headers.set('Content-Security-Policy', FRAME_ANCESTORS_POLICY);
	// Only when the request really came in over https (scripts/start.js or PROTOCOL_HEADER/ORIGIN
	// make event.url say so): on the plain-http hall server HSTS would be ignored at best.
	if (url.protocol === 'https:') headers.set('Strict-Transport-Security', HSTS_VALUE);
}
