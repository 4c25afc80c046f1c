/**
 * The standard-library modules beyond asyncio and time that programs import, one file per
 * module, named for the CPython module it mirrors (see README.md here).
 */
import type { Host } from '../python/host';
import type { PyModule } from '../python/objects';
import { makeCollectionsModule } from './collections';
import { makeDatetimeModule } from './datetime';
import { makeFunctoolsModule } from './functools';
import { makeItertoolsModule } from './itertools';
import { makeRandomModule } from './random';
import { makeTypingModule } from './typing';

/** `wallClock` is time.time() of the run: the virtual wall clock datetime.now() reads. */
export function makeStdlibModules(host: Host, wallClock: () => number): Array<[string, PyModule]> {
  return [
    ['random', makeRandomModule(host)],
    ['collections', makeCollectionsModule()],
    ['itertools', makeItertoolsModule()],
    ['functools', makeFunctoolsModule()],
    ['typing', makeTypingModule()],
    ['datetime', makeDatetimeModule(host, wallClock)],
  ];
}

export { varyingNotes, type VaryingNote } from './varying';
export { makeCtime } from './datetime';
