/**
 * Where a radar chart's axis labels go, and how large the radar can be with every label whole.
 *
 * Chart.js places point labels itself, but it shrinks the radius by at most half and measures
 * labels before wrapping, so long titles are cut off at the canvas edge on phones and on paper.
 * This module decides instead: it wraps each label into lines, tries several wrap widths and
 * font sizes, and finds the largest radius (and the centre) for which every label box lies
 * inside the canvas with a margin and no two labels overlap. The chart then gets the radius
 * through its layout padding and draws the labels at the boxes computed here.
 *
 * Pure: the caller measures text (a canvas context in the browser, a fake in tests).
 */

/** Width of a line of text at a font size, in the canvas's CSS pixels. */
export type Measure = (text: string, size: number) => number;

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface PlacedLabel {
	lines: string[];
	/** Horizontal alignment of the lines inside the box, away from the chart. */
	align: 'left' | 'center' | 'right';
	box: Box;
}

export interface RadarLayout {
	cx: number;
	cy: number;
	radius: number;
	/** Font size of the labels, px. */
	size: number;
	lineHeight: number;
	labels: PlacedLabel[];
}

export interface RadarLayoutInput {
	width: number;
	height: number;
	labels: readonly string[];
	measure: Measure;
	/** Font sizes to try, largest first; the largest that leaves a useful radius wins. */
	sizes: readonly number[];
	/** Space between the outer ring and a label, px. */
	gap?: number;
	/** Space kept free along every edge of the canvas, px. */
	margin?: number;
	/** Line height as a factor of the font size. */
	leading?: number;
	/** A radius below this share of the shorter side counts as too small for a larger font. */
	minShare?: number;
}

/** Words laid into lines no wider than `max` (a word wider than that gets a line of its own). */
export function wrapWords(text: string, max: number, width: (line: string) => number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && width(candidate) > max) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Which side of its anchor a label's box lies on: 0 after, 1 before, 0.5 centred. */
function side(value: number): number {
	return value > 0.05 ? 0 : value < -0.05 ? 1 : 0.5;
}

interface Sized {
	lines: string[];
	w: number;
	h: number;
}

interface Axis {
	cos: number;
	sin: number;
	fx: number;
	fy: number;
}

/** The axes of an N-spoke radar: the first points up, then clockwise (as Chart.js draws them). */
function axes(count: number): Axis[] {
	return Array.from({ length: count }, (_, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
		const cos = Math.cos(angle);
		const sin = Math.sin(angle);
		return { cos, sin, fx: side(cos), fy: side(sin) };
	});
}

/**
 * The range of centre positions along one dimension for which the chart of radius `r` and every
 * label fit in [margin, extent − margin]; null when there is none.
 */
function centreRange(
	r: number,
	extent: number,
	margin: number,
	gap: number,
	items: readonly { offset: number; f: number; size: number }[]
): [number, number] | null {
	let lo = margin + r;
	let hi = extent - margin - r;
	for (const { offset, f, size } of items) {
		const start = (r + gap) * offset - f * size;
		lo = Math.max(lo, margin - start);
		hi = Math.min(hi, extent - margin - size - start);
	}
	return lo <= hi ? [lo, hi] : null;
}

function overlaps(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

interface Candidate {
	layout: RadarLayout;
	lines: number;
}

function place(
	input: Required<Omit<RadarLayoutInput, 'measure' | 'sizes' | 'labels' | 'minShare'>>,
	sized: readonly Sized[],
	size: number,
	lineHeight: number
): Candidate | null {
	const { width, height, gap, margin } = input;
	const spokes = axes(sized.length);
	const xs = spokes.map((axis, i) => ({ offset: axis.cos, f: axis.fx, size: sized[i]!.w }));
	const ys = spokes.map((axis, i) => ({ offset: axis.sin, f: axis.fy, size: sized[i]!.h }));
	const fits = (r: number) =>
		centreRange(r, width, margin, gap, xs) !== null &&
		centreRange(r, height, margin, gap, ys) !== null;
	if (!fits(0)) return null;
	// The feasible radii form an interval from 0 (the constraints are linear), so bisect.
	let low = 0;
	let high = Math.min(width, height) / 2;
	for (let i = 0; i < 40; i++) {
		const mid = (low + high) / 2;
		if (fits(mid)) low = mid;
		else high = mid;
	}
	const radius = Math.floor(low);
	const [x0, x1] = centreRange(radius, width, margin, gap, xs)!;
	const [y0, y1] = centreRange(radius, height, margin, gap, ys)!;
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const labels = spokes.map((axis, i): PlacedLabel => {
		const { lines, w, h } = sized[i]!;
		const left = cx + (radius + gap) * axis.cos - axis.fx * w;
		const top = cy + (radius + gap) * axis.sin - axis.fy * h;
		return {
			lines,
			align: axis.fx === 0 ? 'left' : axis.fx === 1 ? 'right' : 'center',
			box: { left, top, right: left + w, bottom: top + h }
		};
	});
	for (let i = 0; i < labels.length; i++) {
		const next = labels[(i + 1) % labels.length]!;
		if (labels.length > 1 && overlaps(labels[i]!.box, next.box)) return null;
	}
	return {
		layout: { cx, cy, radius, size, lineHeight, labels },
		lines: sized.reduce((sum, label) => sum + label.lines.length, 0)
	};
}

/** The layout with the largest radius, preferring larger fonts and then fewer lines. */
export function layoutRadar(input: RadarLayoutInput): RadarLayout {
	const settings = {
		width: input.width,
		height: input.height,
		gap: input.gap ?? 6,
		margin: input.margin ?? 4,
		leading: input.leading ?? 1.2
	};
	const minRadius = (input.minShare ?? 0.3) * Math.min(input.width, input.height);
	let fallback: Candidate | null = null;
	for (const size of input.sizes) {
		const lineHeight = Math.ceil(size * settings.leading);
		const measure = (text: string) => input.measure(text, size);
		const words = input.labels.flatMap((label) => label.split(/\s+/).filter(Boolean));
		const narrowest = Math.max(0, ...words.map(measure));
		const widest = Math.max(narrowest, ...input.labels.map(measure));
		// Wrap widths from the longest word to no wrapping at all, in steps of about two letters;
		// labels above and below the chart (centred) and those at its sides are wrapped apart,
		// since only the side labels take width from the radius.
		const widths: number[] = [];
		for (let max = narrowest; max < widest; max += Math.max(1, size)) widths.push(max);
		widths.push(widest);
		const spokes = axes(input.labels.length);
		let best: Candidate | null = null;
		for (const across of widths) {
			for (const beside of widths) {
				const sized = input.labels.map((label, i): Sized => {
					const lines = wrapWords(label, spokes[i]!.fx === 0.5 ? across : beside, measure);
					return {
						lines,
						w: Math.ceil(Math.max(0, ...lines.map(measure))),
						h: lines.length * lineHeight
					};
				});
				const candidate = place(settings, sized, size, lineHeight);
				if (
					candidate &&
					(!best ||
						candidate.layout.radius > best.layout.radius ||
						(candidate.layout.radius === best.layout.radius && candidate.lines < best.lines))
				) {
					best = candidate;
				}
			}
		}
		if (best && best.layout.radius >= minRadius) return best.layout;
		if (best && (!fallback || best.layout.radius > fallback.layout.radius)) fallback = best;
	}
	if (fallback) return fallback.layout;
	// Nothing fits (a canvas narrower than a word): a bare chart is better than clipped text.
	const radius = Math.max(0, Math.floor(Math.min(input.width, input.height) / 2 - settings.margin));
	return {
		cx: input.width / 2,
		cy: input.height / 2,
		radius,
		size: input.sizes[input.sizes.length - 1] ?? 12,
		lineHeight: 0,
		labels: []
	};
}

/** Chart.js layout padding that gives its radial scale this layout's centre and radius. */
export function radarPadding(
	layout: RadarLayout,
	width: number,
	height: number
): { left: number; right: number; top: number; bottom: number } {
	const { cx, cy, radius } = layout;
	return {
		left: Math.max(0, cx - radius),
		right: Math.max(0, width - cx - radius),
		top: Math.max(0, cy - radius),
		bottom: Math.max(0, height - cy - radius)
	};
}

/**
 * Between which two axes the scale's numbers go: the gap (0 = between the first and the second
 * axis, counting clockwise) where the fewest data lines cross the spots of the numbers. Each
 * number sits just inside its ring, where the ring's edge crosses the gap's bisector, so a line
 * on the ring itself (a target of 3 on every axis) stays clear; a line between two values a and
 * b crosses the bisector at 2ab / (a + b) · cos(π / N) (in scale units). `depth` is how far a
 * number reaches inside its ring, in scale units. Ties go to the gap before the first axis (top
 * left), where the numbers have always been read.
 */
export function tickGap(
	series: readonly (readonly (number | null)[])[],
	count: number,
	ticks: readonly number[],
	depth: number
): number {
	const inner = Math.cos(Math.PI / count);
	const order = [count - 1, ...Array.from({ length: count - 1 }, (_, i) => i)];
	let best = order[0]!;
	let fewest = Infinity;
	for (const gap of order) {
		let crossings = 0;
		for (const values of series) {
			const a = values[gap];
			const b = values[(gap + 1) % count];
			if (a === null || a === undefined || b === null || b === undefined) continue;
			const at = a + b === 0 ? 0 : ((2 * a * b) / (a + b)) * inner;
			for (const tick of ticks) {
				const outer = tick * inner;
				// The number fills (outer − depth, outer), a little short of the ring.
				if (at > outer - depth && at < outer - depth / 10) crossings++;
			}
		}
		if (crossings < fewest) {
			fewest = crossings;
			best = gap;
		}
	}
	return best;
}
