/** Saves text as a file through the browser's download mechanism; nothing leaves the device. */
export function downloadText(
	filename: string,
	text: string,
	type = 'text/plain;charset=utf-8'
): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
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
