// Draws the app icons (a red star in a white disc on the brand red) as PNG files in static/icons.
// Run once after changing the design: node scripts/make-icons.js. The PNGs are committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x9f, 0x1d, 0x20];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 3 + 1));
	for (let y = 0; y < size; y++) {
		raw[y * (size * 3 + 1)] = 0; // filter: none
		for (let x = 0; x < size; x++) {
			const [r, g, b] = pixel(x, y);
			const o = y * (size * 3 + 1) + 1 + x * 3;
			raw[o] = r;
			raw[o + 1] = g;
			raw[o + 2] = b;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}
function starPolygon(cx, cy, outer) {
	const inner = outer * 0.382;
	return Array.from({ length: 10 }, (_, i) => {
		const r = i % 2 === 0 ? outer : inner;
		const a = -Math.PI / 2 + (i * Math.PI) / 5;
		return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
	});
}
function inside(poly, x, y) {
	let hit = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i];
		const [xj, yj] = poly[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}
function icon(size, discScale) {
	const disc = size * discScale;
	const star = starPolygon(size / 2, size * 0.515, disc * 0.62);
	const S = 4; // 4×4 supersampling for smooth edges
	return png(size, (x, y) => {
		let white = 0;
		for (let i = 0; i < S; i++) {
			for (let j = 0; j < S; j++) {
				const px = x + (i + 0.5) / S;
				const py = y + (j + 0.5) / S;
				if (Math.hypot(px - size / 2, py - size / 2) <= disc && !inside(star, px, py)) white++;
			}
		}
		const t = white / (S * S);
		return BRAND.map((c, k) => Math.round(c * (1 - t) + WHITE[k] * t));
	});
}

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', icon(192, 0.36));
writeFileSync('static/icons/icon-512.png', icon(512, 0.36));
// Maskable: the disc stays inside the central safe circle (40% radius).
writeFileSync('static/icons/maskable-512.png', icon(512, 0.3));
writeFileSync('static/icons/favicon.png', icon(48, 0.42));
console.log('icons written to static/icons');
