// What the secretariat chose for the kỷ yếu (parts and documents ticked, order within a part), one
// row per conference. A stored choice that no longer reads (an older shape) is the default.
import { eq } from 'drizzle-orm';
import { DEFAULT_CHOICE, type ProceedingsChoice } from '$lib/domain/proceedings';
import { proceedingsChoiceSchema } from '$lib/domain/proceedings-schema';
import { writeAudit, type Actor } from '../audit';
import type { Executor } from '../db';
import { proceedingsChoice } from '../db/schema';

/** The conference's saved choice, or the default (everything in, default order). */
export async function loadChoice(db: Executor, conferenceId: number): Promise<ProceedingsChoice> {
	const [row] = await db
		.select({ choice: proceedingsChoice.choice })
		.from(proceedingsChoice)
		.where(eq(proceedingsChoice.conferenceId, conferenceId));
	if (!row) return DEFAULT_CHOICE;
	const parsed = proceedingsChoiceSchema.safeParse(row.choice);
	return parsed.success ? parsed.data : DEFAULT_CHOICE;
}

/** Keeps the choice (replacing the one before) with an audit line, in one transaction. */
export async function saveChoice(
	db: Executor,
	actor: Actor,
	conferenceId: number,
	choice: ProceedingsChoice
): Promise<void> {
	const valid = proceedingsChoiceSchema.parse(choice);
	await db.transaction(async (tx) => {
		const updatedAt = new Date();
		await tx
			.insert(proceedingsChoice)
			.values({ conferenceId, choice: valid, updatedAt, byUserId: actor.userId })
			.onConflictDoUpdate({
				target: proceedingsChoice.conferenceId,
				set: { choice: valid, updatedAt, byUserId: actor.userId }
			});
		await writeAudit(tx, {
			...actor,
			action: 'proceedings_choice_saved',
			// One choice per conference: the line names the kỷ yếu, not a number.
			entity: 'proceedings_choice',
			detail: { omittedParts: valid.omittedParts, omittedDocuments: valid.omittedDocuments.length }
		});
	});
}
