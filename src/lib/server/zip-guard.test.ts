import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	deflated,
	deflatedZeros,
	storedEntry,
	zip,
	type FixtureEntry
} from '../../../tests/fixtures/zip.js';
import { RuleError } from './http/errors';
import { readSpreadsheet } from './delegates/read-sheet';
import {
	inflateBounded,
	readZipDirectory,
	verifyZip,
	XLSX_LIMITS,
	ZipRefusal,
	type ZipRefusalKind
} from './zip-guard';

const MiB = 1024 * 1024;

async function genuineXlsx(rows = 50): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Danh sách');
	sheet.addRow(['Họ và tên', 'Thành phần', 'Số điện thoại']);
	for (let i = 0; i < rows; i++)
		sheet.addRow([
			`Nguyễn Văn ${i}`,
			'Trưởng xóm trên địa bàn xã',
			`09${String(i).padStart(8, '0')}`
		]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same workbook rewritten by our writer, with `replace` swapping entries for others. */
async function rebuiltXlsx(
	replace: Record<string, (data: Uint8Array) => FixtureEntry> = {}
): Promise<Uint8Array> {
	const source = await JSZip.loadAsync(await genuineXlsx());
	const entries: FixtureEntry[] = [];
	for (const file of Object.values(source.files)) {
		if (file.dir) continue;
		const data = await file.async('uint8array');
		entries.push((replace[file.name] ?? ((d) => deflated(file.name, d)))(data));
	}
	return zip(entries);
}

async function refusedWith(
	promise: Promise<unknown> | (() => unknown),
	kind: ZipRefusalKind
): Promise<string> {
	const error = await (
		typeof promise === 'function' ? Promise.resolve().then(promise) : promise
	).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ZipRefusal);
	expect((error as ZipRefusal).kind).toBe(kind);
	return (error as ZipRefusal).message;
}

describe('readZipDirectory and verifyZip', () => {
	it('passes a genuine .xlsx written by exceljs, listing the entries JSZip sees', async () => {
		const bytes = await genuineXlsx();
		const entries = await verifyZip(bytes);
		const jszip = await JSZip.loadAsync(bytes);
		expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(jszip.files).sort());
		expect(
			entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressedSize
		).toBeGreaterThan(1000);
		// And our own writer makes archives that JSZip and exceljs read like the original.
		const rebuilt = await rebuiltXlsx();
		await verifyZip(rebuilt);
		expect((await readSpreadsheet(rebuilt, 'ds.xlsx')).length).toBe(51);
	});

	it('makes the zeros fixture right: 16 MiB of zeros from a few kilobytes', () => {
		const data = deflatedZeros(16);
		expect(data.byteLength).toBeLessThan(20_000);
		const out = inflateRawSync(data);
		expect(out.byteLength).toBe(16 * MiB);
		expect(out.every((b) => b === 0)).toBe(true);
	});

	it('refuses a 1 GiB entry from its declared size, inflating nothing', async () => {
		const bomb = zip([
			{ name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(1024), size: 1024 * MiB }
		]);
		expect(bomb.byteLength).toBeLessThan(2 * MiB);
		const message = await refusedWith(() => readZipDirectory(bomb), 'too-large');
		expect(message).toBe(
			'Tệp Excel này bung ra quá lớn (1.024 MB) — có thể đã hỏng hoặc không phải danh sách đại biểu. Vui lòng mở bằng Excel và lưu lại.'
		);
	});

	it('refuses entries that together pass the total, each under the per-entry cap', async () => {
		const big = (name: string) => ({ name, stored: new Uint8Array(MiB), size: 12 * MiB });
		expect(
			await refusedWith(() => readZipDirectory(zip([big('a.xml'), big('b.xml')])), 'too-large')
		).toContain('(24 MB)');
	});

	it('refuses an abnormal compression ratio even under the size caps', async () => {
		const entry = { name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(10), size: 10 * MiB };
		expect(await refusedWith(() => readZipDirectory(zip([entry])), 'ratio')).toMatch(
			/^Tệp Excel này nén bất thường \(một phần bên trong bung ra gấp [\d.]+ lần\)/
		);
	});

	it('refuses an entry that lies about its size, by the bounded inflate, quickly', async () => {
		// 1 GiB of zeros claiming to be 4 KB: the directory looks fine, the inflate stops at 4 KB.
		const liar = await rebuiltXlsx({
			'xl/worksheets/sheet1.xml': (d) => ({
				name: 'xl/worksheets/sheet1.xml',
				stored: deflatedZeros(1024),
				size: 4096,
				crc: crc32(d)
			})
		});
		expect(() => readZipDirectory(liar)).not.toThrow();
		const started = performance.now();
		const message = await refusedWith(verifyZip(liar), 'too-large');
		expect(performance.now() - started).toBeLessThan(2000);
		expect(message).toBe(
			'Tệp Excel này bung ra lớn hơn kích thước ghi bên trong (“xl/worksheets/sheet1.xml” ghi 4 KB) — có thể đã hỏng hoặc không phải danh sách đại biểu. Vui lòng mở bằng Excel và lưu lại.'
		);
		expect(await inflateBounded(deflatedZeros(1024), 10 * MiB)).toBe('over-limit');
	});

	it('refuses an entry that inflates to less than it claims, or to other bytes than its CRC', async () => {
		const data = new TextEncoder().encode('<worksheet/>'.repeat(100));
		const shortOf = { ...deflated('a.xml', data), size: data.byteLength + 10 };
		expect(await refusedWith(verifyZip(zip([shortOf])), 'corrupt')).toContain(
			'Không đọc được tệp Excel'
		);
		expect(
			await refusedWith(verifyZip(zip([{ ...deflated('a.xml', data), crc: 1234 }])), 'corrupt')
		).toContain('Không đọc được tệp Excel');
		const truncated = deflated('a.xml', data);
		expect(
			await refusedWith(
				verifyZip(zip([{ ...truncated, stored: truncated.stored.subarray(0, 10) }])),
				'corrupt'
			)
		).toContain('Không đọc được');
		expect(
			await refusedWith(verifyZip(zip([{ ...storedEntry('a.xml', data), crc: 1 }])), 'corrupt')
		).toContain('Không đọc được');
	});

	it('refuses more than 2,000 entries', async () => {
		const many = zip(
			Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) =>
				storedEntry(`x/${i}.xml`, new Uint8Array(1))
			)
		);
		expect(await refusedWith(() => readZipDirectory(many), 'too-many')).toBe(
			'Tệp Excel này chứa quá nhiều thành phần bên trong (2.001, tối đa 2.000) — có thể đã hỏng hoặc không phải danh sách đại biểu. Vui lòng mở bằng Excel và lưu lại.'
		);
		const enough = zip(
			Array.from({ length: XLSX_LIMITS.maxEntries }, (_, i) =>
				storedEntry(`x/${i}.xml`, new Uint8Array(1))
			)
		);
		expect(await verifyZip(enough)).toHaveLength(XLSX_LIMITS.maxEntries);
	});

	it('refuses zip64, encryption and compression methods JSZip cannot read', async () => {
		const small = deflated('a.xml', new Uint8Array(10));
		expect(
			await refusedWith(
				() => readZipDirectory(zip([{ ...small, size: 0xffffffff }])),
				'unsupported'
			)
		).toContain('ZIP64');
		expect(
			await refusedWith(
				() => readZipDirectory(zip([small], { patchEnd: (v) => v.setUint16(10, 0xffff, true) })),
				'unsupported'
			)
		).toContain('ZIP64');
		expect(
			await refusedWith(() => readZipDirectory(zip([{ ...small, flags: 1 }])), 'unsupported')
		).toContain('mật khẩu');
		expect(
			await refusedWith(() => readZipDirectory(zip([{ ...small, method: 12 }])), 'unsupported')
		).toContain('kiểu nén không được hỗ trợ (12)');
	});

	it('refuses archives JSZip would read with shifted offsets, or not at all', async () => {
		const small = deflated('a.xml', new Uint8Array(10));
		// Bytes before the archive (JSZip would shift every offset) or after it.
		expect(
			await refusedWith(() => readZipDirectory(zip([small], { prepend: 16 })), 'corrupt')
		).toContain('Không đọc được');
		expect(
			await refusedWith(
				() => readZipDirectory(Buffer.concat([zip([small]), new Uint8Array(5)])),
				'corrupt'
			)
		).toContain('Không đọc được');
		expect(
			await refusedWith(
				() => readZipDirectory(zip([small], { patchEnd: (v) => v.setUint16(8, 2, true) })),
				'corrupt'
			)
		).toContain('Không đọc được');
		expect(
			await refusedWith(
				() => readZipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])),
				'corrupt'
			)
		).toContain('Không đọc được');
		const offsetPastData = zip([small], {
			patchEnd: (v) => v.setUint32(16, v.getUint32(16, true) - 1, true)
		});
		expect(await refusedWith(() => readZipDirectory(offsetPastData), 'corrupt')).toContain(
			'Không đọc được'
		);
	});
});

describe('readSpreadsheet on zip bombs', () => {
	const refusal = async (bytes: Uint8Array) => {
		const error = await readSpreadsheet(bytes, 'bom.xlsx').then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(RuleError);
		return (error as RuleError).message;
	};

	it('refuses bombs with a Vietnamese message, the server memory growing by less than 64 MB', async () => {
		const honest = await rebuiltXlsx({
			'xl/worksheets/sheet1.xml': () => ({
				name: 'xl/worksheets/sheet1.xml',
				stored: deflatedZeros(2048),
				size: 2048 * MiB
			})
		});
		const liar = await rebuiltXlsx({
			'xl/worksheets/sheet1.xml': (d) => ({
				name: 'xl/worksheets/sheet1.xml',
				stored: deflatedZeros(1024),
				size: d.byteLength,
				crc: crc32(d)
			})
		});
		const sharedLiar = await rebuiltXlsx({
			'xl/sharedStrings.xml': (d) => ({
				name: 'xl/sharedStrings.xml',
				stored: deflatedZeros(1024),
				size: d.byteLength,
				crc: crc32(d)
			})
		});
		await refusal(liar); // warm up: modules, zlib
		const before = process.memoryUsage();
		for (let round = 0; round < 3; round++) {
			// Two at once, as when two secretaries upload together.
			const messages = await Promise.all([refusal(honest), refusal(liar), refusal(sharedLiar)]);
			expect(messages[0]).toBe(
				'Tệp Excel này bung ra quá lớn (2.048 MB) — có thể đã hỏng hoặc không phải danh sách đại biểu. Vui lòng mở bằng Excel và lưu lại.'
			);
			expect(messages[1]).toContain(
				'Tệp Excel này bung ra lớn hơn kích thước ghi bên trong (“xl/worksheets/sheet1.xml”'
			);
			expect(messages[2]).toContain('“xl/sharedStrings.xml”');
		}
		const after = process.memoryUsage();
		expect((after.rss - before.rss) / MiB).toBeLessThan(64);
		expect((after.arrayBuffers - before.arrayBuffers) / MiB).toBeLessThan(64);
		expect((after.heapUsed - before.heapUsed) / MiB).toBeLessThan(64);
	});
});
