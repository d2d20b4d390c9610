/**
 * How each workshop participant is drawn on the radar: a colour for each colour scheme, a dash
 * pattern and a point shape. Colour is never the only difference: every line also has its own
 * dash pattern and point shape, so the lines stay apart in greyscale print and for readers who
 * do not tell the colours apart. Every colour has at least 4.5:1 contrast with the page and
 * surface backgrounds of its scheme (tokens.css), well above the 3:1 graphics need.
 *
 * Beyond PARTICIPANT_STYLES.length participants the radar stops being readable; the page shows
 * the table alone then.
 */
export type PointShape =
	'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot' | 'rectRounded' | 'cross';

export interface ParticipantStyle {
	light: string;
	dark: string;
	/** Canvas/SVG dash pattern (line, gap, …); empty for a solid line. */
	dash: number[];
	point: PointShape;
}

export const PARTICIPANT_STYLES: readonly ParticipantStyle[] = [
	{ light: '#0b5cad', dark: '#8cc4ff', dash: [], point: 'circle' },
	{ light: '#b3401b', dark: '#ff9d6e', dash: [12, 6], point: 'rect' },
	{ light: '#1a7a4c', dark: '#6fd69c', dash: [3, 4], point: 'triangle' },
	{ light: '#8e3b8e', dark: '#e49be4', dash: [14, 5, 3, 5], point: 'rectRot' },
	{ light: '#6b5200', dark: '#e8c35a', dash: [6, 6], point: 'star' },
	{ light: '#0e7c86', dark: '#5fd4dc', dash: [2, 7], point: 'crossRot' },
	{ light: '#c0245c', dark: '#ff8fb3', dash: [20, 6], point: 'rectRounded' },
	{ light: '#4b4f9c', dark: '#aeb3ff', dash: [10, 4, 2, 4, 2, 4], point: 'cross' }
];

/** Most participants the radar draws; more are shown in the table only. */
export const MAX_CHART_PARTICIPANTS = PARTICIPANT_STYLES.length;
