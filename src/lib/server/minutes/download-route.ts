import { error } from '@sveltejs/kit';
import { revisionParamSchema } from '$lib/domain/minutes-draft-schema';
import { NotFoundError } from '../errors';

/** `?revision=N` of a download: null for the latest; a 400 for anything but a revision number. */
export function revisionParam(url: URL): number | null {
	const raw = url.searchParams.get('revision');
	if (raw === null || raw === '') return null;
	const parsed = revisionParamSchema.safeParse(raw);
	if (!parsed.success) error(400, 'Số bản biên bản không hợp lệ.');
	return parsed.data;
}

/** An unknown revision (or none yet) is a 404 with its Vietnamese message. */
export async function orNotFound<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (err) {
		if (err instanceof NotFoundError) error(404, err.message);
		throw err;
	}
}
