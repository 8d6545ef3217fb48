// The secretariat's choice for the kỷ yếu as the server reads it (the form, the stored row). The
// delegate's page imports the plain ./proceedings, never this module, so zod stays out of it.
import { PROCEEDINGS_PARTS, type ProceedingsChoice } from './proceedings';
import { z } from './zod';

/** A ProceedingsChoice (./proceedings): absent entries take the default, nothing left out. */
export const proceedingsChoiceSchema = z.object({
	/** Parts left out. */
	omittedParts: z.array(z.enum(PROCEEDINGS_PARTS)).max(PROCEEDINGS_PARTS.length).default([]),
	/** Submissions (submission.id) left out. */
	omittedDocuments: z.array(z.number().int().positive()).max(10_000).default([]),
	/** Per document part, submission ids in the chosen order; ids not listed follow in the default order. */
	order: z
		.object({
			plan: z.array(z.number().int().positive()).max(10_000).optional(),
			reports: z.array(z.number().int().positive()).max(10_000).optional(),
			speeches: z.array(z.number().int().positive()).max(10_000).optional()
		})
		.default({})
}) satisfies z.ZodType<ProceedingsChoice>;
