/**
 * Sets of tasks and futures that asyncio hands back (`all_tasks()`, `wait()`'s done and pending).
 *
 * A task hashes by its address, so CPython iterates such a set in an order that follows memory
 * layout: not creation order, and not the same from run to run (src/sim/runtime/README.md §14).
 * The simulator keeps insertion order, which is one order CPython may show, never the order.
 * So when a program iterates one of these sets with two or more members, what it prints from
 * then on in the same turn, and what that turn schedules (Simulation.taint), joins a race group,
 * and the run carries a note that output depending on that order varies (§17).
 */
import { PySet, type PyValue, SetTable } from '../python/objects';
import { noteVarying } from '../stdlib/varying';
import type { Simulation, Taint } from './simulation';

/** The set's table: iterating it with two or more members starts the race. */
class UnorderedMap extends SetTable {
  constructor(private readonly onIterate: () => void) {
    super();
  }
  private touched(): void {
    if (this.size > 1) this.onIterate();
  }
  values(): MapIterator<PyValue> {
    this.touched();
    return super.values();
  }
  keys(): MapIterator<string> {
    this.touched();
    return super.keys();
  }
  entries(): MapIterator<[string, PyValue]> {
    this.touched();
    return super.entries();
  }
  [Symbol.iterator](): MapIterator<[string, PyValue]> {
    this.touched();
    return super.entries();
  }
  forEach(cb: (value: PyValue, key: string, map: Map<string, PyValue>) => void, thisArg?: unknown): void {
    this.touched();
    super.forEach(cb, thisArg);
  }
}

/** A `set` of tasks or futures whose iteration order CPython does not fix. */
export class UnorderedSet extends PySet {
  readonly map: SetTable;

  constructor(sim: Simulation, what: string) {
    super();
    this.map = new UnorderedMap(() => raceFromHere(sim, what));
  }
}

/**
 * The rest of this turn's output, and what it schedules, may come out in another order under
 * CPython: a new race group, unless the turn already is in one.
 */
function raceFromHere(sim: Simulation, what: string): void {
  noteVarying(
    sim,
    'set-order',
    sim.at,
    `iterating ${what}, a set of tasks: CPython visits its members in an order that follows memory addresses and changes between runs, so output that depends on that order may differ`,
  );
  if (sim.taint === null || sim.taint.hops > 0) sim.taint = { race: sim.newRace(), hops: 0 };
}

/** The races that stand for a set's order, per run (the others are threads'). */
const setOrderRaces = new WeakMap<Simulation, Set<number>>();

/**
 * How far back a set-order race's hop count starts: a task started from a set prints in its
 * first step, and a wake-up it shares a turn with reaches the consumer three hops on (the task's
 * last step, its done-callback, the consumer's wake-up).
 */
export const SET_ORDER_HOPS = -2;

/** A new race for work started in a set's order. */
export function setOrderRace(sim: Simulation): number {
  const race = sim.newRace();
  let races = setOrderRaces.get(sim);
  if (!races) setOrderRaces.set(sim, (races = new Set()));
  races.add(race);
  return race;
}

/**
 * Timers that tasks started in set order armed, expiring in one turn (equal sleeps): they were
 * armed, and so fire, in the order the tasks started, which CPython does not fix. What each one
 * wakes races again, as far as the tasks' first steps did. A timer that expires alone fires at
 * its own time, whatever the start order, and its race fades as usual.
 */
export function refreshSetOrderRaces(sim: Simulation, expired: readonly { taint: Taint | null }[]): void {
  const races = setOrderRaces.get(sim);
  if (!races || expired.length < 2) return;
  const counts = new Map<number, number>();
  for (const h of expired) if (h.taint && races.has(h.taint.race)) counts.set(h.taint.race, (counts.get(h.taint.race) ?? 0) + 1);
  for (const h of expired) {
    if (h.taint && (counts.get(h.taint.race) ?? 0) > 1) h.taint = { race: h.taint.race, hops: SET_ORDER_HOPS };
  }
}
