// Taking back a check-in made by mistake, within the undo window.
import { and, eq, isNull } from 'drizzle-orm';
import { UNDO_WINDOW_MS } from '$lib/domain/checkin';
import type { Role } from '$lib/domain/roles';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { checkin, delegate } from '../db/schema';
import { NotFoundError, RuleError } from '../http/errors';
import { publish } from '../live';
import { firstCheckins } from './first';

export interface UndoRequest {
	delegateId: number;
	reason: string;
	/** The device asking; staff without the secretariat role may undo only their own device's check-in. */
	deviceId: string;
	user: { id: number; role: Role };
	address: string | null;
}

/**
 * Cancels a delegate's check-in (with every repeat scan, so nothing else takes its place) within
 * 15 minutes of the scan: from the device that made it, or by any secretariat user.
 */
export async function undoCheckin(
	db: Database,
	conferenceId: number,
	request: UndoRequest,
	now = new Date()
) {
	return db.transaction(async (tx) => {
		const [target] = await tx
			.select({ id: delegate.id, fullName: delegate.fullName })
			.from(delegate)
			.where(and(eq(delegate.id, request.delegateId), eq(delegate.conferenceId, conferenceId)))
			.for('update');
		if (!target) throw new NotFoundError('Không tìm thấy đại biểu này.');
		const first = (await firstCheckins(tx, [target.id])).get(target.id);
		if (!first) throw new RuleError(`${target.fullName} chưa được điểm danh, không có gì để hủy.`);
		if (now.getTime() - first.scannedAt.getTime() > UNDO_WINDOW_MS) {
			throw new RuleError('Chỉ hủy được trong 15 phút sau khi điểm danh. Vui lòng báo Văn phòng.');
		}
		if (request.user.role !== 'secretariat' && first.deviceId !== request.deviceId) {
			throw new RuleError('Lượt này do máy khác ghi nhận. Chỉ máy đó hoặc Văn phòng được hủy.');
		}
		const undone = await tx
			.update(checkin)
			.set({ undoneAt: now, undoneByUserId: request.user.id, undoReason: request.reason })
			.where(and(eq(checkin.delegateId, target.id), isNull(checkin.undoneAt)))
			.returning({ id: checkin.id });
		await writeAudit(tx, {
			userId: request.user.id,
			action: 'checkin.undo',
			entity: 'delegate',
			entityId: target.id,
			detail: {
				fullName: target.fullName,
				reason: request.reason,
				checkins: undone.map((r) => r.id)
			},
			address: request.address
		});
		await publish(tx, {
			type: 'attendance',
			conferenceId,
			changes: [{ delegateId: target.id, firstAt: null, firstDeviceId: null }]
		});
		return { fullName: target.fullName, undone: undone.length };
	});
}
