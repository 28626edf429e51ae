/**
 * Splits a piece of math into the formulas it holds: the rows of `aligned`/`align`
 * environments (a row that starts with a relation continues the chain of the row above,
 * as in `a &= b \\ &= c`), several equations on one row (`p &= -x & q &= 1 + e^p`), and
 * everything else as one formula.
 *
 * @module
 */
import { splitTopLevel } from '../latex/braces.js';

/** One formula of a piece of math. */
export interface Formula {
  /** The TeX of the formula; for a continued row, the last side of the row above comes first. */
  readonly tex: string;
  /** Index of the row inside its environment (0 outside environments). */
  readonly row: number;
}

const ALIGN = /\\begin\{(aligned|align\*?|alignat\*?|eqnarray\*?|gathered|gather\*?|split|flalign\*?|equation\*?|multline\*?)\}(?:\{\d+\})?([\s\S]*?)\\end\{\1\}/;
const RELATION = /^\s*(=|\\approx|<|>|\\le(?:q)?(?![A-Za-z])|\\ge(?:q)?(?![A-Za-z])|\\ne(?:q)?(?![A-Za-z]))/;
const OPERATOR = /^\s*(\\times|\\cdot|[-+*/]|\\div)/;

/** The last side of a chain written in TeX (after its last top-level relation). */
function lastSide(tex: string): string {
  const parts = splitTopLevel(tex, ['=', '\\approx', '<', '>', '\\le', '\\leq', '\\ge', '\\geq', '\\ne', '\\neq']);
  return parts[parts.length - 1]!.trim();
}

/** Joins the cells of one row into its equations. */
function rowEquations(row: string): string[] {
  const cells = splitTopLevel(row, ['&']);
  const out: string[] = [];
  for (const cell of cells) {
    const current = out[out.length - 1];
    const startsNew = current !== undefined && /\S/.test(cell) && !RELATION.test(cell) && !OPERATOR.test(cell) && /(=|\\approx)/.test(current);
    if (current === undefined || startsNew) out.push(cell);
    else out[out.length - 1] = `${current} ${cell}`;
  }
  return out.filter((e) => e.trim() !== '');
}

/**
 * The formulas of one piece of math.
 *
 * @example
 * ```ts
 * splitFormulas('\\begin{aligned} a &= b \\\\ &= c \\end{aligned}').map((f) => f.tex); // ['a = b', 'b = c']
 * ```
 */
export function splitFormulas(tex: string): Formula[] {
  const m = ALIGN.exec(tex);
  if (!m) return [{ tex, row: 0 }];
  const rows = splitTopLevel(m[2]!, ['\\\\']).filter((r) => r.trim() !== '');
  const out: Formula[] = [];
  let previous = '';
  rows.forEach((row, index) => {
    for (const eq of rowEquations(row)) {
      const t = eq.trim();
      const continued = RELATION.test(t) && previous !== '';
      out.push({ tex: continued ? `${lastSide(previous)} ${t}` : t, row: index });
      previous = t;
    }
  });
  return out.map((f) => ({ tex: f.tex.replace(/\s+/g, ' ').trim(), row: f.row }));
}
