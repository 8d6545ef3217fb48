// PGlite's own bytea codec turns each byte into a string of its own ("\x" + Array.from(bytes).map
// (…).join("")) and back with parseInt per byte: a 20 MB upload took 9 s to insert and 2.7 s to read,
// and hundreds of MB of short-lived strings. Node's Buffer does the same hex in native code (1.2 s and
// 0.35 s, bench/uploads.js). PostgreSQL's `pg` driver already sends Buffers as they are.
// bytea's type oid; a literal, so this module does not load PGlite where PostgreSQL is used.
const BYTEA = 17;

export const pgliteByteaCodec = {
	serializers: {
		[BYTEA]: (value: unknown): string => {
			if (!(value instanceof Uint8Array)) throw new TypeError('bytea expects a Uint8Array');
			return '\\x' + Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
		}
	},
	parsers: {
		// The text form of bytea: "\x" then two hex digits per byte.
		[BYTEA]: (text: string): Uint8Array => new Uint8Array(Buffer.from(text.slice(2), 'hex'))
	}
};
