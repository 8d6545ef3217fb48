import { fail, type RequestEvent } from '@sveltejs/kit';
import { canAccess } from '$lib/domain/roles';
import { formatDateTime } from '$lib/domain/dates';
import {
	editCountSchema,
	reopenReasonSchema,
	SECTION_KEY,
	sectionTextSchema
} from '$lib/domain/minutes-draft-schema';
import { sectionText } from '$lib/domain/minutes';
import { attempt } from '$lib/server/http/refusal';
import { getDb } from '$lib/server/db';
import {
	currentMinutes,
	draftMinutes,
	finalizeMinutes,
	NO_DRAFT,
	reopenMinutes,
	saveMinutesSections,
	type MinutesRevision,
	type MinutesSave
} from '$lib/server/minutes/record';
import { actorOf, requireConference } from '$lib/server/http/request';
import { readForm, type PostedForm } from '$lib/server/http/form';
import type { Actions, PageServerLoad } from './$types';

function revisionView(r: MinutesRevision) {
	return {
		revision: r.revision,
		finalizedAtText: r.finalizedAt ? formatDateTime(r.finalizedAt) : null,
		finalizedBy: r.finalizedBy ?? null,
		reopenReason: r.reopenReason,
		updatedAtText: formatDateTime(r.updatedAt),
		updatedBy: r.updatedBy ?? null
	};
}

export const load: PageServerLoad = async ({ locals, route }) => {
	const conference = await requireConference();
	const { current, earlier } = await currentMinutes(getDb(), conference.id);
	return {
		/** The chair reads this page; only the secretariat writes (the rule in src/lib/domain/roles.ts). */
		canWrite: canAccess(locals.user?.role, route.id, 'POST'),
		current: current && {
			...revisionView(current),
			editCount: current.editCount,
			final: current.finalizedAt !== null,
			assembledAtText: formatDateTime(new Date(current.body.assembledAt)),
			sections: current.body.sections.map((s) => ({ ...s, shown: sectionText(s) }))
		},
		earlier: earlier.map(revisionView)
	};
};

/** The textareas as posted, `text:<key>`, each checked; a key that is no section's shape is refused. */
function postedTexts(form: PostedForm): { texts: Record<string, string> } | { message: string } {
	const texts: Record<string, string> = {};
	for (const [key, value] of form.prefixed('text:')) {
		if (!SECTION_KEY.test(key) || value === null)
			return { message: 'Biên bản gửi lên không hợp lệ. Vui lòng tải lại trang.' };
		const parsed = sectionTextSchema.safeParse(value);
		if (!parsed.success) return { message: parsed.error.issues[0]!.message };
		texts[key] = parsed.data;
	}
	return { texts };
}

/** A stale page is a 409 (MinutesConflictError), every other refusal a 400, or a 404 when there is no draft. */
const answer = <T>(run: () => Promise<T>) => attempt(run, NO_DRAFT);

const editCountOf = (form: PostedForm) => editCountSchema.safeParse(form.text('editCount'));

/** "Lưu" and "Hoàn thành": the edit count the page showed, then the typed sections. */
function postedEdit(form: PostedForm): { save: MinutesSave } | { message: string } {
	const editCount = editCountOf(form);
	if (!editCount.success) return { message: editCount.error.issues[0]!.message };
	const posted = postedTexts(form);
	if ('message' in posted) return posted;
	return { save: { editCount: editCount.data, texts: posted.texts } };
}

export const actions: Actions = {
	/** "Lập dự thảo biên bản", and "Cập nhật số liệu", which first saves what is typed so nothing is lost. */
	draft: async (event) => {
		const form = await readForm(event);
		const posted = postedTexts(form);
		if ('message' in posted) return fail(400, { message: posted.message });
		const typed = Object.keys(posted.texts).length > 0;
		const editCount = editCountOf(form);
		if (typed && !editCount.success)
			return fail(400, { message: editCount.error.issues[0]!.message });
		const conference = await requireConference();
		const db = getDb();
		const actor = actorOf(event);
		return answer(async () => {
			if (typed && editCount.success)
				await saveMinutesSections(db, actor, conference.id, {
					editCount: editCount.data,
					texts: posted.texts
				});
			const n = await draftMinutes(db, actor, conference.id);
			return {
				success:
					n === 1 && !typed
						? 'Đã lập dự thảo biên bản từ số liệu của hội nghị.'
						: 'Đã cập nhật số liệu; các đoạn đã sửa được giữ nguyên.'
			};
		});
	},
	save: async (event: RequestEvent) => {
		const posted = postedEdit(await readForm(event));
		if ('message' in posted) return fail(400, { message: posted.message });
		const conference = await requireConference();
		return answer(() =>
			saveMinutesSections(getDb(), actorOf(event), conference.id, posted.save).then(() => ({
				success: 'Đã lưu biên bản.'
			}))
		);
	},
	/** "Dùng số liệu mới": the section goes back to what the data says. */
	useData: async (event) => {
		const form = await readForm(event);
		const editCount = editCountOf(form);
		const key = form.text('key');
		if (!editCount.success) return fail(400, { message: editCount.error.issues[0]!.message });
		if (!SECTION_KEY.test(key))
			return fail(400, { message: 'Biên bản không có phần này. Vui lòng tải lại trang.' });
		const conference = await requireConference();
		return answer(() =>
			saveMinutesSections(getDb(), actorOf(event), conference.id, {
				editCount: editCount.data,
				texts: { [key]: null }
			}).then(() => ({ success: 'Đã dùng số liệu mới cho phần này.' }))
		);
	},
	/** Saves what is typed, then locks the revision. */
	finalize: async (event) => {
		const posted = postedEdit(await readForm(event));
		if ('message' in posted) return fail(400, { message: posted.message });
		const { save } = posted;
		const conference = await requireConference();
		const db = getDb();
		const actor = actorOf(event);
		return answer(async () => {
			const count = Object.keys(save.texts).length
				? await saveMinutesSections(db, actor, conference.id, save)
				: save.editCount;
			const revision = await finalizeMinutes(db, actor, conference.id, count);
			return { success: `Đã hoàn thành biên bản (bản số ${revision}).` };
		});
	},
	reopen: async (event) => {
		const form = await readForm(event);
		const typed = form.text('reason');
		const reason = reopenReasonSchema.safeParse(typed);
		if (!reason.success)
			return fail(400, { message: reason.error.issues[0]!.message, reason: typed.slice(0, 600) });
		const conference = await requireConference();
		return answer(() =>
			reopenMinutes(getDb(), actorOf(event), conference.id, reason.data).then((n) => ({
				success: `Đã mở lại biên bản để sửa (bản số ${n}).`
			}))
		);
	}
};
