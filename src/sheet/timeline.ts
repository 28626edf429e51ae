/**
 * Where the wall time of `gradproof sheet` goes, for `bench/sheet-timeline.ts`: with
 * GRADPROOF_SHEET_TIMELINE set, each thread notes when it starts and ends each step
 * (milliseconds since 1970, the same clock on every thread), and the sheet
 * prints the steps to stderr as JSON at the end. Unset (always, but for that benchmark),
 * nothing is noted; nothing written to a file ever depends on it.
 *
 * @module
 */

/** One step of one thread. */
export interface TimelineStep {
  readonly thread: string;
  readonly step: string;
  readonly start: number;
  readonly end: number;
}

/** Whether steps are noted (GRADPROOF_SHEET_TIMELINE set). */
export const timelineOn = Boolean(process.env.GRADPROOF_SHEET_TIMELINE);

/** Milliseconds since 1970, the same clock on every thread (each thread's `timeOrigin` is its own start). */
export function clock(): number {
  return performance.timeOrigin + performance.now();
}

const steps: TimelineStep[] = [];

/** Runs f, noting its start and end as `step` of `thread` when the timeline is on. */
export function timed<T>(thread: string, step: string, f: () => T): T {
  if (!timelineOn) return f();
  const start = clock();
  const r = f();
  steps.push({ thread, step, start, end: clock() });
  return r;
}

/** Like {@link timed}, for a promise. */
export async function timedAsync<T>(
  thread: string,
  step: string,
  f: () => Promise<T>,
): Promise<T> {
  if (!timelineOn) return f();
  const start = clock();
  const r = await f();
  steps.push({ thread, step, start, end: clock() });
  return r;
}

/** Adds steps noted on another thread. */
export function addSteps(more: readonly TimelineStep[] | undefined): void {
  if (more) steps.push(...more);
}

/** Takes the steps noted so far on this thread. */
export function takeSteps(): TimelineStep[] {
  return steps.splice(0);
}
