/**
 * The playground's worker: runs an edited program on the simulator off the main thread, so a long
 * run never freezes the page and can be stopped outright, and sends back what the visualizer
 * needs. The simulator and the Python parser load with this file, only once a learner runs
 * something; so does the note on what other Python versions print, which is worked out here
 * because only an edit needs it worked out in the browser (a lesson program's comes with the page).
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { endedByProgram, simulate } from '../../sim';
import { OFFERED_VERSIONS, type OfferedVersion } from '../python-version';
import { differencesFrom, type Printed } from '../version-differences';
import { VersionNote } from '../VersionNote';
import { versionStrings } from '../version-strings';
import { problemOf } from './problem';
import { tokenizeEdited } from './tokens';
import { PLAYGROUND_STEP_BUDGET, VISUAL_EVENT_CAP, type RunReply, type RunRequest } from './protocol';

/** The note for an edit shown under `request.python`: the other versions run without a trace. */
function noteFor(request: RunRequest, shown: Printed): string {
  const printed: Partial<Record<OfferedVersion, Printed>> = {};
  for (const v of OFFERED_VERSIONS) {
    if (v === request.python) {
      printed[v] = shown;
      continue;
    }
    const r = simulate(request.source, { filename: request.file, stepBudget: PLAYGROUND_STEP_BUDGET, python: v });
    printed[v] = { stdout: r.stdout, stderr: r.stderr };
  }
  const differences = differencesFrom(printed, request.python);
  const t = versionStrings(request.locale);
  return renderToString(h(VersionNote, { differences, current: shown, shown: request.python, t }));
}

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  const { id, source, file, python } = request;
  let reply: RunReply;
  try {
    const result = simulate(source, { trace: true, filename: file, stepBudget: PLAYGROUND_STEP_BUDGET, python });
    const ended = endedByProgram(result.exitCode) && result.trace !== undefined;
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
      note: showable ? noteFor(request, { stdout: result.stdout, stderr: result.stderr }) : '',
    };
  } catch (err) {
    // simulate() reports its own faults as exit 70; this is the last line of defence.
    const message = `internal error: ${err instanceof Error ? err.message : String(err)}`;
    reply = { id, exitCode: 70, stdout: '', stderr: message, problem: problemOf(70, message, file), program: null, trace: null, withheld: null, note: '' };
  }
  self.postMessage(reply);
};
