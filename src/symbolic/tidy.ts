/**
 * Light, always-correct algebraic tidying of trees built by gradproof's own rules
 * (0·u → 0, 1·u → u, u + 0 → u, u^1 → u, integer constant folding). It never
 * reorders or expands; heavier simplification is the CAS's job and is checked.
 *
 * @module
 */
import type { Expr } from './tree.js';

const isNum = (e: Expr, value: string): boolean => e.kind === 'num' && e.value === value;
const isInt = (e: Expr): e is { kind: 'num'; value: string } => e.kind === 'num' && /^\d+$/.test(e.value);

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
    case 'call':
      return { kind: 'call', fn: e.fn, args: e.args.map(tidy) };
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
