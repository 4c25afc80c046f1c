// The entry of pyodide's worker thread (pyodide-oracle.ts): loads that module, TypeScript and
// all, in the thread, where it answers the test process's requests.
import { tsImport } from 'tsx/esm/api';

await tsImport('./pyodide-oracle.ts', import.meta.url);
