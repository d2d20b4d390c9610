/**
 * The camera scanner, one step away: SvelteKit preloads the styles of every component a page
 * imports dynamically, and the scanner's are needed only once the facilitator opens the camera.
 */
export const loadScanPanel = () => import('./ScanPanel.svelte');
