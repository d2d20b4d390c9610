import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '$lib/framework/types';
import { principleShortKey } from '$lib/framework/keys';
import { LOCALES } from '$lib/i18n/locales';
import { messagesFor } from '$lib/i18n/server-messages';
import {
	layoutRadar,
	radarPadding,
	tickGap,
	wrapWords,
	type Box,
	type RadarLayout
} from './radar-layout';

/** About the advance of a bold sans-serif: 0.6 of the font size per character. */
const measure = (text: string, size: number) => text.length * size * 0.6;

const shortTitles = (locale: (typeof LOCALES)[number]) =>
	PRINCIPLE_IDS.map((id) => messagesFor(locale)[principleShortKey(id)]!);

function inside(box: Box, width: number, height: number, margin: number): boolean {
	return (
		box.left >= margin - 1e-6 &&
		box.top >= margin - 1e-6 &&
		box.right <= width - margin + 1e-6 &&
		box.bottom <= height - margin + 1e-6
	);
}

/** Distance from the centre to the nearest point of a box. */
function distance(layout: RadarLayout, box: Box): number {
	const dx = Math.max(box.left - layout.cx, 0, layout.cx - box.right);
	const dy = Math.max(box.top - layout.cy, 0, layout.cy - box.bottom);
	return Math.hypot(dx, dy);
}

describe('wrapWords', () => {
	const width = (line: string) => line.length;

	it('fills lines up to the width and keeps a long word whole', () => {
		expect(wrapWords('No single community', 10, width)).toEqual(['No single', 'community']);
		expect(wrapWords('Maintainers’ lives', 5, width)).toEqual(['Maintainers’', 'lives']);
		expect(wrapWords('  Never   free ', 40, width)).toEqual(['Never free']);
		expect(wrapWords('', 10, width)).toEqual([]);
	});
});

describe('layoutRadar', () => {
	// A 360 px phone (328 px of content, square), a desktop column, the printed report's chart.
	const canvases = [
		{ name: 'phone', width: 328, height: 328, sizes: [13, 12, 11] },
		{ name: 'desktop', width: 576, height: 501, sizes: [13, 12, 11] },
		{ name: 'print', width: 360, height: 300, sizes: [12, 11, 10] }
	];

	for (const locale of LOCALES) {
		for (const canvas of canvases) {
			it(`keeps every ${locale} label whole and inside the ${canvas.name} canvas`, () => {
				const labels = shortTitles(locale);
				const layout = layoutRadar({ ...canvas, labels, measure, margin: 4, gap: 6 });
				expect(layout.labels).toHaveLength(labels.length);
				layout.labels.forEach((label, i) => {
					// Whole: the lines hold every word of the title, in order.
					expect(label.lines.join(' ')).toBe(labels[i]!.split(/\s+/).join(' '));
					expect(inside(label.box, canvas.width, canvas.height, 4)).toBe(true);
					// Outside the chart, never on its rings.
					expect(distance(layout, label.box)).toBeGreaterThanOrEqual(layout.radius);
					const lines = label.lines.length;
					expect(label.box.bottom - label.box.top).toBeCloseTo(lines * layout.lineHeight, 6);
					for (const line of label.lines) {
						expect(measure(line, layout.size)).toBeLessThanOrEqual(
							label.box.right - label.box.left + 1e-6
						);
					}
				});
				// The chart itself fits too.
				expect(layout.cx - layout.radius).toBeGreaterThanOrEqual(4 - 1e-6);
				expect(layout.cx + layout.radius).toBeLessThanOrEqual(canvas.width - 4 + 1e-6);
				expect(layout.cy - layout.radius).toBeGreaterThanOrEqual(4 - 1e-6);
				expect(layout.cy + layout.radius).toBeLessThanOrEqual(canvas.height - 4 + 1e-6);
			});
		}
	}

	it('leaves a useful radar on a 360 px phone by wrapping the side labels', () => {
		const layout = layoutRadar({
			width: 328,
			height: 328,
			labels: shortTitles('en'),
			measure,
			sizes: [13, 12, 11]
		});
		// Before: about 130 px wide with labels cut off. Now over half the width, every label whole.
		expect(2 * layout.radius).toBeGreaterThan(328 * 0.5);
		expect(layout.labels.some((label) => label.lines.length > 1)).toBe(true);
	});

	it('does not wrap when there is room, and keeps the largest font', () => {
		const layout = layoutRadar({
			width: 1200,
			height: 783,
			labels: shortTitles('en'),
			measure,
			sizes: [13, 12, 11]
		});
		expect(layout.size).toBe(13);
		expect(layout.labels.every((label) => label.lines.length === 1)).toBe(true);
	});

	it('wraps only the side labels when the height is what limits the radar', () => {
		const layout = layoutRadar({
			width: 576,
			height: 501,
			labels: shortTitles('fr'),
			measure,
			sizes: [13]
		});
		// "Communs numériques" (top) and "Jamais gratuit" (bottom) cost height when wrapped.
		expect(layout.labels[0]!.lines).toEqual(['Communs numériques']);
		expect(layout.labels[4]!.lines).toEqual(['Jamais gratuit']);
		expect(layout.labels[2]!.lines.length).toBeGreaterThan(1);
	});

	it('aligns labels away from the chart: centred at top and bottom, outward at the sides', () => {
		const layout = layoutRadar({
			width: 576,
			height: 501,
			labels: shortTitles('en'),
			measure,
			sizes: [13]
		});
		expect(layout.labels.map((label) => label.align)).toEqual([
			'center',
			'left',
			'left',
			'left',
			'center',
			'right',
			'right',
			'right'
		]);
	});

	it('gives Chart.js the padding that puts its radius and centre where the labels expect', () => {
		const layout = layoutRadar({
			width: 576,
			height: 501,
			labels: shortTitles('de'),
			measure,
			sizes: [13]
		});
		const padding = radarPadding(layout, 576, 501);
		const area = {
			width: 576 - padding.left - padding.right,
			height: 501 - padding.top - padding.bottom
		};
		// Chart.js: radius = min(width, height) / 2 of the padded area, centre in its middle.
		expect(Math.min(area.width, area.height) / 2).toBeCloseTo(layout.radius, 6);
		expect(padding.left + area.width / 2).toBeCloseTo(layout.cx, 6);
		expect(padding.top + area.height / 2).toBeCloseTo(layout.cy, 6);
	});

	it('draws no labels rather than clipped ones when a word is wider than the canvas', () => {
		const layout = layoutRadar({
			width: 60,
			height: 60,
			labels: shortTitles('en'),
			measure,
			sizes: [13]
		});
		expect(layout.labels).toEqual([]);
		expect(layout.radius).toBeGreaterThan(0);
	});
});

describe('tickGap', () => {
	const ticks = [1, 2, 3, 4];
	const target = [3, 3, 3, 3, 3, 3, 3, 3];

	it('keeps the numbers top left when no line crosses them there', () => {
		expect(tickGap([[2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5], target], 8, ticks, 0.2)).toBe(7);
	});

	it('moves them to a gap where the current scores do not cross a number', () => {
		// 0.9 on the last and the first axis: their line crosses the top-left gap at the "1.0" spot.
		const current = [0.9, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 0.9];
		expect(tickGap([current, target], 8, ticks, 0.2)).toBe(0);
	});

	it('ignores a principle that is not assessed (no line there)', () => {
		const current = [null, 1, 1, 1, 1, 1, 1, null];
		expect(tickGap([current], 8, ticks, 0.2)).toBe(7);
	});

	it('is not disturbed by a target line lying on a ring', () => {
		const targets = [3, 3, 2, 2, 3, 3, 3, 3];
		const current = [0.9, 0.9, 1.5, 1.5, 1.5, 1.5, 1.5, 0.9];
		// Gaps 7 and 0 are crossed by the current line at "1.0"; in gap 1 the target line runs
		// between rings 3 and 2, clear of both numbers.
		expect(tickGap([current, targets], 8, ticks, 0.2)).toBe(1);
		// A line lying on a ring passes just outside the number under it.
		expect(tickGap([[1, 1, 1, 1, 1, 1, 1, 1], target], 8, ticks, 0.2)).toBe(7);
	});
});
