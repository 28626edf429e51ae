/**
 * The sheet's per-activation work (verify each activation and make its readable
 * derivatives, its formula, its plot) as one list of tasks shared by the calling thread
 * and worker threads. A scalar activation's readable derivatives are made by its
 * verification's task, in the same thread: both need φ′ and φ″, which each thread derives
 * once (its own derivation cache), so a separate task on another thread derived them again.
 * Workers take tasks from the front (the costly verifications first); the caller, once it
 * has run the notes' claims and derivations, takes the rest from the back (the cheap
 * tasks), so neither waits on the other at the end whichever finishes first. A task is
 * claimed through a shared flag (`Atomics.compareExchange`), so a worker never waits for
 * the busy calling thread to hand it the next one. From the TypeScript sources (tests)
 * every task runs in-process.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getActivation } from '../activations/_internals/catalogue.js';
import type { Activation } from '../activations/_internals/activation.js';
import { costRank } from '../cli/parallel.js';
import { type ActivationVerdict, verifyActivation } from '../verify/activation.js';
import { formulaTex, type ReadableParts, readableParts } from './model.js';
import { activationPlot } from './plots.js';
import { addSteps, type TimelineStep, timed } from './timeline.js';

/** One task: what to compute for which activation. */
export interface SheetTask {
  /** `verify`: the activation's verdict and, for a scalar one, its readable derivatives. */
  readonly kind: 'verify' | 'formula' | 'plot';
  readonly name: string;
}

/** What a `verify` task gives. */
interface Verified {
  readonly verdict: ActivationVerdict;
  readonly readable?: ReadableParts;
}

/** The results of every task, by activation name. */
export interface SheetWork {
  readonly verdicts: Map<string, ActivationVerdict>;
  readonly readable: Map<string, ReadableParts>;
  readonly formulas: Map<string, string>;
  readonly plots: Map<string, string>;
}

/** A task's result as posted by a worker. */
type Done = { readonly i: number; readonly result: unknown } | { readonly i: number; readonly error: string } | { readonly finished: true; readonly steps?: TimelineStep[] };

/**
 * The tasks for these activations: verifications first (the costly ones first), those of
 * `late` after the others, then the rest. The sheet passes the notes' activations as `late`:
 * the calling thread reaches the back of the list after running the notes' claims, which
 * derive much of what verifying those activations needs (it costs about half as much then).
 */
export function sheetTasks(activations: readonly Activation[], late: readonly string[] = []): SheetTask[] {
  const names = activations.map((a) => a.name);
  const byCost = (x: string, y: string): number => Number(late.includes(x)) - Number(late.includes(y)) || costRank(x) - costRank(y);
  return [
    ...[...names].sort(byCost).map((name) => ({ kind: 'verify' as const, name })),
    ...names.map((name) => ({ kind: 'formula' as const, name })),
    ...names.map((name) => ({ kind: 'plot' as const, name })),
  ];
}

/** Runs one task in this thread. */
export function runTask(task: SheetTask): unknown {
  switch (task.kind) {
    case 'verify': {
      const a = getActivation(task.name);
      const verdict = verifyActivation(a);
      return a.kind === 'scalar' ? ({ verdict, readable: readableParts(a) } satisfies Verified) : ({ verdict } satisfies Verified);
    }
    case 'formula':
      return formulaTex(getActivation(task.name));
    case 'plot':
      return activationPlot(getActivation(task.name));
  }
}

/**
 * Claims the next free task, scanning from the front or the back; -1 when none is left.
 * `flags` holds one Int32 per task, 0 while it is free.
 */
export function claimTask(flags: Int32Array, fromBack: boolean): number {
  const n = flags.length;
  for (let k = 0; k < n; k++) {
    const i = fromBack ? n - 1 - k : k;
    if (Atomics.load(flags, i) === 0 && Atomics.compareExchange(flags, i, 0, 1) === 0) return i;
  }
  return -1;
}

/** The sheet's work in progress: {@link SharedWork.helpOut} runs what is left here, {@link SharedWork.done} gives every result. */
export interface SharedWork {
  /** Runs the unclaimed tasks in this thread, from the back, until none is left. */
  helpOut(): void;
  /** Every result, once the workers have finished. */
  done(): Promise<SheetWork>;
  /** Stops the workers (after a failure elsewhere: nothing is left running). */
  stop(): void;
}

/**
 * Starts the tasks on worker threads (one per core but the caller's, at least one) and
 * returns at once.
 *
 * @example
 * ```ts
 * const work = startSheetWork(sheetTasks(ACTIVATIONS));
 * const claims = runClaims(ALL_CLAIMS); // meanwhile, on this thread
 * work.helpOut();
 * const { verdicts, readable } = await work.done();
 * ```
 */
export function startSheetWork(tasks: readonly SheetTask[], workers = Math.min(3, Math.max(1, availableParallelism() - 1))): SharedWork {
  const flags = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, tasks.length)));
  if (!tasks.length) flags[0] = 1;
  const results: unknown[] = new Array(tasks.length);
  const inProcess = !import.meta.url.endsWith('.js');
  const threads: Worker[] = [];
  const running: Promise<void>[] = inProcess
    ? []
    : Array.from(
        { length: workers },
        () =>
          new Promise<void>((finish, fail) => {
            const worker = new Worker(new URL('./work-worker.js', import.meta.url), { workerData: { tasks, flags } });
            threads.push(worker);
            worker.on('message', (m: Done) => {
              if ('finished' in m) {
                addSteps(m.steps);
                finish();
              }
              else if ('error' in m) fail(new Error(`${tasks[m.i]!.kind} ${tasks[m.i]!.name}: ${m.error}`));
              else results[m.i] = m.result;
            });
            worker.once('error', fail);
            worker.once('exit', (code) => (code === 0 ? finish() : fail(new Error(`a sheet worker stopped with exit code ${code}`))));
          }),
      );
  // a failed worker is reported by done(); until then its rejection must not go unhandled
  for (const r of running) r.catch(() => {});
  return {
    helpOut() {
      for (let i = claimTask(flags, true); i >= 0; i = claimTask(flags, true)) results[i] = timed('main', `${tasks[i]!.kind} ${tasks[i]!.name}`, () => runTask(tasks[i]!));
    },
    async done() {
      await Promise.all(running);
      this.helpOut();
      const by = <T>(kind: SheetTask['kind']): Map<string, T> => new Map(tasks.flatMap((t, i) => (t.kind === kind ? [[t.name, results[i] as T] as const] : [])));
      const verified = [...by<Verified>('verify')];
      return {
        verdicts: new Map(verified.map(([name, v]) => [name, v.verdict])),
        readable: new Map(verified.flatMap(([name, v]) => (v.readable ? [[name, v.readable] as const] : []))),
        formulas: by('formula'),
        plots: by('plot'),
      };
    },
    stop() {
      for (const w of threads) void w.terminate();
    },
  };
}
