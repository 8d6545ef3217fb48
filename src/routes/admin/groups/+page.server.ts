import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { createGroups, deleteGroup, listGroups, moveGroup, NotFoundError, renameGroup, RuleError } from '$lib/server/delegates';
import { groupNameSchema } from '$lib/server/delegates/schemas';
import { groupsWithCounts } from '$lib/server/conference';
import { actorOf, requireConference } from '$lib/server/request';
import { dbIdSchema } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

const idSchema = dbIdSchema('Thành phần không hợp lệ.');
const GONE = 'Không tìm thấy thành phần này (có thể đã bị xóa).';

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	return { groups: await groupsWithCounts(getDb(), conference.id) };
};

/** Runs a group change, turning the domain's refusals into a message for the user. */
async function attempt(run: () => Promise<void>, success: string) {
	try {
		await run();
	} catch (err) {
		if (err instanceof RuleError) return fail(400, { message: err.message });
		if (err instanceof NotFoundError) error(404, GONE);
		throw err;
	}
	return { success };
}

export const actions: Actions = {
	create: async (event) => {
		const name = groupNameSchema.safeParse((await event.request.formData()).get('name') ?? '');
		if (!name.success) return fail(400, { message: name.error.issues[0]!.message });
		const conference = await requireConference();
		const db = getDb();
		const existing = await listGroups(db, conference.id);
		if (existing.some((g) => g.name.toLocaleLowerCase('vi') === name.data.toLocaleLowerCase('vi'))) {
			return fail(400, { message: `Đã có thành phần “${name.data}”.` });
		}
		const actor = actorOf(event);
		return attempt(async () => {
			await db.transaction((tx) => createGroups(tx, actor, conference.id, [name.data]));
		}, `Đã thêm thành phần “${name.data}”.`);
	},
	rename: async (event) => {
		const form = await event.request.formData();
		const id = idSchema.safeParse(form.get('id'));
		const name = groupNameSchema.safeParse(form.get('name') ?? '');
		if (!id.success) return fail(400, { message: 'Thành phần không hợp lệ.' });
		if (!name.success) return fail(400, { message: name.error.issues[0]!.message });
		const conference = await requireConference();
		return attempt(() => renameGroup(getDb(), actorOf(event), conference.id, id.data, name.data), 'Đã đổi tên thành phần.');
	},
	move: async (event) => {
		const form = await event.request.formData();
		const id = idSchema.safeParse(form.get('id'));
		const direction = z.enum(['up', 'down']).safeParse(form.get('direction'));
		if (!id.success || !direction.success) return fail(400, { message: 'Yêu cầu sắp xếp không hợp lệ.' });
		const conference = await requireConference();
		return attempt(() => moveGroup(getDb(), actorOf(event), conference.id, id.data, direction.data), 'Đã đổi thứ tự.');
	},
	delete: async (event) => {
		const id = idSchema.safeParse((await event.request.formData()).get('id'));
		if (!id.success) return fail(400, { message: 'Thành phần không hợp lệ.' });
		const conference = await requireConference();
		return attempt(() => deleteGroup(getDb(), actorOf(event), conference.id, id.data), 'Đã xóa thành phần.');
	}
};
