/** Today's date in this computer's time zone, 'YYYY-MM-DD' (toISOString would give UTC's). */
export function localToday(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
