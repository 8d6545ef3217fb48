import { writeAudit, type Actor } from '../audit';
import type { Database, Executor } from '../db';
import { scannerDevice } from '../db/schema';
import { publish } from '../live';
import type { DeviceNames } from '$lib/domain/devices';

/** Every scanner's name, for the roster (yellow verdicts) and the attendance board. */
export async function deviceNames(db: Executor): Promise<DeviceNames> {
	const rows = await db
		.select({ id: scannerDevice.id, name: scannerDevice.name })
		.from(scannerDevice);
	return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/**
 * Names (or renames) a scanner. The scanners hear it as a roster change and read the names again
 * with the roster; the board reads them on its next load.
 */
export async function nameDevice(
	db: Database,
	actor: Actor,
	conferenceId: number,
	deviceId: string,
	name: string
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.insert(scannerDevice)
			.values({ id: deviceId, name, namedByUserId: actor.userId })
			.onConflictDoUpdate({
				target: scannerDevice.id,
				set: { name, namedByUserId: actor.userId, namedAt: new Date() }
			});
		await writeAudit(tx, {
			...actor,
			action: 'device_named',
			entity: 'scanner_device',
			entityId: deviceId,
			detail: { name }
		});
		await publish(tx, { type: 'roster', conferenceId });
	});
}
