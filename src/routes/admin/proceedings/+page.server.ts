import { fail } from '@sveltejs/kit';
import { postedDbId } from '$lib/domain/fields';
import { proceedingsChoiceSchema } from '$lib/domain/proceedings-schema';
import { attempt } from '$lib/server/actions';
import { getDb } from '$lib/server/db';
import { loadChoice, saveChoice } from '$lib/server/proceedings/choice';
import { revokeOriginalLinks } from '$lib/server/proceedings/links';
import { proceedingsOutline } from '$lib/server/proceedings/volume';
import { actorOf, requireConference } from '$lib/server/request';
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

/** The choice arrives as one JSON field (the page computes it as the clerk ticks and reorders). */
function parseChoice(posted: FormDataEntryValue | null) {
	if (typeof posted !== 'string' || posted.length > 200_000) return null;
	try {
		const parsed = proceedingsChoiceSchema.safeParse(JSON.parse(posted));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export const actions: Actions = {
	save: async (event) => {
		const choice = parseChoice((await event.request.formData()).get('choice'));
		if (!choice) return fail(400, { message: UNREADABLE_CHOICE });
		const conference = await requireConference();
		const { userId } = actorOf(event);
		await saveChoice(getDb(), conference.id, choice, userId);
		return { success: 'Đã lưu lựa chọn.' };
	},
	revoke: async (event) => {
		const id = documentIdSchema.safeParse((await event.request.formData()).get('submissionId'));
		if (!id.success) return fail(400, { message: 'Tài liệu không hợp lệ.' });
		const conference = await requireConference();
		const { userId } = actorOf(event);
		// `revoked` places the answer under the document's row; a document not of this conference is a 404.
		return attempt(
			() =>
				revokeOriginalLinks(getDb(), conference.id, id.data, userId).then(() => ({
					success: 'Đã thu hồi liên kết bản gốc. Bản kỷ yếu tải từ bây giờ mang liên kết mới.',
					revoked: id.data
				})),
			NO_DOCUMENT,
			{ revoked: id.data }
		);
	}
};
