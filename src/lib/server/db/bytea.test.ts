import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { pgliteByteaCodec } from './bytea';

describe('bytea on the embedded database', () => {
	it('stores and reads bytes exactly, every byte value, empty and at an offset of a larger buffer', async () => {
		const db = await PGlite.create(pgliteByteaCodec);
		try {
			await db.exec('create table t (id int primary key, b bytea not null)');
			const every = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
			const within = new Uint8Array(new ArrayBuffer(64), 8, 16).fill(0xab);
			for (const [id, bytes] of [
				[1, every],
				[2, new Uint8Array(0)],
				[3, within]
			] as const) {
				await db.query('insert into t (id, b) values ($1, $2)', [id, bytes]);
				const { rows } = await db.query<{ b: Uint8Array; hex: string }>(
					"select b, encode(b, 'hex') as hex from t where id = $1",
					[id]
				);
				expect(rows[0]!.b).toEqual(new Uint8Array(bytes));
				expect(rows[0]!.hex).toBe(Buffer.from(bytes).toString('hex'));
			}
		} finally {
			await db.close();
		}
	});

	it('refuses a value that is not bytes', () => {
		expect(() => pgliteByteaCodec.serializers[17]!('abc')).toThrow('bytea expects a Uint8Array');
	});
});
