// Check-ins as the server reads them (POST /api/checkins), and the walk-in form the scanner checks
// before queueing one. Only the scanner loads this in the browser; the delegate's and hall's pages
// import the plain ./checkin.
import { z } from './zod';
import { dbId, textField } from './fields';
import { CHECKIN_METHODS, MAX_BATCH, type CheckinItem, type WalkIn } from './checkin';

const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);

const scannedAtSchema = z
	.union([z.number(), textField().max(40)], { error: 'Thiếu thời điểm quét (scannedAt)' })
	.transform((value, ctx) => {
		const ms = typeof value === 'number' ? value : Date.parse(value);
		if (!Number.isFinite(ms) || ms < MIN_TIME || ms > MAX_TIME) {
			ctx.addIssue({ code: 'custom', message: 'Thời điểm quét (scannedAt) không hợp lệ' });
			return z.NEVER;
		}
		return new Date(Math.round(ms));
	});

export const walkInSchema = z.object(
	{
		fullName: textField('Vui lòng nhập họ và tên')
			.trim()
			.min(2, 'Vui lòng nhập họ và tên')
			.max(120, 'Họ và tên quá dài (tối đa 120 ký tự)'),
		position: textField('Chức vụ không hợp lệ')
			.trim()
			.max(200, 'Chức vụ quá dài (tối đa 200 ký tự)')
			.default(''),
		/** Optional: a walk-in is on the line "Khách ngoài danh sách" whatever group they belong to. */
		groupId: dbId('Thành phần không hợp lệ')
			.nullish()
			.transform((v) => v ?? null)
	},
	{ error: 'Thông tin khách ngoài danh sách (walkIn) không hợp lệ' }
) satisfies z.ZodType<WalkIn>;

/**
 * One scan as a device sends it (README.md, Design: Check-in API). The id is made on the device, so sending the
 * same scan again after a lost answer stores nothing new.
 */
export const checkinItemSchema = z
	.object(
		{
			id: textField('Thiếu mã lượt điểm danh (id)').regex(
				/^[A-Za-z0-9_-]{8,64}$/,
				'Mã lượt điểm danh (id) phải gồm 8–64 chữ, số, - hoặc _'
			),
			tokenHash: textField('Mã băm giấy mời (tokenHash) không hợp lệ')
				.regex(/^[0-9a-f]{64}$/, 'Mã băm giấy mời (tokenHash) phải là sha256 dạng hex')
				.optional(),
			delegateId: dbId('Mã đại biểu (delegateId) không hợp lệ').optional(),
			walkIn: walkInSchema.optional(),
			scannedAt: scannedAtSchema,
			deviceId: textField('Thiếu mã thiết bị (deviceId)')
				.trim()
				.min(1, 'Thiếu mã thiết bị (deviceId)')
				.max(64, 'Mã thiết bị (deviceId) quá dài'),
			method: z.enum(CHECKIN_METHODS, { error: 'Cách điểm danh (method) không hợp lệ' })
		},
		{ error: 'Mỗi lượt điểm danh phải là một đối tượng JSON' }
	)
	.superRefine((item, ctx) => {
		const targets = [item.tokenHash, item.delegateId, item.walkIn].filter(
			(t) => t !== undefined
		).length;
		if (targets !== 1) {
			ctx.addIssue({
				code: 'custom',
				message: 'Mỗi lượt cần đúng một trong: tokenHash, delegateId hoặc walkIn'
			});
		}
		if ((item.method === 'walk-in') !== (item.walkIn !== undefined)) {
			ctx.addIssue({
				code: 'custom',
				message: 'Khách ngoài danh sách cần method "walk-in" kèm walkIn'
			});
		}
	}) satisfies z.ZodType<CheckinItem>;

const NO_BATCH = 'Cần một danh sách "checkins" có ít nhất một lượt.';

/**
 * The envelope of a batch: `{ checkins: [...] }` with 1 to MAX_BATCH items. The items are left
 * as sent: each is checked on its own (parseCheckinItem), so one bad scan refuses only itself.
 */
export const checkinBatchSchema = z.object(
	{
		checkins: z
			.array(z.unknown(), { error: NO_BATCH })
			.min(1, NO_BATCH)
			.max(MAX_BATCH, `Mỗi lần gửi tối đa ${MAX_BATCH} lượt.`)
	},
	{ error: NO_BATCH }
);

/** Validation of one item: the parsed item, or its id (when readable) and a Vietnamese reason. */
export function parseCheckinItem(
	raw: unknown
): { ok: true; item: CheckinItem } | { ok: false; id: string | null; message: string } {
	const parsed = checkinItemSchema.safeParse(raw);
	if (parsed.success) return { ok: true, item: parsed.data };
	const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
	const id = typeof rawId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(rawId) ? rawId : null;
	const message = [...new Set(parsed.error.issues.map((i) => i.message))].join('; ');
	return { ok: false, id, message };
}
