import { compile } from '@mdx-js/mdx';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import remarkHiddenAnswers, { showsOutput } from '../../../src/markdown/remark-hidden-answers';

const programs = fileURLToPath(new URL('../../../content/programs', import.meta.url));

/** Compiles MDX as the site's build does, with the plugin reading the real lesson programs. */
const build = (mdx: string) => compile(mdx, { remarkPlugins: [[remarkHiddenAnswers, { programs }]] });

// What CPython (and the simulator) print for tasks-when-start.py.
const OUTPUT = ['main: task created, done? False', 'main: after time.sleep, done? False', 'child: first line', 'main: after await asyncio.sleep(0), done? True'];
const block = (lines: readonly string[]) => ['```text', ...lines, '```'].join('\n');

describe('remarkHiddenAnswers', () => {
  it('stops the build when the output is printed in the open right after the exercise, and says where', async () => {
    const mdx = ['# A lesson', '', '<PredictOutput program="tasks-when-start.py" />', '', 'It prints:', '', block(OUTPUT), ''].join('\n');

    const failure = await build(mdx).then(
      () => null,
      (e: unknown) => e as { message: string; line?: number },
    );

    expect(failure?.message).toContain('prints the output of tasks-when-start.py in the open');
    expect(failure?.message).toContain('(line 3)');
    expect(failure?.line).toBe(7);
  });

  it('finds the output inside a list or an aside in the same section', async () => {
    const mdx = ['<PredictOutput program="tasks-when-start.py" />', '', '<Aside>', '', block(OUTPUT.slice(1, 3)), '', '</Aside>', ''].join('\n');

    await expect(build(mdx)).rejects.toThrow('tasks-when-start.py');
  });

  it('lets the output through inside the exercise or a closed <details>', async () => {
    const inside = ['<PredictOutput program="tasks-when-start.py">', '', block(OUTPUT), '', '</PredictOutput>', ''].join('\n');
    const folded = ['<PredictOutput program="tasks-when-start.py" />', '', '<details>', '<summary>Answer</summary>', '', block(OUTPUT), '', '</details>', ''].join('\n');

    await expect(build(inside)).resolves.toBeDefined();
    await expect(build(folded)).resolves.toBeDefined();
  });

  it('lets the output through once a heading ends the exercise’s section, and other blocks anywhere', async () => {
    const later = ['<PredictOutput program="tasks-when-start.py" />', '', '## Next', '', block(OUTPUT), ''].join('\n');
    const other = ['<PredictOutput program="tasks-when-start.py" />', '', block(['Traceback (most recent call last):', 'ValueError: boom']), ''].join('\n');

    await expect(build(later)).resolves.toBeDefined();
    await expect(build(other)).resolves.toBeDefined();
  });
});

describe('showsOutput', () => {
  it('is true for two output lines in a row, ignoring trailing spaces', () => {
    expect(showsOutput('intro\nb  \nc\n', ['a', 'b', 'c'])).toBe(true);
  });

  it('is false for output lines apart or on their own', () => {
    expect(showsOutput('a\nx\nc', ['a', 'b', 'c'])).toBe(false);
  });

  it('matches a one-line output only as a whole line', () => {
    expect(showsOutput('took 0.3s', ['took 0.3s'])).toBe(true);
    expect(showsOutput('it took 0.3s', ['took 0.3s'])).toBe(false);
  });
});
