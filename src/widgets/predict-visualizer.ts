/**
 * Moving the visualizer the predict exercise opens to a step. It is driven through its own
 * scrubber, the control a learner would use, so the exercise needs nothing from EventLoop.tsx
 * but its props: the two widgets share no state.
 */

/** Moves the visualizer inside `container` to `step` and puts the focus on its scrubber. */
export function seekVisualizer(container: Element, step: number): boolean {
  const scrubber = container.querySelector<HTMLInputElement>('input[type="range"]');
  if (!scrubber) return false;
  scrubber.value = String(Math.min(step, Number(scrubber.max)));
  scrubber.dispatchEvent(new Event('input', { bubbles: true }));
  scrubber.scrollIntoView({ block: 'center' });
  scrubber.focus();
  return true;
}
