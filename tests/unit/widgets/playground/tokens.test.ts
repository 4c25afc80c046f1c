import { describe, expect, it } from 'vitest';

import { BACKGROUNDS, MIN_CONTRAST, contrastRatio } from '../../../../src/components/program-highlight';
import { PALETTE } from '../../../../src/widgets/playground/palette';
import { tokenizeEdited } from '../../../../src/widgets/playground/tokens';

describe('colouring an edited program', () => {
  const source = 'import asyncio\n\nasync def main():\n    # wait\n    await asyncio.sleep(1)\n    print("done", 42, True)\n';
  const program = tokenizeEdited(source);
  const styleOf = (text: string): [string, string, number] | undefined => {
    for (const line of program.lines) {
      for (const [t, s] of line) if (t.trim() === text) return program.styles[s];
    }
    return undefined;
  };

  it('keeps every character, line by line, as the visualizer numbers them', () => {
    expect(program.lines.map((l) => l.map(([t]) => t).join(''))).toEqual(source.split('\n').slice(0, -1));
  });

  it('colours keywords, strings, numbers, constants and comments as the lesson programs are coloured', () => {
    expect(styleOf('async')?.slice(0, 2)).toEqual([...PALETTE.keyword]);
    expect(styleOf('await')?.slice(0, 2)).toEqual([...PALETTE.keyword]);
    expect(styleOf('"done"')?.slice(0, 2)).toEqual([...PALETTE.string]);
    expect(styleOf('42')?.slice(0, 2)).toEqual([...PALETTE.number]);
    expect(styleOf('True')?.slice(0, 2)).toEqual([...PALETTE.constant]);
    expect(styleOf('# wait')).toEqual([...PALETTE.comment, 1]);
  });

  it('reads as well as the build-time colours in both themes', () => {
    for (const [name, [light, dark]] of Object.entries(PALETTE)) {
      expect(contrastRatio(light, BACKGROUNDS.light), `${name} on light`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(dark, BACKGROUNDS.dark), `${name} on dark`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
