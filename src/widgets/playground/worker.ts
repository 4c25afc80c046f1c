/**
 * The playground's worker: runs an edited program on the simulator off the main thread, so a long
 * run never freezes the page and can be stopped outright, and sends back what the visualizer
 * needs. The simulator and the Python parser load with this file, only once a learner runs
 * something.
 */
import { simulate } from '../../sim';
import { problemOf } from './problem';
import { tokenizeEdited } from './tokens';
import { PLAYGROUND_STEP_BUDGET, type PrintedReply, type RunReply, type RunRequest, type WorkerRequest } from './protocol';

function runOne(request: RunRequest): RunReply {
  const { id, source, file, python } = request;
  try {
    const result = simulate(source, { trace: true, filename: file, stepBudget: PLAYGROUND_STEP_BUDGET, python });
    const showable = (result.exitCode === 0 || result.exitCode === 1) && result.trace !== undefined;
    return {
      id,
      exitCode: result.exitCode,
      stdout: result.stdout,
      stderr: result.stderr,
      problem: problemOf(result.exitCode, result.stderr, file),
      program: showable ? JSON.stringify(tokenizeEdited(source)) : null,
      trace: showable ? JSON.stringify(result.trace) : null,
    };
  } catch (err) {
    // simulate() reports its own faults as exit 70; this is the last line of defence.
    const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { id, exitCode: 70, stdout: '', stderr: message, problem: problemOf(70, message, file), program: null, trace: null };
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'run') {
    self.postMessage(runOne(request));
    return;
  }
  // Only what each version prints, for the "prints differently" note: no trace is kept.
  const reply: PrintedReply = { id: request.id, printed: {} };
  for (const python of request.versions) {
    try {
      const r = simulate(request.source, { filename: request.file, stepBudget: PLAYGROUND_STEP_BUDGET, python });
      reply.printed[python] = { stdout: r.stdout, stderr: r.stderr };
    } catch {
      // A version the simulator cannot run this under is left out of the comparison.
    }
  }
  self.postMessage(reply);
};
