import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPageCount, pinPdfDates, printPdfs } from '../../src/sheet/pdf.js';

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
});
