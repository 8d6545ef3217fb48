import { revisionParamSchema } from '$lib/domain/minutes-draft-schema';
import { RuleError } from '../http/errors';

/** `?revision=N` of a download: null for the latest; a RuleError (400) for anything but a revision number. */
export function revisionParam(url: URL): number | null {
	const raw = url.searchParams.get('revision');
	if (raw === null || raw === '') return null;
	const parsed = revisionParamSchema.safeParse(raw);
	if (!parsed.success) throw new RuleError('Số bản biên bản không hợp lệ.');
	return parsed.data;
}
