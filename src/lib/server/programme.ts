import { listUnits } from './conference';
import type { Database } from './db';

/**
 * The programme as far as it is known: the tham luận of the units named in the plan, in order.
 * (The full agenda with times comes with the chair's console.)
 */
export async function plannedSpeeches(db: Database, conferenceId: number) {
	return (await listUnits(db, conferenceId))
		.filter((u) => u.speechTopic)
		.map((u) => ({ id: u.id, unit: u.name, topic: u.speechTopic! }));
}
