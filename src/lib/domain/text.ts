// The one rule for text that enters the app (forms, JSON, imports, query strings): no control
// characters. PostgreSQL refuses NUL in text (a 500 at the door, where one bad scan blocked a
// phone's outbox), and the others have no place in a name, a note or a message. Tab, line feed and
// carriage return stay allowed: they are how text areas and pasted lists separate lines.

/** C0 controls but tab, LF and CR; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const CONTROL_CHARACTER_MESSAGE =
	'Nội dung gửi lên có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Vui lòng nhập lại bằng chữ thường.';

export function hasControlCharacters(text: string): boolean {
	return CONTROL.test(text);
}

/** For text where dropping them is harmless: spreadsheet cells, query-string values. */
export function stripControlCharacters(text: string): string {
	return CONTROL.test(text) ? text.replace(CONTROL_ALL, '') : text;
}
