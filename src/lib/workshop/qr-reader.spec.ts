import { describe, expect, it } from 'vitest';
import { cameraProblemOf, frameSize } from './qr-reader';

describe('frameSize', () => {
	it('scales the longer side down to the maximum and never up', () => {
		expect(frameSize(1920, 1080)).toEqual({ width: 720, height: 405 });
		expect(frameSize(480, 640)).toEqual({ width: 480, height: 640 });
		expect(frameSize(1080, 1920, 360)).toEqual({ width: 203, height: 360 });
		expect(frameSize(0, 0)).toEqual({ width: 0, height: 0 });
	});
});

describe('cameraProblemOf', () => {
	it('tells refused, missing and busy cameras apart', () => {
		const named = (name: string) => new DOMException('x', name);
		expect(cameraProblemOf(named('NotAllowedError'))).toBe('denied');
		expect(cameraProblemOf(named('SecurityError'))).toBe('denied');
		expect(cameraProblemOf(named('NotFoundError'))).toBe('missing');
		expect(cameraProblemOf(named('OverconstrainedError'))).toBe('missing');
		expect(cameraProblemOf(named('NotReadableError'))).toBe('busy');
		expect(cameraProblemOf(new TypeError('no'))).toBe('failed');
		expect(cameraProblemOf('??')).toBe('failed');
	});
});

describe('the QR codes the app draws', () => {
	it('are read back by the decoder the camera uses', async () => {
		const { generate, correction } = await import('lean-qr/nano');
		const { default: jsQR } = await import('jsqr');
		const text = 'https://example.org/commons-check/r/#AQAkkkkkkkkkkkkkkkkkAAAA8QY3Fg';
		// As QrCode.svelte draws it: correction M at least, a quiet zone of 4 modules.
		const qr = generate(text, { minCorrectionLevel: correction.M });
		const scale = 6;
		const size = (qr.size + 8) * scale;
		const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
		for (let y = 0; y < size; y++) {
			for (let x = 0; x < size; x++) {
				const dark = qr.get(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4);
				if (dark) pixels.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
			}
		}
		expect(jsQR(pixels, size, size)?.data).toBe(text);
	});
});
