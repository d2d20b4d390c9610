/**
 * The printed report and its options: one chunk, loaded when the user opens the print options or
 * prints, and in idle time after a page that can print has loaded (so Ctrl+P finds it ready).
 * Importing it adopts the report's styles.
 */
import './styles';

export { default as PrintOptionsForm } from './PrintOptionsForm.svelte';
export { default as PrintReport } from './PrintReport.svelte';
