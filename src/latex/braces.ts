/**
 * Small helpers over TeX source: balanced groups and top-level positions.
 *
 * @module
 */

const OPEN: Record<string, string> = { '{': '}', '(': ')', '[': ']' };

/**
 * The index just past the group that opens at `start` (`{…}`, `(…)` or `[…]`), or -1 when
 * it is not closed. Escaped braces (`\{`) do not count.
 *
 * @example
 * ```ts
 * groupEnd('\\frac{a}{b}', 5); // 8
 * ```
 */
export function groupEnd(tex: string, start: number): number {
  const open = tex[start];
  const close = open === undefined ? undefined : OPEN[open];
  if (!close) return -1;
  let depth = 0;
  for (let i = start; i < tex.length; i++) {
    const ch = tex[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === open) depth++;
    else if (ch === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The brace depth (`{}` only, ignoring escaped braces) before each index of `tex`, and
 * whether the braces balance.
 *
 * @example
 * ```ts
 * braceDepths('a{b}').depth; // [0, 0, 1, 1]
 * ```
 */
export function braceDepths(tex: string): { depth: number[]; balanced: boolean } {
  const depth: number[] = [];
  let d = 0;
  let ok = true;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i]!;
    depth.push(d);
    if (ch === '\\') {
      depth.push(d);
      i++;
      continue;
    }
    if (ch === '{') d++;
    else if (ch === '}') {
      d--;
      if (d < 0) {
        ok = false;
        d = 0;
      }
    }
  }
  return { depth, balanced: ok && d === 0 };
}

/**
 * Splits `tex` at every top-level (brace depth 0, outside `\left…\right` and parentheses)
 * occurrence of one of `separators` (TeX commands such as `\quad`, matched as whole commands).
 *
 * @example
 * ```ts
 * splitTopLevel('a = 1 \\quad b = 2', ['\\quad']); // ['a = 1 ', ' b = 2']
 * ```
 */
export function splitTopLevel(tex: string, separators: readonly string[]): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let i = 0;
  while (i < tex.length) {
    const ch = tex[i]!;
    if (ch === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(tex.slice(i));
      const cmd = m ? m[0] : '\\';
      if (cmd === '\\left') depth++;
      else if (cmd === '\\right') depth--;
      else if (depth === 0 && separators.includes(cmd)) {
        parts.push(tex.slice(last, i));
        last = i + cmd.length;
      }
      i += cmd.length;
      continue;
    }
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(tex.slice(last, i));
      last = i + 1;
    }
    i++;
  }
  parts.push(tex.slice(last));
  return parts;
}
