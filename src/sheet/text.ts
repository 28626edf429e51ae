/**
 * The notes' statements are quoted as written, TeX included: some carry `$…$` or
 * `$$…$$`, some are bare fragments of an aligned equation (`&= -\frac{1}{q^2} …`).
 * These helpers give each a form both sheets can render.
 *
 * @module
 */

/** One piece of a statement: plain text or TeX. */
export interface Segment {
  readonly tex: boolean;
  readonly text: string;
}

/**
 * Normalises a quoted statement: a bare TeX fragment (no `$` but a `\command`) becomes
 * one inline formula, with alignment marks removed.
 *
 * @example
 * ```ts
 * normalizeStatement('&= -\\frac{1}{q^2}'); // '$= -\\frac{1}{q^2}$'
 * ```
 */
export function normalizeStatement(s: string): string {
  if (s.includes('$') || !/\\[a-zA-Z]/.test(s)) return s;
  return `$${s.replace(/&/g, '').replace(/\\\\/g, ' ').trim()}$`;
}

/**
 * Splits a statement into text and TeX segments (`$$…$$` and `$…$`).
 *
 * @example
 * ```ts
 * segments('so $x^2$ grows'); // [{ tex: false, text: 'so ' }, { tex: true, text: 'x^2' }, { tex: false, text: ' grows' }]
 * ```
 */
export function segments(s: string): Segment[] {
  const out: Segment[] = [];
  const re = /\$\$([^$]+)\$\$|\$([^$]+)\$/g;
  let last = 0;
  for (const m of normalizeStatement(s).matchAll(re)) {
    const text = normalizeStatement(s);
    if (m.index! > last) out.push({ tex: false, text: text.slice(last, m.index) });
    out.push({ tex: true, text: (m[1] ?? m[2]!).replace(/&/g, '') });
    last = m.index! + m[0].length;
  }
  const text = normalizeStatement(s);
  if (last < text.length) out.push({ tex: false, text: text.slice(last) });
  return out;
}

/** A statement for Markdown: every formula inline as `$…$` (display math inside a list item breaks). */
export function markdownStatement(s: string): string {
  return segments(s)
    .map((seg) => (seg.tex ? `$${seg.text.trim()}$` : seg.text))
    .join('');
}
