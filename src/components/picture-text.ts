/**
 * Build-time checks for the words in the lesson pictures (SequentialVsConcurrent.astro,
 * FutureStates.astro, LoopTurn.astro). SVG text does not wrap, so a translated label that is
 * too long would run over its box or off the picture; these estimates stop the build instead,
 * with a message naming the label, before anyone has to spot it on a screenshot.
 */

/** Where a label goes: its font size and the room it has, both in the picture's own units. */
export interface Room {
	size: number;
	width: number;
	/** Set for code, which is drawn in the monospace font. */
	mono?: boolean;
	/** Set for bold text, which runs about a tenth wider. */
	bold?: boolean;
}

// Advance widths in em, on the generous side of the system fonts Starlight uses: DejaVu Sans,
// the widest common one (Linux), sets lowercase at about 0.6 em. Hangul and other wide
// characters take a full em in every Korean font.
const NARROW = /[ijlt.,:;'!|()[\]\s]/;
const WIDE_LATIN = /[A-Zmw@%&]/;
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/;

/** About how wide `text` is drawn at `size` (in the same units as `size`). */
export function textWidth(text: string, size: number, mono = false, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (FULL_WIDTH.test(ch)) em += 1;
		else if (mono) em += 0.6;
		else if (NARROW.test(ch)) em += 0.34;
		else if (WIDE_LATIN.test(ch)) em += 0.76;
		else em += 0.61;
	}
	return em * size * (bold ? 1.1 : 1);
}

/**
 * Returns `text` if it is a non-empty string that fits `room`; otherwise stops the build with a
 * message saying which label of which picture is wrong and what it needs.
 */
export function fitted(picture: string, label: string, text: unknown, room: Room): string {
	if (typeof text !== 'string' || text.trim() === '') {
		throw new Error(`<${picture}>: ${label} must be a non-empty string; it got ${JSON.stringify(text)}.`);
	}
	const width = Math.ceil(textWidth(text, room.size, room.mono, room.bold));
	if (width > room.width) {
		throw new Error(
			`<${picture}>: ${label} ${JSON.stringify(text)} is about ${width} units wide; its place holds ${room.width}. Shorten it${room.mono ? '' : ' or split it into lines'}.`,
		);
	}
	return text;
}

/** Like `fitted`, for a label drawn as lines one under the other: between `min` and `max` of them. */
export function fittedLines(picture: string, label: string, lines: unknown, room: Room, min = 1, max = 2): string[] {
	if (!Array.isArray(lines) || lines.length < min || lines.length > max) {
		const count = min === max ? `${min}` : `${min} to ${max}`;
		throw new Error(`<${picture}>: ${label} must be an array of ${count} lines; it got ${JSON.stringify(lines)}.`);
	}
	return lines.map((line, i) => fitted(picture, `${label}[${i}]`, line, room));
}
