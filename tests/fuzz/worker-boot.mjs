// A worker thread's entry: Node 20 does not pass `--import tsx` on to worker threads, so the
// worker registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
