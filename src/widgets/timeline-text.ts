/**
 * Words and marks for the timeline's spans (src/sim/timeline.ts), shared by the drawing and the
 * table, and unit-tested without a DOM.
 */
import { format } from '../sim/narrate';
import type { Span, SpanState } from '../sim/timeline';
import type { UiStrings } from './event-loop-strings';

/** A mark per state, so a state reads by shape as well as colour (the Tasks panel's marks). */
export const SPAN_MARK: Record<SpanState, string> = {
  running: '▶',
  busy: '▶',
  ready: '○',
  waiting: '‖',
  sleeping: '‖',
  finished: '✓',
  failed: '✕',
  cancelled: '⊘',
};

/** What a span says: "waiting on sleep(1)", "busy: sleep(1)", "done, returned None". */
export function spanText(span: Span, ui: UiStrings): string {
  switch (span.state) {
    case 'running':
      return ui.taskRunning;
    case 'ready':
      return ui.spanReady;
    case 'waiting':
      return span.detail === null ? ui.spanReady : format(ui.taskWaiting, { on: span.detail });
    case 'sleeping':
      return ui.spanSleeping;
    case 'busy':
      return format(ui.threadBusy, { job: span.detail ?? '?' });
    case 'finished':
      return format(ui.taskFinished, { value: span.detail ?? 'None' });
    case 'failed':
      return format(ui.taskFailed, { value: span.detail ?? '?' });
    case 'cancelled':
      return ui.taskCancelled;
  }
}
