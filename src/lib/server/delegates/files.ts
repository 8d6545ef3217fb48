import { inviteLink } from '$lib/domain/invite-token';
import { vnDateFromIso } from '$lib/domain/dates';
import { fillInvitationNotes } from '$lib/domain/invitation-text';
// The delegates' downloads (one pattern for every capability: <capability>/files.ts builds the
// bytes from the database, the route answers them with fileResponse() from ../download.ts).
import type { Database } from '../db';
import type { Conference } from '../db/schema';
import {
	buildInvitations,
	type InvitationEvent,
	type InvitationIssuer
} from '../documents/invitation';
import { inviteTokenOf, listDelegates, type DelegateRow } from '.';

function issuerOf(c: Conference): InvitationIssuer {
	return {
		parentBody: c.parentBody,
		issuerLines: c.issuerLines,
		issuerShortName: c.issuerShortName,
		locality: c.locality,
		// An unnumbered letter keeps room for the number to be written in by hand.
		number: c.invitationNumber || '      /GM-UBND',
		issuedOn: c.invitationIssuedOn ? vnDateFromIso(c.invitationIssuedOn) : new Date(),
		signerAuthority: c.signerAuthority,
		signerTitle: c.signerTitle,
		signerName: c.signerName,
		recipients: c.invitationRecipients
	};
}

function eventOf(c: Conference): InvitationEvent {
	return {
		title: c.title,
		subject: c.subject,
		chair: `Đồng chí ${c.chairName} - ${c.chairTitle}`,
		startsAt: c.startsAt,
		endsAt: c.endsAt,
		place: c.place,
		notes: fillInvitationNotes(c.invitationNotes, c.submissionsDueOn),
		contact: c.contactInfo
	};
}

/** Giấy mời for the given delegates (all when omitted), one per page, each with its QR link. */
export async function invitationFile(
	db: Database,
	conference: Conference,
	origin: string,
	only?: DelegateRow[]
) {
	const delegates = only ?? (await listDelegates(db, conference.id));
	return buildInvitations(
		issuerOf(conference),
		eventOf(conference),
		delegates.map((d) => ({
			fullName: d.fullName,
			position: d.position,
			organisation: d.organisation,
			link: inviteLink(origin, inviteTokenOf(d))
		}))
	);
}
