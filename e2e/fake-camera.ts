// Typed entry point for the specs. The implementation is bench/lib/fake-camera.js (plain ESM, also
// used by `npm run bench`); its JSDoc types come through this re-export.
export {
	writeQrY4m,
	writeQrSequenceY4m,
	writeLumaSequenceY4m,
	writeBlankY4m,
	fakeCameraArgs
} from '../bench/lib/fake-camera.js';
export type { Y4mOptions, QrY4mOptions } from '../bench/lib/fake-camera.js';
