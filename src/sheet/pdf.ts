/**
 * PDFs of the sheet, printed by a real Chromium through playwright-core: page numbers in
 * the footer, headings kept with what follows them (print CSS), and every formula or
 * table that is wider than the printed page scaled down to fit before printing, so
 * nothing is cut off.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { timedAsync } from './timeline.js';

/** Where Chromium is looked for, in order (GRADPROOF_CHROMIUM first). */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium executable to print with, or undefined.
 *
 * @example
 * ```ts
 * findChromium(); // '/usr/bin/chromium'
 * ```
 */
export function findChromium(): string | undefined {
  const env = process.env.GRADPROOF_CHROMIUM;
  if (env) return existsSync(env) ? env : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** One PDF to print: a page's HTML (self-contained: styles, fonts and plots inline) and the paper. */
export interface PdfJob {
  /** The page itself (not a path): printed from memory, so no file path ends up in the PDF. */
  readonly html: string;
  readonly format: 'A4' | 'Letter';
  /** Footer title beside the page number. */
  readonly title: string;
  /** The date written as the PDF's creation and modification date (YYYY-MM-DD; default 1970-01-01). */
  readonly date?: string;
  /** Write a tagged (accessible) PDF: twice the size and ~40 % slower to print. Default false. */
  readonly tagged?: boolean;
}

/**
 * Chromium writes the wall-clock time as the PDF's creation and modification dates; they
 * are replaced, byte for byte (the cross-reference offsets stay valid), by the sheet's
 * date, so the same checkout prints the same PDF.
 *
 * @example
 * ```ts
 * pinPdfDates(Buffer.from("/CreationDate (D:20261129204009+00'00')"), '2025-01-02').toString(); // "/CreationDate (D:20250102000000+00'00')"
 * ```
 */
export function pinPdfDates(pdf: Buffer, date = '1970-01-01'): Buffer {
  const stamp = `${date.replace(/-/g, '')}000000`;
  const text = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_m, key: string) => `/${key} (D:${stamp}`);
  return Buffer.from(text, 'latin1');
}

// all widths are read first, then all sizes written: interleaving them would lay the page out once per box
/**
 * The width a paper prints, in CSS pixels: its width less the 11 mm margins on each side.
 * The page is laid out at this width before the fit-to-width step, so that a wide formula
 * is scaled down on its own; laid out wider, Chromium would shrink the whole document to
 * the paper instead (the sheet printed at 69 %, its text at 6.6 pt).
 *
 * @example
 * ```ts
 * printableWidth('A4'); // 710
 * ```
 */
export function printableWidth(format: 'A4' | 'Letter'): number {
  const mm = (format === 'A4' ? 210 : 215.9) - 2 * 11;
  return Math.floor((mm / 25.4) * 96);
}

const FIT = `(() => {
  const boxes = [...document.querySelectorAll('.formula, .table-wrap, .card dd')];
  const ratios = boxes.map((el) => (el.scrollWidth > el.clientWidth + 1 ? el.clientWidth / el.scrollWidth : 1));
  boxes.forEach((el, i) => {
    if (ratios[i] < 1) el.style.fontSize = Math.max(55, Math.floor(100 * ratios[i])) + '%';
  });
})()`;

/**
 * The page as Chromium is given it: without KaTeX's MathML when KaTeX's stylesheet hides it
 * (a 1-pixel box clipped away: `.katex-mathml`), since it prints nothing, tagged PDF or
 * not, yet is a quarter of the elements Chromium would parse and lay out. The HTML file a
 * reader opens keeps it (screen readers, copying).
 *
 * @example
 * ```ts
 * const css = '.katex .katex-mathml{clip-path:inset(50%)}';
 * withoutHiddenMathml(`<style>${css}</style><span class="katex"><span class="katex-mathml"><math><mi>x</mi></math></span><span class="katex-html">x</span></span>`);
 * // '<style>…</style><span class="katex"><span class="katex-html">x</span></span>'
 * ```
 */
export function withoutHiddenMathml(html: string): string {
  if (!/\.katex-mathml\{[^}]*clip/.test(html)) return html;
  return html.replace(/<span class="katex-mathml"><math[\s\S]*?<\/math><\/span>/g, '');
}

/**
 * The content of `html`'s body when `html` is `shell` (a page with an empty body) with
 * that content put into its body; otherwise undefined.
 *
 * @example
 * ```ts
 * bodyInShell('<title>t</title><body class="a"></body>', '<title>t</title><body class="a"><p>x</p></body>'); // '<p>x</p>'
 * bodyInShell('<title>t</title><body class="a"></body>', '<title>u</title><body class="a"><p>x</p></body>'); // undefined
 * ```
 */
export function bodyInShell(shell: string, html: string): string | undefined {
  const open = /<body\b[^>]*>/i.exec(shell);
  const close = shell.lastIndexOf('</body>');
  if (!open || close < open.index || shell.slice(open.index + open[0].length, close).trim()) return undefined;
  const before = shell.slice(0, open.index + open[0].length);
  const after = shell.slice(close);
  if (html.length < before.length + after.length || !html.startsWith(before) || !html.endsWith(after)) return undefined;
  return html.slice(before.length, html.length - after.length);
}

// every font of the page loaded and decoded now, not when the page is laid out for printing
const LOAD_FONTS = 'Promise.allSettled([...document.fonts].map((f) => f.load())).then(() => 0)';

/** The body's content replaced (the head, its styles and fonts, kept), once the fonts it uses are ready. */
function setBody(content: string): Promise<number> {
  const d = (globalThis as unknown as { document: { body: { innerHTML: string }; fonts: { ready: Promise<unknown> } } }).document;
  d.body.innerHTML = content;
  return d.fonts.ready.then(() => 0);
}

/** A browser opened ahead of time, with pages ready to print into. */
export interface PdfPrinter {
  /** Prints each job (in parallel, one page each) and returns the PDFs' bytes, in order. */
  print(jobs: readonly PdfJob[]): Promise<Buffer[]>;
  /** Closes the browser (also after a failure). */
  close(): Promise<void>;
}

/**
 * Launches Chromium and opens `pages` pages set to print media, so that starting the
 * browser overlaps other work (`gradproof sheet` opens it before it verifies anything).
 * Printing is exactly {@link printPdfs}'s. `pages` may instead list the pages' shells: each
 * the HTML of a page to come with its body left empty (its head, styles and fonts). Each
 * page then loads its shell and decodes every font at once, and a job whose HTML is that
 * shell around a body gets only its body parsed when it prints: the same PDF, sooner.
 *
 * @example
 * ```ts
 * const printer = await openPrinter(findChromium(), 2);
 * try {
 *   const [sheet, summary] = await printer.print(jobs);
 * } finally {
 *   await printer.close();
 * }
 * ```
 */
export async function openPrinter(executablePath = findChromium(), pages: number | readonly string[] = 1): Promise<PdfPrinter> {
  if (!executablePath) throw new InputError('no Chromium to print the PDFs with: set GRADPROOF_CHROMIUM to its path, or pass --no-pdf');
  // required, not imported: playwright-core is CommonJS, and an import first scans its
  // ~4 MB of sources for named exports (about 0.2 s of CPU while the sheet is computed)
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const browser = await chromium
    .launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    .catch((e: Error) => {
      throw new InputError(`Chromium (${executablePath}) did not start: ${e.message.split('\n')[0]}; set GRADPROOF_CHROMIUM to a working one, or pass --no-pdf`);
    });
  try {
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: printableWidth('A4'), height: 1123 } });
    const newPage = async () => {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      return page;
    };
    const shells = typeof pages === 'number' ? Array.from({ length: pages }, () => undefined) : pages;
    const ready = await Promise.all(
      shells.map(async (shell) => {
        const page = await newPage();
        if (shell === undefined) return { page, shell };
        const html = withoutHiddenMathml(shell);
        await timedAsync('printer', 'load a shell and its fonts', async () => {
          await page.setContent(html, { waitUntil: 'load' });
          await page.evaluate(LOAD_FONTS);
        });
        return { page, shell: html };
      }),
    );
    return {
      // the jobs print side by side: each page lays out in its own renderer process
      print: (jobs) =>
        Promise.all(
          jobs.map(async (job) => {
            const html = withoutHiddenMathml(job.html);
            // the page whose shell this job fills, else the next one
            const fits = ready.findIndex((r) => r.shell !== undefined && bodyInShell(r.shell, html) !== undefined);
            const taken = ready.splice(Math.max(0, fits), 1)[0];
            const page = taken?.page ?? (await newPage());
            const body = taken?.shell === undefined ? undefined : bodyInShell(taken.shell, html);
            const step = <T>(name: string, f: () => Promise<T>) => timedAsync(`Chromium: ${job.title}`, name, f);
            if (job.format !== 'A4') await page.setViewportSize({ width: printableWidth(job.format), height: 1123 });
            if (body !== undefined) await step('the body into its shell', () => page.evaluate(setBody, body));
            else await step('setContent', () => page.setContent(html, { waitUntil: 'load' }));
            await step('fit to width', () => page.evaluate(FIT));
            const bytes = await step('pdf', () =>
              page.pdf({
              format: job.format,
              printBackground: true,
              displayHeaderFooter: true,
              headerTemplate: '<span></span>',
              footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#555">${job.title.replace(/[<>&]/g, '')} — page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
              margin: { top: '12mm', bottom: '14mm', left: '11mm', right: '11mm' },
              preferCSSPageSize: false,
              tagged: job.tagged ?? false,
              }),
            );
            // closed by close() at the latest; the PDF is not held up for it
            page.close().catch(() => {});
            return pinPdfDates(bytes, job.date);
          }),
        ),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Prints each job with one browser and returns the PDFs' bytes. Pages are printed from
 * memory (`setContent`), not from files: a file URL would write the machine's path into
 * every link of the PDF, and a link to another page of the sheet has no target in a PDF
 * anyway, so such links are left out; the PDF's dates are pinned. The same pages give the
 * same bytes on every run.
 *
 * @example
 * ```ts
 * const [pdf] = await printPdfs([{ html: summaryHtml(model, css), format: 'A4', title: 'summary' }]);
 * ```
 */
export async function printPdfs(jobs: readonly PdfJob[], executablePath = findChromium()): Promise<Buffer[]> {
  const printer = await openPrinter(executablePath, jobs.length);
  try {
    return await printer.print(jobs);
  } finally {
    await printer.close();
  }
}

/**
 * The number of pages of a PDF (its page tree's /Count).
 *
 * @example
 * ```ts
 * pdfPageCount(readFileSync('docs/formula-summary.pdf')); // 2
 * ```
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  if (counts.length) return Math.max(...counts);
  return [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}
