/**
 * The functions an expression may call, with their arity. This is the syntax side;
 * the numeric side (`numeric/elementary.ts`) gives each name its real-valued meaning,
 * and a test keeps the two lists equal.
 *
 * Every table is prototype-free ({@link nameTable}): `toString` or `constructor` typed by a
 * user is an unknown name, never a JavaScript built-in.
 *
 * @module
 */
import { nameTable } from '../util/table.js';

/** Number of arguments of each known function (`'variadic'`: one or more). */
export const FUNCTION_ARITY: Readonly<Record<string, number | 'variadic'>> = nameTable({
  sqrt: 1,
  cbrt: 1,
  exp: 1,
  log: 1,
  log10: 1,
  abs: 1,
  sign: 1,
  min: 'variadic',
  max: 'variadic',
  sin: 1,
  cos: 1,
  tan: 1,
  sec: 1,
  csc: 1,
  cot: 1,
  asin: 1,
  acos: 1,
  atan: 1,
  asec: 1,
  acsc: 1,
  acot: 1,
  sinh: 1,
  cosh: 1,
  tanh: 1,
  sech: 1,
  csch: 1,
  coth: 1,
  asinh: 1,
  acosh: 1,
  atanh: 1,
  asech: 1,
  acsch: 1,
  acoth: 1,
  erf: 1,
  erfc: 1,
});

/** Alternative spellings accepted by the parser, mapped to the canonical name. */
export const FUNCTION_ALIASES: Readonly<Record<string, string>> = nameTable({
  ln: 'log',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
  arsinh: 'asinh',
  arcosh: 'acosh',
  artanh: 'atanh',
  arcsinh: 'asinh',
  arccosh: 'acosh',
  arctanh: 'atanh',
});

/** Named constants and their canonical names. */
export const CONSTANT_NAMES: Readonly<Record<string, 'pi' | 'e'>> = nameTable({
  pi: 'pi',
  π: 'pi',
  e: 'e',
  E: 'e',
});

/** Functions whose derivative has a jump (kinks and steps are handled by gradproof, not the CAS). */
export const PIECEWISE_FUNCTIONS: ReadonlySet<string> = new Set(['abs', 'sign', 'min', 'max']);

/**
 * The known names closest to `name` (edit distance ≤ max(2, ⌊length/3⌋)), for "did you
 * mean" hints. The work is bounded by the known names, whatever the length of `name`: the
 * edit distance is at least the difference of the lengths, so only names of nearly the
 * same length are compared, and a name far longer than every known one is near none.
 *
 * @example
 * ```ts
 * closestNames('sinn', ['sin', 'sinh', 'cos']); // ['sin', 'sinh']
 * ```
 */
export function closestNames(name: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const near = known.filter((k) => Math.abs(k.length - name.length) <= limit);
  if (near.length === 0) return [];
  const lower = name.toLowerCase();
  const scored = near
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  return scored.slice(0, max).map((s) => s.k);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * The derivative of each elementary function with respect to its argument `t`, as
 * gradproof writes it (the table SymPy's `fdiff` methods hold, in one place). The chain
 * rule is applied once, in `rules.ts`. Every entry is checked against high-precision
 * finite differences and against the CAS's own answer by `test/symbolic/rules.test.ts`.
 * Piecewise functions (abs, sign, min, max) are not here: their kinks are handled by the rules.
 */
export const ELEMENTARY_DERIVATIVES: Readonly<Record<string, string>> = nameTable({
  sqrt: '1/(2*sqrt(t))',
  cbrt: '1/(3*cbrt(t)^2)',
  exp: 'exp(t)',
  log: '1/t',
  log10: '1/(t*log(10))',
  sin: 'cos(t)',
  cos: '-sin(t)',
  tan: '1 + tan(t)^2',
  sec: 'sec(t)*tan(t)',
  csc: '-csc(t)*cot(t)',
  cot: '-(1 + cot(t)^2)',
  asin: '1/sqrt(1 - t^2)',
  acos: '-1/sqrt(1 - t^2)',
  atan: '1/(1 + t^2)',
  asec: '1/(abs(t)*sqrt(t^2 - 1))',
  acsc: '-1/(abs(t)*sqrt(t^2 - 1))',
  acot: '-1/(1 + t^2)',
  sinh: 'cosh(t)',
  cosh: 'sinh(t)',
  tanh: '1 - tanh(t)^2',
  sech: '-sech(t)*tanh(t)',
  csch: '-csch(t)*coth(t)',
  coth: '1 - coth(t)^2',
  asinh: '1/sqrt(t^2 + 1)',
  acosh: '1/sqrt(t^2 - 1)',
  atanh: '1/(1 - t^2)',
  asech: '-1/(t*sqrt(1 - t^2))',
  acsch: '-1/(abs(t)*sqrt(1 + t^2))',
  acoth: '1/(1 - t^2)',
  erf: '2/sqrt(pi)*exp(-t^2)',
  erfc: '-2/sqrt(pi)*exp(-t^2)',
});
