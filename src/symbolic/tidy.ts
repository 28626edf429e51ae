/**
 * Light, always-correct algebraic tidying of trees built by gradproof's own rules
 * (0·u → 0, 1·u → u, u + 0 → u, u^1 → u, integer constant folding, sign/abs/min/max of
 * integer literals). It never
 * reorders or expands; heavier simplification is the CAS's job and is checked.
 *
 * @module
 */
import type { Expr } from './tree.js';

const isNum = (e: Expr, value: string): boolean => e.kind === 'num' && e.value === value;
const isInt = (e: Expr): e is { kind: 'num'; value: string } => e.kind === 'num' && /^\d+$/.test(e.value);

/** An integer literal, possibly negated, as a BigInt. */
function intValue(e: Expr): bigint | undefined {
  if (isInt(e)) return BigInt(e.value);
  if (e.kind === 'neg' && isInt(e.arg)) return -BigInt(e.arg.value);
  return undefined;
}

const intNode = (n: bigint): Expr => (n < 0n ? { kind: 'neg', arg: { kind: 'num', value: (-n).toString() } } : { kind: 'num', value: n.toString() });

/** sign, abs, min and max of integer literals (the piecewise rules leave them behind). */
function foldPiecewise(fn: string, args: readonly Expr[]): Expr | undefined {
  const values = args.map(intValue);
  if (values.some((x) => x === undefined)) return undefined;
  const xs = values as bigint[];
  switch (fn) {
    case 'sign':
      return intNode(xs[0]! > 0n ? 1n : xs[0]! < 0n ? -1n : 0n);
    case 'abs':
      return intNode(xs[0]! < 0n ? -xs[0]! : xs[0]!);
    case 'min':
    case 'max': {
      // BigInts: Math.min and Math.max do not take them
      const sorted = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return intNode(fn === 'min' ? sorted[0]! : sorted[sorted.length - 1]!);
    }
    default:
      return undefined;
  }
}

/**
 * Removes neutral elements and folds small integer arithmetic.
 *
 * @example
 * ```ts
 * format(tidy(parse('1*x + 0'))); // 'x'
 * ```
 */
export function tidy(e: Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'var':
      return e;
    case 'neg': {
      const a = tidy(e.arg);
      if (isNum(a, '0')) return a;
      if (a.kind === 'neg') return a.arg;
      return { kind: 'neg', arg: a };
    }
    case 'call': {
      const args = e.args.map(tidy);
      return foldPiecewise(e.fn, args) ?? { kind: 'call', fn: e.fn, args };
    }
    default: {
      const l = tidy(e.left);
      const r = tidy(e.right);
      switch (e.kind) {
        case 'add':
          if (isNum(l, '0')) return r;
          if (isNum(r, '0')) return l;
          if (isInt(l) && isInt(r)) return { kind: 'num', value: (BigInt(l.value) + BigInt(r.value)).toString() };
          if (r.kind === 'neg') return { kind: 'sub', left: l, right: r.arg };
          break;
        case 'sub':
          if (isNum(r, '0')) return l;
          if (isNum(l, '0')) return tidy({ kind: 'neg', arg: r });
          if (r.kind === 'neg') return { kind: 'add', left: l, right: r.arg };
          break;
        case 'mul':
          if (isNum(l, '0') || isNum(r, '0')) return { kind: 'num', value: '0' };
          if (isNum(l, '1')) return r;
          if (isNum(r, '1')) return l;
          if (isInt(l) && isInt(r)) return { kind: 'num', value: (BigInt(l.value) * BigInt(r.value)).toString() };
          if (l.kind === 'neg') return tidy({ kind: 'neg', arg: { kind: 'mul', left: l.arg, right: r } });
          if (r.kind === 'neg') return tidy({ kind: 'neg', arg: { kind: 'mul', left: l, right: r.arg } });
          break;
        case 'div':
          if (isNum(l, '0')) return l;
          if (isNum(r, '1')) return l;
          break;
        case 'pow':
          if (isNum(r, '1')) return l;
          if (isNum(r, '0')) return { kind: 'num', value: '1' };
          break;
      }
      return { kind: e.kind, left: l, right: r };
    }
  }
}
