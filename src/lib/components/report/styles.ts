/**
 * The report's styles (report.css) as a constructed stylesheet, adopted once, when the report's
 * chunk is first imported: before any of its components renders (the print chart reads its
 * colours from these rules when it is drawn). Every rule is scoped to the report or its options,
 * so the sheet can stay. See report.css for why it is not a stylesheet of the page.
 */
import css from './report.css?raw';

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
