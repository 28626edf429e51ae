/**
 * Worker thread of `startSheetWork`: claims tasks from the front of the shared list until
 * none is left, posting each result back, then says it has finished.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeSteps, timed } from './timeline.js';
import { claimTask, runTask, type SheetTask } from './work.js';

const { tasks, flags } = workerData as { tasks: SheetTask[]; flags: Int32Array };
for (let i = claimTask(flags, false); i >= 0; i = claimTask(flags, false)) {
  try {
    parentPort!.postMessage({ i, result: timed('worker', `${tasks[i]!.kind} ${tasks[i]!.name}`, () => runTask(tasks[i]!)) });
  } catch (e) {
    parentPort!.postMessage({ i, error: e instanceof Error ? e.message : String(e) });
    break;
  }
}
parentPort!.postMessage({ finished: true, steps: takeSteps() });
