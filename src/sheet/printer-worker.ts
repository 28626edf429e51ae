/**
 * Worker thread of `startPrinter`: opens the printer at once, then prints the jobs it is
 * sent and posts the PDFs back; closes the browser when told to.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { openPrinter, type PdfJob } from './pdf.js';
import { takeSteps, timedAsync } from './timeline.js';

const { executablePath, pages } = workerData as { executablePath: string; pages: number | string[] };
const ready = timedAsync('printer', 'start Chromium, open the pages', () => openPrinter(executablePath, pages));
ready.catch(() => {}); // reported to each request

parentPort!.on('message', (m: { id: number; jobs?: PdfJob[]; close?: boolean }) => {
  void (async () => {
    try {
      const printer = await ready;
      if (m.close) {
        await printer.close();
        parentPort!.postMessage({ id: m.id, pdfs: [], steps: takeSteps() });
      } else {
        const pdfs = await printer.print(m.jobs ?? []);
        parentPort!.postMessage({ id: m.id, pdfs, steps: takeSteps() });
      }
    } catch (e) {
      parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message.split('\n')[0] : String(e), input: e instanceof InputError });
    }
  })();
});
