// A simulator worker's entry: Node 20 does not pass `--import tsx` on to worker threads, so the
// worker registers tsx itself before loading the TypeScript worker (as tests/fuzz/ does).
import { register } from 'tsx/esm/api';

register();
await import('./sim-worker.ts');
