import { fail } from '@sveltejs/kit';
import { formatDateTime, formatIsoDay } from '$lib/domain/dates';
import { settingsSchema, updateConferenceSettings } from '$lib/server/conference-settings';
import { getDb } from '$lib/server/db';
import { formFields } from '$lib/server/form';
import { actorOf, requireConference } from '$lib/server/request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const c = await requireConference();
	return {
		values: {
			title: c.title,
			subject: c.subject,
			place: c.place,
			startsAt: formatDateTime(c.startsAt),
			endsAt: formatDateTime(c.endsAt),
			chairName: c.chairName,
			chairTitle: c.chairTitle,
			parentBody: c.parentBody ?? '',
			issuerLines: c.issuerLines.join('\n'),
			issuerShortName: c.issuerShortName,
			locality: c.locality,
			signerAuthority: c.signerAuthority ?? '',
			signerTitle: c.signerTitle,
			signerName: c.signerName,
			invitationNumber: c.invitationNumber,
			invitationIssuedOn: c.invitationIssuedOn ? formatIsoDay(c.invitationIssuedOn) : '',
			submissionsDueOn: c.submissionsDueOn ? formatIsoDay(c.submissionsDueOn) : '',
			invitationNotes: c.invitationNotes.join('\n'),
			invitationRecipients: c.invitationRecipients.join('\n'),
			contactInfo: c.contactInfo
		}
	};
};

const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const raw = formFields(form, SETTINGS_FIELDS);
		const parsed = settingsSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { message: parsed.error.issues[0]!.message, values: raw });
		const conference = await requireConference();
		const moved = await updateConferenceSettings(getDb(), actorOf(event), conference.id, parsed.data);
		return { success: ['Đã lưu thông tin hội nghị.', ...moved].join(' ') };
	}
};
