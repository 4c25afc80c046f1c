/**
 * What `<PredictOutput>` learns from a run at build time: for each output line, who printed it
 * and what that printer did since its previous line. The misconception matcher (predict-check.ts)
 * reasons with these facts, so the island needs no trace to explain a wrong answer.
 */
import type { HandleInfo, TraceEvent } from '../sim/trace';
import type { OutputLine } from '../sim/types';
import type { PredictLine } from './predict-check';

/** A clock move smaller than this is the loop's own bookkeeping, not a blocking call. */
const BLOCKING = 1e-4;

/** The facts for `lines` (the run's output lines) read from the run's `trace`. */
export function lineFacts(lines: readonly OutputLine[], trace: readonly TraceEvent[]): PredictLine[] {
  const handles = new Map<number, HandleInfo>();
  const taskNames = new Map<number, string>();
  const creators = new Map<string, string>();
  const seen = new Set<string>();
  const blocked = new Set<string>();
  const suspended = new Set<string>();
  let actor: string | null = null;
  let clock = 0;
  const prints: Array<{ actor: string; creator: string | null; first: boolean; blocked: boolean; suspended: boolean; step: number }> = [];

  trace.forEach((ev, i) => {
    switch (ev.type) {
      case 'ready.push':
      case 'timer.push':
        handles.set(ev.handle.id, ev.handle);
        break;
      case 'ready.run': {
        const h = handles.get(ev.id);
        actor = h && h.task === null ? h.label : null;
        break;
      }
      case 'task.new':
        taskNames.set(ev.task, ev.name);
        if (actor !== null) creators.set(ev.name, actor);
        break;
      case 'task.run':
        actor = taskNames.get(ev.task) ?? null;
        break;
      case 'task.suspend':
      case 'task.done': {
        const name = taskNames.get(ev.task);
        if (name) suspended.add(name);
        actor = null;
        break;
      }
      case 'clock':
        if (actor !== null && ev.time - clock > BLOCKING) blocked.add(actor);
        clock = ev.time;
        break;
      case 'print': {
        const who = ev.thread === 'MainThread' ? (actor ?? 'MainThread') : ev.thread;
        prints.push({
          actor: who,
          creator: creators.get(who) ?? null,
          first: !seen.has(who),
          blocked: blocked.has(who),
          suspended: suspended.has(who),
          step: i + 1,
        });
        seen.add(who);
        blocked.delete(who);
        suspended.delete(who);
        break;
      }
    }
  });

  // One print event per output line; if a run ever disagrees, keep the lines and drop the steps.
  const aligned = prints.length === lines.length;
  return lines.map((line, k) => {
    const p = aligned ? prints[k] : undefined;
    return {
      text: line.text,
      race: line.race,
      actor: p?.actor ?? 'MainThread',
      creator: p?.creator ?? null,
      first: p?.first ?? false,
      blocked: p?.blocked ?? false,
      suspended: p?.suspended ?? false,
      step: p?.step ?? null,
    };
  });
}

/** The run's final time on the virtual clock. */
export function finalClock(trace: readonly TraceEvent[]): number {
  let time = 0;
  for (const ev of trace) if (ev.type === 'clock') time = ev.time;
  return time;
}
