/** Saves text as a file through the browser's download mechanism; nothing leaves the device. */
export function downloadText(
	filename: string,
	text: string,
	type = 'text/plain;charset=utf-8'
): void {
	downloadBlob(filename, new Blob([text], { type }));
}

/** Saves bytes (a workbook) as a file; nothing leaves the device. */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
	// A copy whose buffer is a plain ArrayBuffer: Blob takes no view of shared memory.
	downloadBlob(filename, new Blob([bytes.slice().buffer], { type }));
}

function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves stored data the app could not read, exactly as it was, so the user keeps it whatever the
 * app does next. `name` says whose data it was; the date tells copies apart.
 */
export function downloadOriginal(name: string, raw: string): void {
	const stamp = new Date().toISOString().slice(0, 10);
	downloadText(`commons-check-${name}-${stamp}.txt`, raw);
}
