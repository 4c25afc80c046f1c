/**
 * Moving the visualizer the predict exercise opens to a moment of the run. The exercise knows the
 * moment by its trace cursor; the visualizer's scrubber counts steps, so the exercise asks the
 * visualizer with an event on its root (SEEK_EVENT) and the two widgets share no state.
 */

/** The event a visualizer's root listens for: `detail.cursor` is a trace cursor. */
export const SEEK_EVENT = 'el-seek';

/** Moves the visualizer inside `container` to `cursor` and puts the focus on its scrubber. */
export function seekVisualizer(container: Element, cursor: number): boolean {
  const root = container.querySelector('.el');
  const scrubber = container.querySelector<HTMLInputElement>('input[type="range"]');
  if (!root || !scrubber) return false;
  root.dispatchEvent(new CustomEvent(SEEK_EVENT, { detail: { cursor } }));
  scrubber.scrollIntoView({ block: 'center' });
  scrubber.focus();
  return true;
}
