import { z } from 'zod';
import { isDbId } from '$lib/domain/ids';

/** An id posted by a form (a select, a hidden field), with the Vietnamese message to show. */
export const dbIdSchema = (message: string) =>
	z.coerce.number({ error: message }).refine(isDbId, message);
