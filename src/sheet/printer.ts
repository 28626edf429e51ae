/**
 * A {@link PdfPrinter} on a thread of its own: Chromium starts and its pages open there
 * while the calling thread goes on with long synchronous work (the notes' claims), which
 * would otherwise hold up the browser's start until it yielded. From the TypeScript
 * sources (tests) the printer runs in-process.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { openPrinter, type PdfJob, type PdfPrinter } from './pdf.js';
import { addSteps, type TimelineStep } from './timeline.js';

/** A message from the printer's thread. */
type Reply = { readonly id: number; readonly pdfs: Uint8Array[]; readonly steps?: TimelineStep[] } | { readonly id: number; readonly error: string; readonly input: boolean };

/**
 * Starts Chromium with `pages` pages ready to print into (a number, or the pages' shells:
 * see {@link openPrinter}), on a worker thread, and returns at once; a failure to start is
 * reported by the first `print`.
 *
 * @example
 * ```ts
 * const printer = startPrinter('/usr/bin/chromium', 2);
 * const claims = runClaims(ALL_CLAIMS); // meanwhile, on this thread
 * try {
 *   const [pdf] = await printer.print([{ html, format: 'A4', title: 'sheet' }]);
 * } finally {
 *   await printer.close();
 * }
 * ```
 */
export function startPrinter(executablePath: string, pages: number | readonly string[]): PdfPrinter {
  if (!import.meta.url.endsWith('.js')) {
    const ready = openPrinter(executablePath, pages);
    ready.catch(() => {}); // reported by print
    return {
      print: async (jobs) => (await ready).print(jobs),
      close: async () => (await ready.catch(() => undefined))?.close(),
    };
  }
  const worker = new Worker(new URL('./printer-worker.js', import.meta.url), { workerData: { executablePath, pages } });
  const waiting = new Map<number, { resolve: (b: Buffer[]) => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  let next = 0;
  const failAll = (e: Error): void => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: Reply) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    // a bad Chromium is the caller's input (exit code 2), anything else an internal error
    if ('error' in m) w?.reject(m.input ? new InputError(m.error) : new Error(m.error));
    else {
      addSteps(m.steps);
      w?.resolve(m.pdfs.map((u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)));
    }
  });
  worker.once('error', failAll);
  worker.once('exit', () => failAll(failed ?? new Error('the printer thread stopped')));
  const request = (message: object): Promise<Buffer[]> =>
    failed
      ? Promise.reject(failed)
      : new Promise((resolve, reject) => {
          const id = next++;
          waiting.set(id, { resolve, reject });
          worker.postMessage({ id, ...message });
        });
  return {
    print: (jobs: readonly PdfJob[]) => request({ jobs }),
    close: async () => {
      if (!failed) await request({ close: true }).catch(() => {});
      await worker.terminate();
    },
  };
}
