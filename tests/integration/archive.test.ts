// "Tải hồ sơ lưu trữ": the whole conference in one .zip. On the built app: what it holds,
// its manifest against its files, every original version as stored, the same bytes twice, who may
// download it. On a seeded database: the same bytes days apart, and a failure mid-stream that ends
// the download short instead of giving a zip that looks whole.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '$lib/server/db';
import { conference } from '$lib/server/db/schema';
import { planArchive, INDEX_PATH, MANIFEST_PATH } from '$lib/server/proceedings/archive';
import { zipArchive } from '$lib/server/proceedings/archive-zip';
import { signIn, startTestApp, VIETNAMESE } from './app-client';
import { docxText } from './docx-text';
import { createSeededContext } from './test-db';
import { buildDocx } from './unit-files';

const ARCHIVE = '/admin/proceedings/ho-so-luu-tru.zip';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file of a zip, by path, in the zip's order. */
async function filesOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
	const zip = await JSZip.loadAsync(bytes);
	const files = new Map<string, Buffer>();
	for (const f of Object.values(zip.files))
		if (!f.dir) files.set(f.name, await f.async('nodebuffer'));
	return files;
}

/** The data rows of a sheet made by the archive (row 1 the title, row 2 the header). */
async function sheetRows(bytes: Buffer): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	const rows: string[][] = [];
	workbook.worksheets[0]!.eachRow((row, n) => {
		if (n > 2)
			rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
	});
	return rows;
}

/** The manifest's lines as path → sha256, checking the `sha256sum` format on the way. */
function manifestOf(text: string): Map<string, string> {
	const lines = text.split('\n');
	expect(lines.pop()).toBe('');
	return new Map(
		lines.map((line) => {
			const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
			expect(m, line).not.toBeNull();
			return [m![2]!, m![1]!];
		})
	);
}

describe('the archive on the built app', () => {
	let app: Awaited<ReturnType<typeof startTestApp>>;
	let secretariat: string;
	/** sha256 of every version the secretariat can download, read through the documents pages. */
	const storedShas: string[] = [];
	let uploadedSha = '';
	const download = (cookie?: string) =>
		fetch(`${app.url}${ARCHIVE}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

	beforeAll(async () => {
		app = await startTestApp();
		secretariat = await signIn(app.url, 'thuky');
	}, 180_000);
	afterAll(() => app?.stop());

	it('refuses whoever is not the secretariat', async () => {
		const signedOut = await download();
		expect([303, 401]).toContain(signedOut.status);
		for (const username of ['chutich', 'diemdanh']) {
			const res = await download(await signIn(app.url, username));
			expect(res.status, username).toBe(403);
			expect(res.headers.get('content-type')).not.toMatch(/zip/);
		}
	});

	it('says in its index what is not made yet', async () => {
		const res = await download(secretariat);
		expect(res.status).toBe(200);
		const files = await filesOf(new Uint8Array(await res.arrayBuffer()));
		const index = await docxText(files.get(INDEX_PATH)!);
		expect(index).toContain('Biên bản: chưa lập');
		expect([...files.keys()].some((p) => p.includes('Bien ban'))).toBe(false);
	}, 60_000);

	it('holds every document, every original version, the data and a manifest that matches, the same bytes twice', async () => {
		// A second version of one unit's report, a few check-ins, the chair's timer, the draft biên bản.
		const board = await (
			await fetch(`${app.url}/admin/documents`, {
				headers: { cookie: secretariat, accept: 'text/html' }
			})
		).text();
		const cells = [
			...new Set(
				[...board.matchAll(/href="\/admin\/documents\/(\d+)\/(\d+)"/g)].map(
					(m) => `${m[1]}/${m[2]}`
				)
			)
		];
		expect(cells.length).toBeGreaterThan(0);
		const [requestId, unitId] = cells[0]!.split('/');
		const second = await buildDocx('Báo cáo sơ kết (bản sửa)', 'Bổ sung số liệu quý I');
		uploadedSha = sha256(second);
		const upload = await fetch(
			`${app.url}/admin/documents/upload?request=${requestId}&unit=${unitId}`,
			{
				method: 'POST',
				headers: {
					cookie: secretariat,
					origin: app.url,
					'content-type': 'application/octet-stream',
					'x-file-name': encodeURIComponent('bao-cao-sua.docx')
				},
				body: second
			}
		);
		expect(upload.status, await upload.clone().text()).toBe(200);

		const staff = await signIn(app.url, 'diemdanh');
		const roster = await (
			await fetch(`${app.url}/api/roster`, { headers: { cookie: staff } })
		).json();
		const arriving = roster.delegates
			.filter((d: { tokenHash: string | null; isWalkIn: boolean }) => d.tokenHash && !d.isWalkIn)
			.slice(0, 3);
		const scans = arriving.map((d: { tokenHash: string }, i: number) => ({
			id: randomUUID(),
			tokenHash: d.tokenHash,
			scannedAt: new Date(Date.now() - (3 - i) * 60_000).toISOString(),
			deviceId: 'cua-chinh-test',
			method: 'scan'
		}));
		const posted = await fetch(`${app.url}/api/checkins`, {
			method: 'POST',
			headers: { cookie: staff, origin: app.url, 'content-type': 'application/json' },
			body: JSON.stringify({ checkins: scans })
		});
		expect(posted.status).toBe(200);

		const chair = await signIn(app.url, 'chutich');
		const { programme } = await (await fetch(`${app.url}/api/meeting`)).json();
		for (const command of [
			{ action: 'goto', itemId: programme[0].id },
			{ action: 'start' },
			{ action: 'stop' }
		]) {
			const res = await fetch(`${app.url}/api/meeting`, {
				method: 'POST',
				headers: { cookie: chair, origin: app.url, 'content-type': 'application/json' },
				body: JSON.stringify(command)
			});
			expect(res.status).toBe(200);
		}
		const drafted = await fetch(`${app.url}/admin/minutes/draft?/draft`, {
			method: 'POST',
			headers: {
				cookie: secretariat,
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				'x-sveltekit-action': 'true'
			},
			body: new URLSearchParams()
		});
		expect((await drafted.json()).type).toBe('success');

		// What the secretariat can download version by version, to compare with the archive.
		for (const cell of cells) {
			const page = await (
				await fetch(`${app.url}/admin/documents/${cell}`, {
					headers: { cookie: secretariat, accept: 'text/html' }
				})
			).text();
			for (const [, id] of page.matchAll(/href="\/admin\/documents\/versions\/(\d+)"/g)) {
				const res = await fetch(`${app.url}/admin/documents/versions/${id}`, {
					headers: { cookie: secretariat }
				});
				storedShas.push(sha256(new Uint8Array(await res.arrayBuffer())));
			}
		}
		expect(storedShas).toContain(uploadedSha);

		const first = await download(secretariat);
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('application/zip');
		const disposition = first.headers.get('content-disposition')!;
		expect(disposition).toMatch(
			/^attachment; filename="ho-so-luu-tru-hoi-nghi-so-ket[a-z0-9-]*\.zip"/
		);
		expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toMatch(
			/^Hồ sơ lưu trữ - Hội nghị sơ kết .{0,30}\.zip$/
		);
		const a = new Uint8Array(await first.arrayBuffer());
		expect(a.length).toBe(Number(first.headers.get('content-length')));
		// The second download is made once the server's clock is in the next 2-second step of a zip
		// entry's time, so a time taken from the clock would show as different bytes.
		const serverTime = async () =>
			((await (await fetch(`${app.url}/api/time`)).json()) as { serverTime: number }).serverTime;
		const nextStep = (Math.floor((await serverTime()) / 2000) + 1) * 2000;
		await vi.waitFor(async () => expect(await serverTime()).toBeGreaterThanOrEqual(nextStep), {
			timeout: 5000,
			interval: 100
		});
		const b = new Uint8Array(await (await download(secretariat)).arrayBuffer());
		expect(sha256(b)).toBe(sha256(a));

		const files = await filesOf(a);
		const paths = [...files.keys()];
		expect(paths.length).toBe(Number(first.headers.get('x-archive-files')));
		expect(paths[0]).toBe(INDEX_PATH);
		expect(paths.at(-1)).toBe(MANIFEST_PATH);
		// Fixed order: index, documents, originals, data, manifest; ASCII names only.
		const folders = paths.slice(1, -1).map((p) => p.split('/')[0]);
		expect(folders).toEqual([...folders].sort());
		for (const p of paths) expect(p, p).toMatch(/^[\x20-\x7e]+$/);
		for (const name of [
			'Giay moi',
			'Danh sach dai bieu tham du',
			'Kich ban dieu hanh',
			'Bien ban hoi nghi (du thao)',
			'Ky yeu hoi nghi',
			'Du thao bao cao tong hop'
		]) {
			expect(
				paths.some((p) => p.startsWith('01 Van ban/') && p.includes(name) && p.endsWith('.docx')),
				name
			).toBe(true);
		}
		for (const name of [
			'Dai bieu va tra loi giay moi',
			'Nhat ky diem danh',
			'Nhat ky bam gio',
			'Tai lieu da nop'
		]) {
			expect(
				paths.some((p) => p.startsWith('03 Du lieu/') && p.includes(name) && p.endsWith('.xlsx')),
				name
			).toBe(true);
		}

		// The manifest names every other file once, with its right sha256.
		const manifest = manifestOf(files.get(MANIFEST_PATH)!.toString('utf8'));
		expect([...manifest.keys()]).toEqual(paths.slice(0, -1));
		for (const [path, hash] of manifest) expect(sha256(files.get(path)!), path).toBe(hash);

		// Every original version, as stored; the edited report both as version 1 and version 2.
		const originals = paths.filter((p) => p.startsWith('02 Tai lieu cac don vi/'));
		expect(originals.map((p) => sha256(files.get(p)!)).sort()).toEqual([...storedShas].sort());
		const v2 = originals.find((p) => sha256(files.get(p)!) === uploadedSha)!;
		expect(v2).toMatch(/ - ban 2\.docx$/);
		expect(originals).toContain(v2.replace(/ - ban 2\.docx$/, ' - ban 1.docx'));

		// The index lists every file; the data sheets hold every check-in, timer press and version.
		const index = await docxText(files.get(INDEX_PATH)!);
		for (const p of paths.slice(1, -1)) expect(index, p).toContain(p);
		expect(index).not.toContain('Biên bản: chưa lập');
		const sheet = (name: string) => sheetRows(files.get(paths.find((p) => p.includes(name))!)!);
		const checkins = await sheet('Nhat ky diem danh');
		expect(checkins).toHaveLength(3);
		for (const row of checkins) {
			expect(row).toContain('cua-chinh-test');
			expect(row.join(' ')).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}/);
		}
		const timer = await sheet('Nhat ky bam gio');
		expect(timer.map((r) => r[3])).toEqual(expect.arrayContaining(['Chọn mục', 'Bắt đầu', 'Dừng']));
		const versions = await sheet('Tai lieu da nop');
		expect(versions.map((r) => r.at(-1)).sort()).toEqual([...storedShas].sort());
		expect(versions.map((r) => r[9]).sort()).toEqual([...originals].sort());
		const delegates = await sheet('Dai bieu va tra loi');
		expect(delegates.length).toBeGreaterThan(50);
		expect(delegates.flat().join(' ')).not.toMatch(/\/d\/[a-z2-7]{26}/);
		expect(index).toMatch(VIETNAMESE);
	}, 120_000);
});

describe('the archive on a seeded database', () => {
	let db: Database;
	let dispose: () => Promise<void>;
	beforeAll(async () => ({ db, dispose } = await createSeededContext()), 60_000);
	afterAll(() => dispose?.());

	async function archiveBytes(at?: string): Promise<Buffer> {
		if (at) {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(new Date(at));
		}
		try {
			const [conf] = await db.select().from(conference);
			const plan = await planArchive(db, conf!, 'http://127.0.0.1:4000');
			const { stream, size } = zipArchive(db, conf!.id, plan);
			const bytes = Buffer.concat(await stream.toArray());
			expect(bytes.length).toBe(size);
			return bytes;
		} finally {
			vi.useRealTimers();
		}
	}

	it('is the same bytes when built days apart with nothing changed', async () => {
		const early = await archiveBytes('2026-04-25T02:00:00Z');
		const late = await archiveBytes('2026-06-30T09:13:27Z');
		expect(sha256(late)).toBe(sha256(early));
	}, 60_000);

	it('ends short of its size, with an error, when an original cannot be read mid-stream', async () => {
		const [conf] = await db.select().from(conference);
		const plan = await planArchive(db, conf!, 'http://127.0.0.1:4000');
		const original = plan.entries.find((e) => e.versionId !== undefined)!;
		// The stored bytes no longer match what the manifest was written from.
		original.sha256 = '0'.repeat(64);
		const { stream, size } = zipArchive(db, conf!.id, plan);
		let received = 0;
		const failed = await (async () => {
			try {
				for await (const chunk of stream) received += (chunk as Buffer).length;
				return null;
			} catch (err) {
				return err as Error;
			}
		})();
		expect(failed?.message).toMatch(/sha256/);
		expect(received).toBeLessThan(size);
		// And through the web stream the route answers with, the reader sees the failure too.
		const web = Readable.toWeb(zipArchive(db, conf!.id, plan).stream) as ReadableStream<Uint8Array>;
		await expect(new Response(web).arrayBuffer()).rejects.toThrow();
	}, 60_000);
});
