/**
 * Vietnamese phone numbers as people write them ("0912 345 678", "+84 912.345.678",
 * "(0208) 3 855 123") to one stored form: digits only, starting with 0.
 * Mobiles have 10 digits (03, 05, 07, 08, 09); landlines 11 digits (02…).
 * Returns null when the text is not such a number.
 */
export function normalizePhone(input: string): string | null {
	let digits = input.trim().replace(/[\s.\-()]/g, '');
	if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
	else if (digits.startsWith('84') && digits.length === 11) digits = '0' + digits.slice(2);
	if (!/^\d+$/.test(digits)) return null;
	if (/^0[35789]\d{8}$/.test(digits)) return digits;
	if (/^02\d{9}$/.test(digits)) return digits;
	return null;
}

/** "0912345678" → "0912 345 678"; landlines "02083855123" → "0208 3855 123". */
export function formatPhone(phone: string): string {
	if (phone.length === 10) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
	if (phone.length === 11) return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
	return phone;
}
