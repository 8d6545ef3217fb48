import { fail, redirect } from '@sveltejs/kit';
import { textField } from '$lib/domain/fields';
import { getDb } from '$lib/server/db';
import { attempt } from '$lib/server/http/refusal';
import { commitDraft, previewDraft, saveDraft } from '$lib/server/delegates/import';
import { MAX_IMPORT_BYTES } from '$lib/server/delegates/read-sheet';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

const GONE = 'Không tìm thấy tệp đã tải lên. Vui lòng tải lên lại.';
const draftId = textField().regex(/^[a-z2-7]{24}$/);

export const load: PageServerLoad = async ({ url }) => {
	const conference = await requireConference();
	const id = draftId.safeParse(url.searchParams.get('draft'));
	const counts = /^(\d+)-(\d+)-(\d+)$/.exec(url.searchParams.get('imported') ?? '');
	const imported = counts ? counts.slice(1).map(Number) : null;
	if (!id.success) return { draft: null, imported };
	const found = await previewDraft(getDb(), conference.id, id.data);
	return { draft: found && { id: id.data, ...found }, imported, expired: !found };
};

export const actions: Actions = {
	upload: async (event) => {
		const file = (await readForm(event)).file('file');
		if (!file || file.size === 0)
			return fail(400, { message: 'Vui lòng chọn tệp danh sách (.xlsx hoặc .csv).' });
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { message: 'Tệp quá lớn (tối đa 5 MB).' });
		const conference = await requireConference();
		return attempt(async () => {
			const id = await saveDraft(
				getDb(),
				actorOf(event),
				conference.id,
				file.name.slice(0, 200),
				new Uint8Array(await file.arrayBuffer())
			);
			redirect(303, `/admin/delegates/import?draft=${id}`);
		}, GONE);
	},
	commit: async (event) => {
		const form = await readForm(event);
		const id = draftId.safeParse(form.text('draft'));
		if (!id.success) return fail(400, { message: GONE });
		const skipLines = form
			.list('skip')
			.map(Number)
			.filter((n) => Number.isInteger(n) && n > 0);
		const createGroups = form.list('createGroup', 100);
		const conference = await requireConference();
		return attempt(
			async () => {
				const result = await commitDraft(getDb(), actorOf(event), conference.id, id.data, {
					createGroups,
					skipLines
				});
				redirect(
					303,
					`/admin/delegates/import?imported=${result.added}-${result.updated}-${result.skipped}`
				);
			},
			GONE,
			{ skipLines, createGroups }
		);
	}
};
