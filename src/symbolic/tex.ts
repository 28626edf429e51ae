/**
 * TeX from gradproof's own trees. The CAS's `toTeX` is not published: for some inputs
 * it is malformed (`\sqrt{\frac{2}{^{\frac{1}{2}}}}`).
 *
 * @module
 */
import { parse } from './parse.js';
import { catalogueName } from './registry.js';
import type { Expr } from './tree.js';

const NAMED = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'sinh', 'cosh', 'tanh', 'coth', 'exp', 'log', 'min', 'max']);
const PREC: Record<Expr['kind'], number> = { add: 1, sub: 1, mul: 2, div: 2, neg: 3, pow: 4, num: 5, const: 5, var: 5, call: 5 };

function texNumber(value: string): string {
  const m = /^(.*?)[eE]([+-]?\d+)$/.exec(value);
  return m ? `${m[1]} \\times 10^{${Number(m[2])}}` : value;
}

function texVar(name: string): string {
  const greek = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'lambda', 'mu', 'sigma', 'theta', 'eta', 'tau', 'phi', 'varphi', 'psi', 'omega'];
  if (greek.includes(name)) return `\\${name}`;
  const m = /^([A-Za-z]+)_?(\d+)$/.exec(name);
  if (m) return `${texVar(m[1]!)}_{${m[2]}}`;
  return name.length > 1 ? `\\mathit{${name.replace(/_/g, '\\_')}}` : name;
}

function paren(s: string): string {
  return `\\left(${s}\\right)`;
}

function texCall(fn: string, args: readonly Expr[]): string {
  const inner = args.map((a) => toTex(a)).join(', ');
  // a catalogue activation by its name, its derivatives with primes: \operatorname{relu}'(x), \sigma''(x)
  const catalogue = catalogueName(fn);
  if (catalogue) {
    const name = catalogue.fn.name;
    return `${DISPLAY_FUNCTIONS[name] ?? `\\operatorname{${name.replace(/_/g, '\\_')}}`}${"'".repeat(catalogue.order)}${paren(inner)}`;
  }
  const shown = DISPLAY_FUNCTIONS[fn];
  if (shown) return `${shown}${paren(inner)}`;
  switch (fn) {
    case 'sqrt':
      return `\\sqrt{${inner}}`;
    case 'cbrt':
      return `\\sqrt[3]{${inner}}`;
    case 'abs':
      return `\\left|${inner}\\right|`;
    case 'log10':
      return `\\log_{10}${paren(inner)}`;
    default:
      return NAMED.has(fn) ? `\\${fn}${paren(inner)}` : `\\operatorname{${fn}}${paren(inner)}`;
  }
}

// --- readable-form rendering (the sheet's and `gradproof diff`'s readable forms) ----------

/**
 * Functions that only readable forms use, as they are typeset: σ(z) and softplus(z)
 * stand for 1/(1 + e^(−z)) and log(1 + e^z) (see symbolic/readable).
 */
const DISPLAY_FUNCTIONS: Readonly<Record<string, string>> = { sigmoid: '\\sigma', softplus: '\\operatorname{softplus}' };

/** Trigonometric and hyperbolic functions print their powers as tanh²(z). */
const POWER_NAMED = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth']);

const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';

function namedPower(base: Expr, exponent: Expr): string | undefined {
  if (base.kind !== 'call' || !POWER_NAMED.has(base.fn) || exponent.kind !== 'num' || !/^\d+$/.test(exponent.value)) return undefined;
  const name = NAMED.has(base.fn) ? `\\${base.fn}` : `\\operatorname{${base.fn}}`;
  return `${name}^{${exponent.value}}${paren(base.args.map((a) => toTex(a)).join(', '))}`;
}

/** −(2x) and −x/2 need no parentheses; −(a + b) does. */
function negNeedsParens(arg: Expr): boolean {
  return arg.kind === 'add' || arg.kind === 'sub' || arg.kind === 'neg';
}

function startsWithDigit(tex: string): boolean {
  return /^[\d.]/.test(tex);
}

/** A factor u^(−k) with a literal k: it belongs in a denominator as u^k. */
function reciprocal(e: Expr): Expr | undefined {
  if (e.kind !== 'pow' || isE(e.left)) return undefined;
  const k = e.right;
  if (k.kind === 'neg' && (k.arg.kind === 'num' || k.arg.kind === 'div')) {
    return k.arg.kind === 'num' && k.arg.value === '1' ? e.left : { kind: 'pow', left: e.left, right: k.arg };
  }
  if (k.kind === 'div' && k.left.kind === 'neg') {
    return { kind: 'pow', left: e.left, right: { kind: 'div', left: k.left.arg, right: k.right } };
  }
  return undefined;
}

function factors(e: Expr): Expr[] {
  return e.kind === 'mul' ? [...factors(e.left), ...factors(e.right)] : [e];
}

function product(list: Expr[]): Expr {
  return list.reduce((acc, f) => ({ kind: 'mul', left: acc, right: f }));
}

/** Products with reciprocal factors print as one fraction. */
function asFraction(e: Expr): string | undefined {
  if (e.kind !== 'mul' && e.kind !== 'pow') return undefined;
  const all = factors(e);
  const den = all.map(reciprocal);
  if (den.every((d) => d === undefined)) return undefined;
  const numerator = all.filter((_, i) => den[i] === undefined);
  const denominator = den.filter((d): d is Expr => d !== undefined);
  const top = numerator.length ? toTex(product(numerator)) : '1';
  return `\\frac{${top}}{${toTex(product(denominator))}}`;
}

/**
 * TeX for an expression (as rendered by KaTeX or MathJax).
 *
 * @example
 * ```ts
 * toTex('e^x/(1+e^x)'); // '\\frac{e^{x}}{1 + e^{x}}'
 * ```
 */
export function toTex(expr: Expr | string): string {
  const e = typeof expr === 'string' ? parse(expr) : expr;
  const fraction = asFraction(e);
  if (fraction) return fraction;
  switch (e.kind) {
    case 'num':
      return texNumber(e.value);
    case 'const':
      return e.name === 'pi' ? '\\pi' : 'e';
    case 'var':
      return texVar(e.name);
    case 'call':
      return texCall(e.fn, e.args);
    case 'neg': {
      const inner = toTex(e.arg);
      return negNeedsParens(e.arg) ? `-${paren(inner)}` : `-${inner}`;
    }
    case 'div':
      return `\\frac{${toTex(e.left)}}{${toTex(e.right)}}`;
    case 'pow': {
      const named = namedPower(e.left, e.right);
      if (named) return named;
      const base = toTex(e.left);
      const needs = PREC[e.left.kind] <= PREC.pow || (e.left.kind === 'call' && !DISPLAY_FUNCTIONS[e.left.fn]) || (e.left.kind === 'num' && /[eE.]/.test(e.left.value));
      const b = needs && !(e.left.kind === 'call' && ['sqrt', 'abs'].includes(e.left.fn)) ? paren(base) : base;
      return `${b}^{${toTex(e.right)}}`;
    }
    default: {
      const p = PREC[e.kind];
      const l = PREC[e.left.kind] < p ? paren(toTex(e.left)) : toTex(e.left);
      const rightNeeds = e.kind === 'sub' ? PREC[e.right.kind] <= p : PREC[e.right.kind] < p || e.right.kind === 'neg';
      const r = rightNeeds ? paren(toTex(e.right)) : toTex(e.right);
      if (e.kind === 'add') return `${l} + ${r}`;
      if (e.kind === 'sub') return `${l} - ${r}`;
      // implicit products (2x, λα e^z, σ(z)(1 − σ(z))); a · only where a digit would follow
      if (startsWithDigit(r)) return `${l} \\cdot ${r}`;
      return e.left.kind === 'num' ? `${l}\\,${r}` : `${l} ${r}`;
    }
  }
}
