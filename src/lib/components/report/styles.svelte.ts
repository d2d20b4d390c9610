/**
 * The report's styles (report.css) as a constructed stylesheet, adopted while a component that
 * needs them (the options, the report) is mounted. See report.css for why they are not a
 * stylesheet of the page.
 */
import css from './report.css?raw';

let sheet: CSSStyleSheet | null = null;
let users = 0;

/** Call during a component's initialisation. */
export function useReportStyles(): void {
	$effect(() => {
		if (users++ === 0) {
			if (!sheet) {
				sheet = new CSSStyleSheet();
				sheet.replaceSync(css);
			}
			document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		}
		return () => {
			if (--users === 0) {
				document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
			}
		};
	});
}
