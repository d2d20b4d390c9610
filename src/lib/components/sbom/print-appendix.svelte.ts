/**
 * The SBOM appendix of the printed report, once loaded. The report must render complete the
 * moment it is mounted (printing follows at once), so the appendix, its code and its messages load
 * beforehand, when the print options find summaries (SbomPrintOption), and the report renders it
 * from here. Kept out of the report's own chunk: most reports have no SBOMs.
 */
import type { Component } from 'svelte';

export const sbomAppendix = $state<{ component: Component | null }>({ component: null });
