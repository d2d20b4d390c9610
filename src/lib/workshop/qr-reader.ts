/**
 * Reads a QR code from a picture (a camera frame drawn on a canvas), in the browser only: no
 * picture ever leaves it. The browser's own BarcodeDetector where it has one that reads QR codes
 * (Chrome on Android, macOS and ChromeOS, Safari 17+); otherwise jsQR, a pure-JavaScript decoder
 * that is loaded only now, when the camera opens (about 46 KiB gzip).
 */

export interface QrReader {
	/** 'native' (BarcodeDetector) or 'jsqr'. */
	readonly kind: 'native' | 'jsqr';
	/** The text of the first QR code in the picture, or null when there is none. */
	read(canvas: HTMLCanvasElement): Promise<string | null>;
}

interface DetectedBarcode {
	rawValue: string;
}

interface BarcodeDetectorLike {
	detect(source: HTMLCanvasElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
}

/** The browser's BarcodeDetector, when it reads QR codes. */
async function nativeReader(): Promise<QrReader | null> {
	const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
	if (!Detector) return null;
	try {
		if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
		const detector = new Detector({ formats: ['qr_code'] });
		return {
			kind: 'native',
			read: async (canvas) => (await detector.detect(canvas))[0]?.rawValue ?? null
		};
	} catch {
		// Some browsers expose the class without a working implementation.
		return null;
	}
}

/** The best reader this browser has; rejects only when jsQR cannot be loaded. */
export async function createQrReader(preferNative = true): Promise<QrReader> {
	const native = preferNative ? await nativeReader() : null;
	if (native) return native;
	const { default: jsQR } = await import('jsqr');
	return {
		kind: 'jsqr',
		read: async (canvas) => {
			const context = canvas.getContext('2d', { willReadFrequently: true });
			if (!context || canvas.width === 0 || canvas.height === 0) return null;
			const image = context.getImageData(0, 0, canvas.width, canvas.height);
			// A phone's screen shows dark modules on light: no need to try the inverted picture.
			return (
				jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ??
				null
			);
		}
	};
}

/** The size to draw a frame at: at most `max` pixels on its longer side, enough for a QR code. */
export function frameSize(
	width: number,
	height: number,
	max = 720
): { width: number; height: number } {
	const scale = Math.min(1, max / Math.max(width, height, 1));
	return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Why the camera could not be used, from getUserMedia's error. */
export type CameraProblem = 'denied' | 'missing' | 'busy' | 'unsupported' | 'failed';

export function cameraProblemOf(error: unknown): CameraProblem {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	switch (name) {
		case 'NotAllowedError':
		case 'SecurityError':
			return 'denied';
		case 'NotFoundError':
		case 'OverconstrainedError':
			return 'missing';
		case 'NotReadableError':
		case 'AbortError':
			return 'busy';
		default:
			return 'failed';
	}
}
