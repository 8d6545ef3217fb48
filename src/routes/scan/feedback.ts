import type { Verdict } from '$lib/domain/scan';

let audio: AudioContext | undefined;

const TONES: Record<Verdict['kind'], { freq: number; ms: number }[]> = {
	admit: [{ freq: 880, ms: 120 }],
	repeat: [
		{ freq: 660, ms: 90 },
		{ freq: 660, ms: 90 }
	],
	reject: [{ freq: 220, ms: 400 }],
	check: [{ freq: 520, ms: 60 }]
};

const VIBRATION: Record<Verdict['kind'], number[]> = {
	admit: [80],
	repeat: [80, 80, 80],
	reject: [300],
	check: [30]
};

/** A sound and a buzz per verdict, so staff at a noisy door need not read the screen each time. */
export function signal(kind: Verdict['kind']): void {
	try {
		// A browser buzzes only after the first tap on the page, and otherwise logs a refusal.
		if (navigator.userActivation?.hasBeenActive !== false) navigator.vibrate?.(VIBRATION[kind]);
	} catch {
		/* not every phone can vibrate */
	}
	try {
		audio ??= new AudioContext();
		let at = audio.currentTime;
		for (const tone of TONES[kind]) {
			const osc = audio.createOscillator();
			const gain = audio.createGain();
			osc.frequency.value = tone.freq;
			osc.type = kind === 'reject' ? 'square' : 'sine';
			gain.gain.value = 0.2;
			osc.connect(gain).connect(audio.destination);
			osc.start(at);
			osc.stop(at + tone.ms / 1000);
			at += (tone.ms + 60) / 1000;
		}
	} catch {
		/* sound is a courtesy */
	}
}
