import type { ParamMatcher } from '@sveltejs/kit';
import { isDbId } from '$lib/domain/ids';

/** Database ids in URLs: digits only, within PostgreSQL's integer. */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,9}$/.test(param) && isDbId(Number(param));
