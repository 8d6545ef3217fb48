import { fail } from '@sveltejs/kit';
import { done, moveAction, rowAction } from '$lib/server/http/actions';
import { attempt } from '$lib/server/http/refusal';
import { getDb } from '$lib/server/db';
import { addGroup, deleteGroup, moveGroup, renameGroup } from '$lib/server/delegates/groups';
import { groupNameSchema } from '$lib/server/delegates/delegate-schema';
import { groupsWithCounts } from '$lib/server/conference';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm } from '$lib/server/http/form';
import { postedDbId } from '$lib/domain/fields';
import type { Actions, PageServerLoad } from './$types';

const idSchema = postedDbId('Thành phần không hợp lệ.');
const GONE = 'Không tìm thấy thành phần này (có thể đã bị xóa).';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	return { groups: await groupsWithCounts(getDb(), conference.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const name = groupNameSchema.safeParse((await readForm(event)).text('name'));
		if (!name.success) return fail(400, { message: name.error.issues[0]!.message });
		const conference = await requireConference();
		return attempt(
			() =>
				addGroup(getDb(), actorOf(event), conference.id, name.data).then(
					done(`Đã thêm thành phần “${name.data}”.`)
				),
			GONE
		);
	},
	rename: async (event) => {
		const form = await readForm(event);
		const id = idSchema.safeParse(form.text('id'));
		const name = groupNameSchema.safeParse(form.text('name'));
		if (!id.success) return fail(400, { message: 'Thành phần không hợp lệ.' });
		if (!name.success) return fail(400, { message: name.error.issues[0]!.message });
		const conference = await requireConference();
		return attempt(
			() =>
				renameGroup(getDb(), actorOf(event), conference.id, id.data, name.data).then(
					done('Đã đổi tên thành phần.')
				),
			GONE
		);
	},
	move: moveAction(GONE, moveGroup),
	delete: rowAction('Thành phần không hợp lệ.', GONE, deleteGroup, 'Đã xóa thành phần.')
};
