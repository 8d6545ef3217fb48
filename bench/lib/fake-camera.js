// A fake camera for Chromium: .y4m videos that Chromium plays as the webcam with
// `--use-fake-device-for-media-stream --use-file-for-fake-video-capture=FILE.y4m`.
// Written in plain JS (ESM + JSDoc) so the benchmarks (plain Node) and the Playwright specs
// (through the typed re-export in e2e/fake-camera.ts) share this one implementation. No ffmpeg:
// a YUV4MPEG2 file is a text header, then per frame `FRAME\n` + the Y, U and V planes (4:2:0).
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

/**
 * @typedef {object} Y4mOptions
 * @property {number} [width] frame width in pixels, even (default 640)
 * @property {number} [height] frame height in pixels, even (default 480)
 * @property {number} [frames] frames in the file; Chromium loops them at 10 fps (default 10)
 */

/**
 * @typedef {Y4mOptions & { moduleSize?: number }} QrY4mOptions
 * `moduleSize`: pixels per QR module; by default the largest whole number that keeps the symbol
 * with its quiet zone within 60 % of the shorter side (a giấy mời held in front of a phone).
 */

const QUIET_ZONE = 4; // modules, as ISO/IEC 18004 asks
const DARK = 0;
const LIGHT = 255;
const NEUTRAL_CHROMA = 128;

/** @param {Y4mOptions} opts */
function frameSize({ width = 640, height = 480, frames = 10 }) {
	for (const [name, value] of /** @type {const} */ ([
		['width', width],
		['height', height]
	])) {
		if (!Number.isInteger(value) || value < 2 || value % 2 !== 0) {
			throw new Error(`fake camera: ${name} must be a positive even integer, got ${value}`);
		}
	}
	if (!Number.isInteger(frames) || frames < 1)
		throw new Error(`fake camera: frames must be ≥ 1, got ${frames}`);
	return { width, height, frames };
}

/**
 * The whole file: header, then each picture `frames` times in turn.
 * @param {string} file
 * @param {Uint8Array[]} lumas Y planes (width × height bytes), each shown for `frames` frames
 * @param {{ width: number, height: number, frames: number }} size
 */
function writeY4m(file, lumas, { width, height, frames }) {
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
	const frameMarker = Buffer.from('FRAME\n', 'ascii');
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, NEUTRAL_CHROMA); // U then V
	const parts = [header];
	for (const luma of lumas) {
		const frame = Buffer.concat([frameMarker, luma, chroma]);
		for (let i = 0; i < frames; i++) parts.push(frame);
	}
	writeFileSync(file, Buffer.concat(parts));
}

/**
 * The Y plane of one frame showing the QR code of `text`, centred on white (dark = 0, light = 255).
 * @param {string} text
 * @param {{ width: number, height: number }} size
 * @param {number} [wantedModuleSize]
 * @returns {Buffer}
 */
function qrLuma(text, size, wantedModuleSize) {
	const modules = QRCode.create(text).modules;
	const span = modules.size + 2 * QUIET_ZONE;
	const moduleSize =
		wantedModuleSize ?? Math.floor((0.6 * Math.min(size.width, size.height)) / span);
	if (
		!Number.isInteger(moduleSize) ||
		moduleSize < 1 ||
		span * moduleSize > Math.min(size.width, size.height)
	) {
		throw new Error(
			`fake camera: a ${modules.size}-module QR with its quiet zone does not fit ${size.width}×${size.height} at ${moduleSize} px per module`
		);
	}
	const luma = Buffer.alloc(size.width * size.height, LIGHT);
	const side = modules.size * moduleSize;
	const left = Math.floor((size.width - side) / 2);
	const top = Math.floor((size.height - side) / 2);
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (!modules.data[row * modules.size + col]) continue;
			for (let y = 0; y < moduleSize; y++) {
				const start = (top + row * moduleSize + y) * size.width + left + col * moduleSize;
				luma.fill(DARK, start, start + moduleSize);
			}
		}
	}
	return luma;
}

/**
 * Writes a .y4m video showing the QR code of `text`, centred on white (dark = 0, light = 255).
 * @param {string} text what the QR code encodes, e.g. a delegate's link `https://HOST/d/TOKEN`
 * @param {string} file path of the .y4m file to write
 * @param {QrY4mOptions} [opts]
 * @returns {string} `file`
 */
export function writeQrY4m(text, file, opts = {}) {
	const size = frameSize(opts);
	writeY4m(file, [qrLuma(text, size, opts.moduleSize)], size);
	return file;
}

/**
 * Writes a .y4m video that shows each text's QR code in turn, `framesEach` frames apiece (10 fps),
 * then loops: several delegates passing the door one after another. `blankFirst` grey pictures of
 * `framesEach` frames come first (time for a test to set the scene before the first code shows).
 * @param {string[]} texts
 * @param {string} file
 * @param {QrY4mOptions & { framesEach?: number, blankFirst?: number }} [opts]
 * @returns {string} `file`
 */
export function writeQrSequenceY4m(texts, file, opts = {}) {
	const size = frameSize({ ...opts, frames: opts.framesEach ?? 10 });
	const blank = Buffer.alloc(size.width * size.height, 128);
	const lumas = [
		...Array.from({ length: opts.blankFirst ?? 0 }, () => blank),
		...texts.map((t) => qrLuma(t, size, opts.moduleSize))
	];
	writeY4m(file, lumas, size);
	return file;
}

/**
 * Writes a .y4m video of ready Y planes (width × height bytes each), `framesEach` frames apiece,
 * then loops: pictures drawn elsewhere (bench/qr-read.js rasterises the app's own QR images).
 * @param {Uint8Array[]} lumas
 * @param {string} file
 * @param {Y4mOptions & { framesEach?: number }} [opts]
 * @returns {string} `file`
 */
export function writeLumaSequenceY4m(lumas, file, opts = {}) {
	const size = frameSize({ ...opts, frames: opts.framesEach ?? 10 });
	for (const luma of lumas) {
		if (luma.length !== size.width * size.height)
			throw new Error(
				`fake camera: a picture of ${luma.length} bytes is not ${size.width}×${size.height}`
			);
	}
	writeY4m(file, lumas, size);
	return file;
}

/**
 * Writes a plain grey .y4m video: a camera that sees no QR code.
 * @param {string} file
 * @param {Y4mOptions} [opts]
 * @returns {string} `file`
 */
export function writeBlankY4m(file, opts = {}) {
	const size = frameSize(opts);
	writeY4m(file, [Buffer.alloc(size.width * size.height, 128)], size);
	return file;
}

/**
 * Chromium flags that grant camera access without a prompt and play `file` as the camera.
 * Add them to the usual launch args (playwright.config.ts, CHROMIUM_ARGS).
 * @param {string} file absolute path of a .y4m file
 * @returns {string[]}
 */
export function fakeCameraArgs(file) {
	return [
		'--use-fake-ui-for-media-stream',
		'--use-fake-device-for-media-stream',
		`--use-file-for-fake-video-capture=${file}`
	];
}
