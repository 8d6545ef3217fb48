// Where a check-in was made, in words staff read at the door and on the board: a scanner named
// once by its staff ("Cửa chính – Lan"), else its own made-up id, or the delegate's own phone.

/** The device id of self check-ins (the hall QR or its typed code): no scanner made them. */
export const SELF_DEVICE_ID = 'tu-diem-danh';

export const DEVICE_NAME_MAX = 40;

/** Device id → the name its staff gave it. */
export type DeviceNames = Readonly<Record<string, string>>;

/** "Cửa chính – Lan", else the device's id; the self check-in has its own words. */
export function deviceLabel(deviceId: string, names: DeviceNames): string {
	if (deviceId === SELF_DEVICE_ID) return 'đại biểu tự điểm danh';
	return Object.hasOwn(names, deviceId) ? names[deviceId]! : deviceId;
}

/** The line under a yellow verdict: where the first check-in was made. */
export function whereCheckedIn(
	firstDeviceId: string | null,
	ownDeviceId: string,
	names: DeviceNames
): string {
	if (firstDeviceId === null) return 'Tại máy khác';
	if (firstDeviceId === ownDeviceId) return 'Tại máy này';
	if (firstDeviceId === SELF_DEVICE_ID) return 'Đại biểu tự điểm danh tại hội trường';
	return `Tại máy ${deviceLabel(firstDeviceId, names)}`;
}
