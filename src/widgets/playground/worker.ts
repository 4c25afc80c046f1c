/**
 * The playground's worker: runs an edited program on the simulator off the main thread, so a long
 * run never freezes the page and can be stopped outright, and sends back what the visualizer
 * needs. The simulator and the Python parser load with this file, only once a learner runs
 * something.
 */
import { simulate } from '../../sim';
import { problemOf } from './problem';
import { tokenizeEdited } from './tokens';
import { PLAYGROUND_STEP_BUDGET, VISUAL_EVENT_CAP, type RunReply, type RunRequest } from './protocol';

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, source, file } = event.data;
  let reply: RunReply;
  try {
    const result = simulate(source, { trace: true, filename: file, stepBudget: PLAYGROUND_STEP_BUDGET });
    const ended = (result.exitCode === 0 || result.exitCode === 1) && result.trace !== undefined;
    const events = result.trace?.length ?? 0;
    const showable = ended && events <= VISUAL_EVENT_CAP;
    reply = {
      id,
      exitCode: result.exitCode,
      stdout: result.stdout,
      stderr: result.stderr,
      problem: problemOf(result.exitCode, result.stderr, file),
      program: showable ? JSON.stringify(tokenizeEdited(source)) : null,
      trace: showable ? JSON.stringify(result.trace) : null,
      withheld: ended && !showable ? events : null,
    };
  } catch (err) {
    // simulate() reports its own faults as exit 70; this is the last line of defence.
    const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    reply = { id, exitCode: 70, stdout: '', stderr: message, problem: problemOf(70, message, file), program: null, trace: null, withheld: null };
  }
  self.postMessage(reply);
};
