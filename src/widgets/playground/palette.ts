/**
 * Colours for programs a learner edits. At build time Shiki colours lesson programs with the Night
 * Owl themes (src/components/program-highlight.ts); in the browser there is no Shiki, so the
 * editor and the visualizer of an edited program colour Lezer's syntax tags with the same Night
 * Owl colours, already lifted to the contrast Shiki's tokens get (a unit test holds them to it).
 * Plain data: the island imports it, and Lezer's highlighter stays in the editor's and the
 * worker's code (highlight.ts).
 */

/** `[light, dark]` colours for each kind of token. */
export const PALETTE = {
  plain: ['#403f53', '#d6deeb'],
  keyword: ['#8a45b0', '#c792ea'],
  comment: ['#606470', '#909f9f'],
  string: ['#994e4d', '#ecc48d'],
  number: ['#aa0982', '#f78c6c'],
  constant: ['#a24848', '#ff6b83'],
  definition: ['#3b61b1', '#82aaff'],
  call: ['#096f73', '#b2ccd6'],
  builtin: ['#3b61b1', '#c5e478'],
  className: ['#111111', '#ffcb8b'],
  punctuation: ['#111111', '#d9f5dd'],
} as const satisfies Record<string, readonly [string, string]>;

export type SyntaxClass = keyof typeof PALETTE;

/** The palette as CSS custom properties (`--pg-keyword-l`, `--pg-keyword-d`, …) for the editor. */
export function paletteVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, [light, dark]] of Object.entries(PALETTE)) {
    vars[`--pg-${name}-l`] = light;
    vars[`--pg-${name}-d`] = dark;
  }
  return vars;
}
