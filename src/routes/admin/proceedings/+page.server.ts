import { fail } from '@sveltejs/kit';
import { postedDbId } from '$lib/domain/fields';
import { proceedingsChoiceSchema } from '$lib/domain/proceedings-schema';
import { getDb } from '$lib/server/db';
import { RuleError } from '$lib/server/http/errors';
import { readForm } from '$lib/server/http/form';
import { parseJson } from '$lib/server/http/json-body';
import { attempt } from '$lib/server/http/refusal';
import { loadChoice, saveChoice } from '$lib/server/proceedings/choice';
import { revokeOriginalLinks } from '$lib/server/proceedings/links';
import { proceedingsOutline } from '$lib/server/proceedings/volume';
import { actorOf, requireConference } from '$lib/server/http/request';
import type { Actions, PageServerLoad } from './$types';

const UNREADABLE_CHOICE = 'Không đọc được lựa chọn gửi lên. Vui lòng tải lại trang rồi chọn lại.';
const NO_DOCUMENT = 'Không tìm thấy tài liệu này (có thể đơn vị đã rút hoặc tài liệu đã bị xóa).';
const documentIdSchema = postedDbId('Tài liệu không hợp lệ.');

export const load: PageServerLoad = async () => {
	const conference = await requireConference();
	const db = getDb();
	const [outline, choice] = await Promise.all([
		proceedingsOutline(db, conference),
		loadChoice(db, conference.id)
	]);
	return { outline, choice };
};

/** The largest choice field taken: far above a conference's every document, ordered. */
const CHOICE_MAX_CHARS = 200_000;

export const actions: Actions = {
	save: async (event) => {
		const posted = (await readForm(event)).text('choice');
		// The choice arrives as one JSON field (the page computes it as the clerk ticks and reorders).
		return attempt(async () => {
			if (posted.length > CHOICE_MAX_CHARS) throw new RuleError(UNREADABLE_CHOICE);
			const choice = parseJson(posted, proceedingsChoiceSchema, { unreadable: UNREADABLE_CHOICE });
			const conference = await requireConference();
			await saveChoice(getDb(), actorOf(event), conference.id, choice);
			return { success: 'Đã lưu lựa chọn.' };
		}, NO_DOCUMENT);
	},
	revoke: async (event) => {
		const id = documentIdSchema.safeParse((await readForm(event)).text('submissionId'));
		if (!id.success) return fail(400, { message: 'Tài liệu không hợp lệ.' });
		const conference = await requireConference();
		// `revoked` places the answer under the document's row; a document not of this conference is a 404.
		return attempt(
			() =>
				revokeOriginalLinks(getDb(), actorOf(event), conference.id, id.data).then(() => ({
					success: 'Đã thu hồi liên kết bản gốc. Bản kỷ yếu tải từ bây giờ mang liên kết mới.',
					revoked: id.data
				})),
			NO_DOCUMENT,
			{ revoked: id.data }
		);
	}
};
