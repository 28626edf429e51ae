import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { chromium } from 'playwright-core';
import { katexCss } from '../../src/cli/sheet.js';
import { math } from '../../src/sheet/html.js';
import { bodyInShell, openPrinter, pdfPageCount, pinPdfDates, printPdfs, withoutHiddenMathml } from '../../src/sheet/pdf.js';

const CHROMIUM = '/usr/bin/chromium';

describe('PDF printing', () => {
  it('pins the dates Chromium writes, byte for byte', () => {
    const raw = Buffer.from("1 0 obj <</CreationDate (D:20261129204009+00'00') /ModDate (D:20261129204010+00'00')>>", 'latin1');
    const pinned = pinPdfDates(raw, '2025-01-02');
    expect(pinned.length).toBe(raw.length);
    expect(pinned.toString('latin1')).toBe("1 0 obj <</CreationDate (D:20250102000000+00'00') /ModDate (D:20250102000000+00'00')>>");
  });

  it('counts pages from the page tree', () => {
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> << /Type /Page >> << /Type /Page >>', 'latin1'))).toBe(2);
  });

  it('prints the same bytes twice, with the page count of its content', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    const html = `<!doctype html><meta charset="utf-8"><body><p><a href="other.html#x">a link to another page</a></p>${'<p style="break-after: page">a page</p>'.repeat(3)}</body>`;
    const jobs = ['a', 'b'].map(() => ({ html, format: 'A4' as const, title: 'test', date: '2025-01-02' }));
    const [a, b] = await printPdfs(jobs, CHROMIUM);
    expect(a!.equals(b!)).toBe(true);
    expect(pdfPageCount(a!)).toBe(3);
    // no path of this machine in the PDF: a link to another page has no target there
    expect(a!.toString('latin1')).not.toMatch(/file:\/\//);
  }, 60_000);

  it('gives Chromium the page without the MathML that KaTeX’s stylesheet hides, and only then', () => {
    const formula = math('\\sigma(z) = \\frac{1}{1 + e^{-z}}');
    expect(formula).toContain('<math');
    const page = (css: string) => `<!doctype html><meta charset="utf-8"><style>${css}</style><body><p>${formula}</p><p>${formula}</p></body>`;
    const css = katexCss();
    const printed = withoutHiddenMathml(page(css));
    expect(printed).not.toContain('<math');
    expect(printed).not.toContain('<span class="katex-mathml">');
    expect(printed.match(/class="katex-html"/g)?.length).toBe(2);
    expect(printed).toBe(page(css).replaceAll(formula, formula.replace(/<span class="katex-mathml">.*<\/math><\/span>/s, '')));
    // without KaTeX's stylesheet the MathML is what shows: it stays
    expect(withoutHiddenMathml(page(''))).toBe(page(''));
  });

  it('prints the same PDF, tagged or not, with KaTeX’s hidden MathML as without it', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    const body = ['\\varphi\'(z) = \\sigma(z)\\,(1 - \\sigma(z))', '\\operatorname{GELU}(x) = x\\,\\Phi(x)', '\\sum_{i=1}^{n} e^{z_i}'].map((t, i) => `<p>Formula ${i + 1}, in words and in KaTeX:</p><p>${math(t)}</p>`).join('');
    // a page like the sheet's: text beside the formulas (whose KaTeX HTML is aria-hidden), its language set
    const html = `<!doctype html><html lang="en"><meta charset="utf-8"><style>${katexCss()}</style><body>${body}</body></html>`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const print = async (content: string, tagged: boolean) => {
        const page = await browser.newPage();
        await page.setContent(content, { waitUntil: 'load' });
        const pdf = pinPdfDates(await page.pdf({ format: 'A4', tagged }));
        await page.close();
        return pdf;
      };
      for (const tagged of [false, true]) {
        const [full, light] = [await print(html, tagged), await print(withoutHiddenMathml(html), tagged)];
        expect(light.equals(full), `tagged: ${tagged}`).toBe(true);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('finds a page’s body in its shell only when everything around the body is the shell’s', () => {
    const shell = '<!doctype html><html lang="en"><title>t</title><style>p{}</style><body class="sheet">\n\n</body>\n</html>\n';
    expect(bodyInShell(shell, shell.replace('\n\n</body>', '\n<p>x</p>\n</body>'))).toBe('\n<p>x</p>\n');
    expect(bodyInShell(shell, shell)).toBe('\n\n');
    expect(bodyInShell(shell, shell.replace('<title>t', '<title>u').replace('\n\n</body>', '\n<p>x</p>\n</body>'))).toBeUndefined();
    expect(bodyInShell(shell, shell.replace('class="sheet"', 'class="summary-page"'))).toBeUndefined();
    expect(bodyInShell(shell, shell.replace('</html>', '</html><!-- -->'))).toBeUndefined();
    expect(bodyInShell(shell.replace('\n\n</body>', '<p>not empty</p></body>'), shell)).toBeUndefined();
    expect(bodyInShell('<p>no body</p>', '<p>no body</p>')).toBeUndefined();
  });

  it('prints a page through its preloaded shell the same bytes as from scratch, and a page that fits no shell as well', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    const shell = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${katexCss()}</style></head><body class="sheet">\n\n</body>\n</html>\n`;
    const body = `<h1>Shell</h1>${'<p style="break-after: page">a page</p>'.repeat(2)}<p>${math('\\tanh\'(z) = 1 - \\tanh^2 z')}</p>`;
    const page = (title: string) => shell(title).replace('\n\n</body>', `\n${body}\n</body>`);
    const jobs = [page('fits'), page('fits no shell')].map((html) => ({ html, format: 'A4' as const, title: 'test', date: '2025-01-02' }));
    const printer = await openPrinter(CHROMIUM, [shell('fits'), shell('another')]);
    let through: Buffer[];
    try {
      through = await printer.print(jobs);
    } finally {
      await printer.close();
    }
    const scratch = await printPdfs(jobs, CHROMIUM);
    expect(pdfPageCount(through[0]!)).toBe(3);
    expect(through[0]!.equals(scratch[0]!)).toBe(true);
    expect(through[1]!.equals(scratch[1]!)).toBe(true);
  }, 60_000);

  it('says in one line which Chromium did not start', async () => {
    const err = await printPdfs([{ html: '<p>x</p>', format: 'A4', title: 't' }], '/bin/false').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^Chromium \(\/bin\/false\) did not start: [^\n]*GRADPROOF_CHROMIUM[^\n]*--no-pdf$/);
  }, 60_000);

  it('prints on a thread of its own (the built package) the same bytes as in-process, and reports a Chromium that does not start', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
    const html = `<!doctype html><meta charset="utf-8"><body>${'<p style="break-after: page">a page</p>'.repeat(2)}</body>`;
    const job = { html, format: 'A4' as const, title: 'test', date: '2025-01-02' };
    const dist = (f: string) => JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../dist/src', f)).href);
    const dir = mkdtempSync(join(tmpdir(), 'gradproof-printer-'));
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `const { startPrinter } = await import(${dist('sheet/printer.js')});
      const printer = startPrinter(${JSON.stringify(CHROMIUM)}, 1);
      const [pdf] = await printer.print([${JSON.stringify(job)}]);
      await printer.close();
      const broken = startPrinter('/bin/false', 1);
      const err = await broken.print([${JSON.stringify(job)}]).catch((e) => e);
      await broken.close();
      console.log(JSON.stringify({ pdf: pdf.toString('base64'), name: err.name, message: err.message }));`,
    );
    let out: { pdf: string; name: string; message: string };
    try {
      out = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [here] = await printPdfs([job], CHROMIUM);
    expect(Buffer.from(out.pdf, 'base64').equals(here!)).toBe(true);
    expect(out.name).toBe('InputError');
    expect(out.message).toMatch(/^Chromium \(\/bin\/false\) did not start/);
  }, 120_000);
});
