/**
 * Build-time syntax highlighting for lesson programs. The page receives coloured spans and no
 * highlighter, and the loop visualizer can reuse the same tokens to mark the running line.
 */
import { getSingletonHighlighter, type ThemedTokenWithVariants } from 'shiki';

/** One coloured run of text, with its colour in Starlight's light and dark themes. */
export interface ProgramToken {
	text: string;
	light: string;
	dark: string;
	italic: boolean;
	bold: boolean;
}

/** Shiki's bundled themes closest to Starlight's own code blocks (both are Night Owl). */
export const THEMES = { light: 'night-owl-light', dark: 'night-owl' } as const;

/**
 * The code background Starlight uses for contrast in each theme, and the contrast every token
 * must reach on it. Both mirror Starlight's `applyStarlightUiThemeColors`
 * (integrations/expressive-code/theming.ts) and Expressive Code's default
 * `minSyntaxHighlightingColorContrast` of 5.5, so programs read as well as the fenced code
 * blocks beside them and pass WCAG AA.
 */
export const BACKGROUNDS = { light: '#f6f7f9', dark: '#23262f' } as const;
export const MIN_CONTRAST = 5.5;

// Shiki's FontStyle flags (shiki's `FontStyle` enum): 1 italic, 2 bold.
const ITALIC = 1;
const BOLD = 2;

/** Splits Python source into lines of tokens coloured for both themes. */
export async function tokenizePython(code: string): Promise<ProgramToken[][]> {
	const highlighter = await getSingletonHighlighter({
		themes: [THEMES.light, THEMES.dark],
		langs: ['python'],
	});
	const lines = highlighter.codeToTokensWithThemes(code, { lang: 'python', themes: THEMES });
	return lines.map((line) => line.map(toProgramToken));
}

function toProgramToken(token: ThemedTokenWithVariants): ProgramToken {
	const light = token.variants.light ?? {};
	const dark = token.variants.dark ?? {};
	const fontStyle = light.fontStyle ?? 0;
	return {
		text: token.content,
		light: ensureContrast(light.color ?? '#000000', BACKGROUNDS.light, MIN_CONTRAST),
		dark: ensureContrast(dark.color ?? '#ffffff', BACKGROUNDS.dark, MIN_CONTRAST),
		italic: (fontStyle & ITALIC) !== 0,
		bold: (fontStyle & BOLD) !== 0,
	};
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * Returns `color` as `#rrggbb`, moved towards black or white (whichever the background is
 * farther from) just enough to reach `min` contrast on `background`. Colours that already reach
 * it come back unchanged.
 */
export function ensureContrast(color: string, background: string, min: number): string {
	const fg = parseHex(color);
	if (contrastRatio(color, background) >= min) return toHex(fg);
	// 0.179 is the luminance at which black and white contrast equally with a colour.
	const target = luminance(background) > 0.179 ? [0, 0, 0] : [255, 255, 255];
	// Mixing in the target only ever raises the contrast, so a binary search finds the least mix.
	let [lo, hi] = [0, 1];
	for (let i = 0; i < 20; i++) {
		const mid = (lo + hi) / 2;
		if (contrastRatio(toHex(mix(fg, target, mid)), background) >= min) hi = mid;
		else lo = mid;
	}
	return toHex(mix(fg, target, hi));
}

type Rgb = number[];

function parseHex(color: string): Rgb {
	// Themes sometimes add an alpha channel (#rrggbbaa); the colour is taken as opaque.
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(color.trim())?.[1];
	if (!hex) throw new Error(`Expected a colour like #1a2b3c, got "${color}".`);
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

function toHex(rgb: Rgb): string {
	return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
	return from.map((c, i) => c + ((to[i] ?? c) - c) * amount);
}

function luminance(color: string): number {
	const [r = 0, g = 0, b = 0] = parseHex(color).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Renders tokenized lines as the inside of the program's `<code>`: one `.line` per source line
 * with its number (`data-line`, for the visualizer to mark the running line), the number shown
 * in an `aria-hidden` `.ln`, and the code in `.lc`. Marked lines get the class `marked`.
 */
export function programLinesHtml(lines: ProgramToken[][], marked: ReadonlySet<number>): string {
	return lines
		.map((tokens, index) => {
			const number = index + 1;
			const code = tokens.map(tokenHtml).join('');
			const cls = marked.has(number) ? 'line marked' : 'line';
			return `<span class="${cls}" data-line="${number}"><span class="ln" aria-hidden="true">${number}</span><span class="lc">${code}</span></span>`;
		})
		.join('');
}

function tokenHtml(token: ProgramToken): string {
	const cls = [token.italic && 'i', token.bold && 'b'].filter(Boolean).join(' ');
	const attr = cls ? ` class="${cls}"` : '';
	return `<span${attr} style="--l:${token.light};--d:${token.dark}">${escapeHtml(token.text)}</span>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
