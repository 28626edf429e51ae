/**
 * Finds the math of a Markdown file: inline `$…$` and `\(…\)`, display `$$…$$` and
 * `\[…\]`, and bare `\begin{align}…` environments, with their line numbers; skips code
 * (fenced blocks and inline code spans) and collects ` ```claim ` blocks. One linear pass,
 * so a 1 MB file costs a few milliseconds; a `$` that is never closed is reported, not
 * guessed at.
 *
 * @module
 */

/** One piece of math found in the notes. */
export interface MathSegment {
  /** 1-based line where the math starts. */
  readonly line: number;
  /** 1-based line where it ends. */
  readonly endLine: number;
  /** The TeX between the delimiters. */
  readonly tex: string;
  /** Display math (`$$`, `\[`, an environment) or inline. */
  readonly display: boolean;
  /** Up to 40 characters of prose just before the math, on the same line. */
  readonly before: string;
  /** Up to 40 characters of prose just after the math, on the same line. */
  readonly after: string;
}

/** A ` ```claim ` block. */
export interface ClaimBlock {
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The lines between the fences. */
  readonly body: string;
}

/** Something in the Markdown that could not be read as math (e.g. an unclosed `$`). */
export interface ScanProblem {
  readonly line: number;
  readonly message: string;
  readonly text: string;
}

/** The result of {@link scanMarkdown}. */
export interface Scan {
  readonly segments: readonly MathSegment[];
  readonly claims: readonly ClaimBlock[];
  readonly problems: readonly ScanProblem[];
  /** 1-based line of every Markdown heading (definitions are scoped by section). */
  readonly headings: readonly number[];
}

const ENVIRONMENTS = /^\\begin\{(equation|align|aligned|gather|gathered|multline|eqnarray|alignat|flalign)(\*?)\}/;

/**
 * Scans Markdown for math.
 *
 * @example
 * ```ts
 * scanMarkdown('Let $x = 1$.\n\n$$y = 2x$$').segments.map((s) => [s.line, s.tex]); // [[1, 'x = 1'], [3, 'y = 2x']]
 * ```
 */
export function scanMarkdown(markdown: string): Scan {
  const text = markdown.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) lineStarts.push(k + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const segments: MathSegment[] = [];
  const claims: ClaimBlock[] = [];
  const problems: ScanProblem[] = [];
  const headings: number[] = [];
  const before = (start: number): string => {
    const ls = lineStarts[lineOf(start) - 1]!;
    return text.slice(Math.max(ls, start - 40), start);
  };
  const after = (end: number): string => {
    const eol = text.indexOf('\n', end);
    return text.slice(end, Math.min(eol < 0 ? text.length : eol, end + 40));
  };
  const push = (start: number, end: number, open: number, close: number, display: boolean): void => {
    segments.push({ line: lineOf(start), endLine: lineOf(end), tex: text.slice(start + open, end - close), display, before: before(start), after: after(end) });
  };
  /** Index of the next unescaped `token` at or after `from` (and before `limit`), or -1. */
  const find = (token: string, from: number, limit = text.length): number => {
    let k = from;
    for (;;) {
      k = text.indexOf(token, k);
      if (k < 0 || k >= limit) return -1;
      let slashes = 0;
      for (let b = k - 1; b >= 0 && text[b] === '\\'; b--) slashes++;
      if (slashes % 2 === 0) return k;
      k += 1;
    }
  };
  let i = 0;
  while (i < text.length) {
    const atLineStart = i === 0 || text[i - 1] === '\n';
    if (atLineStart) {
      const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\n`]*)/.exec(text.slice(i, i + 200));
      if (fence) {
        const marker = fence[1]!;
        const info = fence[2]!.trim().split(/\s+/)[0] ?? '';
        const bodyStart = text.indexOf('\n', i);
        let closeAt = -1;
        let k = bodyStart < 0 ? text.length : bodyStart + 1;
        while (k < text.length) {
          const eol = text.indexOf('\n', k);
          const lineText = text.slice(k, eol < 0 ? text.length : eol);
          if (new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lineText)) {
            closeAt = k;
            break;
          }
          if (eol < 0) break;
          k = eol + 1;
        }
        const end = closeAt < 0 ? text.length : closeAt;
        if (info === 'claim') claims.push({ line: lineOf(i), body: bodyStart < 0 ? '' : text.slice(bodyStart + 1, end) });
        const after = closeAt < 0 ? text.length : text.indexOf('\n', closeAt);
        i = after < 0 ? text.length : after + 1;
        continue;
      }
      if (/^ {0,3}#{1,6}\s/.test(text.slice(i, i + 10))) headings.push(lineOf(i));
    }
    const ch = text[i]!;
    if (ch === '\\') {
      const two = text.slice(i, i + 2);
      if (two === '\\[' || two === '\\(') {
        const close = find(two === '\\[' ? '\\]' : '\\)', i + 2);
        if (close >= 0) {
          push(i, close + 2, 2, 2, two === '\\[');
          i = close + 2;
          continue;
        }
      }
      const env = ENVIRONMENTS.exec(text.slice(i, i + 40));
      if (env) {
        const endTag = `\\end{${env[1]}${env[2]}}`;
        const close = text.indexOf(endTag, i);
        if (close >= 0) {
          push(i, close + endTag.length, 0, 0, true);
          i = close + endTag.length;
          continue;
        }
      }
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(text.slice(i, i + 20))![0];
      const close = text.indexOf(run, i + run.length);
      i = close < 0 ? i + run.length : close + run.length;
      continue;
    }
    if (ch === '$') {
      if (text[i + 1] === '$') {
        const close = find('$$', i + 2);
        if (close < 0) {
          problems.push({ line: lineOf(i), message: 'a $$ that is never closed', text: text.slice(i, i + 60).split('\n')[0]! });
          i += 2;
          continue;
        }
        push(i, close + 2, 2, 2, true);
        i = close + 2;
        continue;
      }
      // inline math ends at the next $ of the same paragraph
      const paragraphEnd = text.indexOf('\n\n', i);
      const close = find('$', i + 1, paragraphEnd < 0 ? text.length : paragraphEnd);
      if (close < 0 || close === i + 1) {
        problems.push({ line: lineOf(i), message: 'a $ that is never closed in its paragraph', text: text.slice(i, i + 60).split('\n')[0]! });
        i += 1;
        continue;
      }
      push(i, close + 1, 1, 1, false);
      i = close + 1;
      continue;
    }
    i++;
  }
  return { segments, claims, problems, headings };
}
