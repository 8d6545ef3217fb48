// The latest version of each submission of one conference: the readable text of a unit's answer,
// as the delegates' page (published.ts), the kỷ yếu (proceedings/volume.ts) and the báo cáo tổng hợp
// (proceedings/synthesis.ts) read it.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { agendaItem, documentRequest, submission, submissionVersion, unit } from '../db/schema';

/** Joins a dynamic select from `submission` to its request, its unit and its versions. */
export function withVersions<T extends PgSelect>(query: T) {
	return query
		.innerJoin(documentRequest, eq(documentRequest.id, submission.requestId))
		.innerJoin(unit, eq(unit.id, submission.unitId))
		.innerJoin(submissionVersion, eq(submissionVersion.submissionId, submission.id));
}

/** With withVersions: the conference's submissions (request and unit both in it), each at its latest version only. */
export function latestInConference(conferenceId: number): SQL {
	return and(
		eq(documentRequest.conferenceId, conferenceId),
		eq(unit.conferenceId, conferenceId),
		eq(
			submissionVersion.version,
			sql`(select max(v.version) from ${submissionVersion} v where v.submission_id = ${submission.id})`
		)
	)!;
}

/**
 * Narrows a select from `submission` to the conference's, each joined to its request, its unit, its
 * latest version and its tham luận's agenda item.
 */
export function latestOfConference<T extends PgSelect>(
	query: T,
	conferenceId: number,
	where?: SQL
) {
	return withVersions(query)
		.leftJoin(agendaItem, eq(agendaItem.id, documentRequest.agendaItemId))
		.where(and(latestInConference(conferenceId), where));
}
