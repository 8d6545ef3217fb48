// What every request passes before any route sees it: the app's own body limit and the one rule
// for text (src/lib/domain/text.ts). Used by src/hooks.server.ts only.
import {
	CONTROL_CHARACTER_MESSAGE,
	hasControlCharacters,
	stripControlCharacters
} from '$lib/domain/text';

/** The largest body the app takes; adapter-node is set a little above it (svelte.config.js). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024 / 1024} MB).`;
export const UNREADABLE_FORM_MESSAGE =
	'Không đọc được nội dung biểu mẫu gửi lên. Vui lòng tải lại trang và thử lại.';

export type BoundaryRefusal = { status: 400 | 413; message: string };

/** Declared lengths over the limit are refused before a byte of the body is read. */
export function bodyTooLarge(request: Request): BoundaryRefusal | null {
	const length = Number(request.headers.get('content-length'));
	return Number.isFinite(length) && length > MAX_BODY_BYTES
		? { status: 413, message: BODY_TOO_LARGE_MESSAGE }
		: null;
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * A form post whose fields (or file names) hold control characters is refused whole: no browser
 * sends them, and refusing here means no form action can pass one to the database. JSON bodies are
 * checked by their schemas instead, so one bad scan in a batch refuses that scan only.
 */
export async function checkFormBody(request: Request): Promise<BoundaryRefusal | null> {
	if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return null;
	if (!FORM_TYPES.test(request.headers.get('content-type') ?? '')) return null;
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch (err) {
		const status = (err as { status?: unknown })?.status;
		return status === 413
			? { status: 413, message: BODY_TOO_LARGE_MESSAGE }
			: { status: 400, message: UNREADABLE_FORM_MESSAGE };
	}
	for (const [name, value] of form) {
		const text = typeof value === 'string' ? value : value.name;
		if (hasControlCharacters(name) || hasControlCharacters(text))
			return { status: 400, message: CONTROL_CHARACTER_MESSAGE };
	}
	return null;
}

/** A path whose decoded form holds control characters names no page of the app. */
export function pathRefusal(url: URL): BoundaryRefusal | null {
	return hasControlCharacters(decodeSafely(url.pathname))
		? { status: 400, message: CONTROL_CHARACTER_MESSAGE }
		: null;
}

/** Control characters in query-string values are dropped: nothing a person typed is lost by it. */
export function cleanSearchParams(url: URL): void {
	if (!url.search || !hasControlCharacters(decodeSafely(url.search))) return;
	const cleaned = new URLSearchParams();
	for (const [key, value] of url.searchParams)
		cleaned.append(stripControlCharacters(key), stripControlCharacters(value));
	url.search = cleaned.toString();
}

function decodeSafely(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		// Malformed escapes: URLSearchParams reads them as text, so judge the raw form.
		return text;
	}
}
