import { redirect } from '@sveltejs/kit';
import { moveAction, rowAction } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import { getDb } from '$lib/server/db';
import { actorOf, requireConference } from '$lib/server/http/request';
import { createUnit, deleteUnit, listUnits, moveUnit, reissueUnitLink } from '$lib/server/units';
import { unitLinkView } from '$lib/server/units/links';
import { readForm } from '$lib/server/http/form';
import { readUnitForm, unitFormValues } from './form-values';
import type { Actions, PageServerLoad } from './$types';

const GONE = 'Không tìm thấy đơn vị này (có thể đã bị xóa).';
const INVALID = 'Đơn vị không hợp lệ.';

export const load: PageServerLoad = async ({ url }) => {
	const conference = await requireConference();
	const units = await listUnits(getDb(), conference.id);
	return {
		units: await Promise.all(
			units.map(async (u) => ({
				id: u.id,
				name: u.name,
				leader: u.leader,
				phone: u.phone,
				email: u.email,
				submissions: u.submissions,
				missing: u.missing.length,
				...(await unitLinkView(u, url.origin))
			}))
		),
		created: url.searchParams.get('created')
	};
};

export const actions: Actions = {
	create: async (event) => {
		const form = await readForm(event);
		const { input, refused } = readUnitForm(form);
		if (refused) return refused;
		const conference = await requireConference();
		return attempt(
			async () => {
				const id = await createUnit(getDb(), actorOf(event), conference.id, input);
				redirect(303, `/admin/units?created=${id}#unit-${id}`);
			},
			GONE,
			{ values: unitFormValues(form) }
		);
	},
	move: moveAction(GONE, moveUnit),
	reissue: rowAction(
		INVALID,
		GONE,
		reissueUnitLink,
		'Đã thu hồi liên kết cũ và cấp liên kết mới. Hãy gửi liên kết mới cho đơn vị.'
	),
	delete: rowAction(INVALID, GONE, deleteUnit, 'Đã xóa đơn vị.')
};
