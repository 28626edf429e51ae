/**
 * Step-by-step derivatives of any expression, the way a textbook works them: the
 * innermost pieces first, each combined by one rule (sum, constant multiple, product,
 * quotient, power, exponential, chain), every intermediate derivative tidied and checked
 * as a derivative by the verify layer; then the tidy result, and its readable form, each
 * checked as an identity.
 *
 * @module
 */
import { InputError } from '../errors.js';
import { parse } from '../symbolic/parse.js';
import { readable, tidyForm } from '../symbolic/readable.js';
import { ruleDerivative } from '../symbolic/rules.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute, variables } from '../symbolic/tree.js';
import { type StepCheckOptions, type DerivationStep, derivativeDisplay, makeStep } from './step.js';

const n = (value: string | number): Expr => ({ kind: 'num', value: String(value) });
const mul = (left: Expr, right: Expr): Expr => ({ kind: 'mul', left, right });
const add = (left: Expr, right: Expr): Expr => ({ kind: 'add', left, right });
const sub = (left: Expr, right: Expr): Expr => ({ kind: 'sub', left, right });
const div = (left: Expr, right: Expr): Expr => ({ kind: 'div', left, right });
const pow = (left: Expr, right: Expr): Expr => ({ kind: 'pow', left, right });

const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';

interface Rule {
  readonly name: string;
  /** The rule in symbols, with the pieces named. */
  readonly note: string;
  /** The derivative in the rule's shape, the pieces' derivatives substituted. */
  readonly raw: Expr;
}

function ruleFor(e: Expr, wrt: string, d: (x: Expr) => Expr, has: (x: Expr) => boolean): Rule {
  const t = (x: Expr): string => format(x);
  switch (e.kind) {
    case 'neg':
      return { name: 'constant multiple', note: '(−u)′ = −u′', raw: { kind: 'neg', arg: d(e.arg) } };
    case 'add':
    case 'sub': {
      const op = e.kind === 'add' ? add : sub;
      return { name: e.kind === 'add' ? 'sum rule' : 'difference rule', note: `(u ${e.kind === 'add' ? '+' : '−'} v)′ = u′ ${e.kind === 'add' ? '+' : '−'} v′`, raw: op(d(e.left), d(e.right)) };
    }
    case 'mul': {
      if (!has(e.left)) return { name: 'constant multiple', note: `(c·u)′ = c·u′ with c = ${t(e.left)}`, raw: mul(e.left, d(e.right)) };
      if (!has(e.right)) return { name: 'constant multiple', note: `(u·c)′ = u′·c with c = ${t(e.right)}`, raw: mul(d(e.left), e.right) };
      return {
        name: 'product rule',
        note: `(uv)′ = u′v + uv′ with u = ${t(e.left)}, v = ${t(e.right)}`,
        raw: add(mul(d(e.left), e.right), mul(e.left, d(e.right))),
      };
    }
    case 'div': {
      if (!has(e.right)) return { name: 'constant multiple', note: `(u/c)′ = u′/c with c = ${t(e.right)}`, raw: div(d(e.left), e.right) };
      return {
        name: 'quotient rule',
        note: `(u/v)′ = (u′v − uv′)/v² with u = ${t(e.left)}, v = ${t(e.right)}`,
        raw: div(sub(mul(d(e.left), e.right), mul(e.left, d(e.right))), pow(e.right, n(2))),
      };
    }
    case 'pow': {
      const [u, w] = [e.left, e.right];
      if (isE(u)) return { name: 'chain rule (exponential)', note: `(e^u)′ = e^u·u′ with u = ${t(w)}`, raw: mul(e, d(w)) };
      if (!has(w)) return { name: 'power rule and chain rule', note: `(u^n)′ = n·u^(n−1)·u′ with u = ${t(u)}, n = ${t(w)}`, raw: mul(mul(w, pow(u, sub(w, n(1)))), d(u)) };
      if (!has(u)) return { name: 'exponential rule', note: `(a^u)′ = a^u·log(a)·u′ with a = ${t(u)}, u = ${t(w)}`, raw: mul(mul(e, { kind: 'call', fn: 'log', args: [u] }), d(w)) };
      return {
        name: 'general power rule',
        note: `(u^v)′ = u^v·(v′·log u + v·u′/u) with u = ${t(u)}, v = ${t(w)}`,
        raw: mul(e, add(mul(d(w), { kind: 'call', fn: 'log', args: [u] }), div(mul(w, d(u)), u))),
      };
    }
    case 'call': {
      const arg = e.args[0]!;
      if (e.args.length !== 1) throw new InputError(`steps are not available for ${e.fn} with ${e.args.length} arguments`);
      // f′ of the elementary function, from gradproof's rules (the CAS asked once and checked)
      const outer = substitute(ruleDerivative({ kind: 'call', fn: e.fn, args: [{ kind: 'var', name: 'gp_u' }] }, 'gp_u'), { gp_u: arg });
      const inner = d(arg);
      const simpleArg = arg.kind === 'var' && arg.name === wrt;
      return {
        name: simpleArg ? `derivative of ${e.fn}` : 'chain rule',
        note: simpleArg ? `${e.fn}′(${wrt}) = ${t(outer)}` : `(f(u))′ = f′(u)·u′ with f = ${e.fn}, u = ${t(arg)}, f′(u) = ${t(outer)}`,
        raw: simpleArg ? outer : mul(outer, inner),
      };
    }
    default:
      throw new InputError(`no rule for ${e.kind}`);
  }
}

/**
 * Options of {@link derivationSteps}.
 *
 * @example
 * ```ts
 * derivationSteps('x^2', 'x', { readable: false } satisfies StepsOptions);
 * ```
 */
export interface StepsOptions extends StepCheckOptions {
  /** Also append the readable form (σ(1 − σ), 1 − tanh² …) as a last step. Default true. */
  readonly readable?: boolean;
}

/**
 * The derivative of `expr` with respect to `wrt`, step by step, each step checked by the
 * verify layer.
 *
 * @example
 * ```ts
 * const steps = derivationSteps('1/(1 + e^(-x))', 'x');
 * steps.map((s) => s.rule);      // ['constant multiple', 'chain rule (exponential)', 'sum rule', 'quotient rule', 'readable form']
 * steps.at(-1)!.rhsTex;          // '\\sigma\\left(x\\right) \\left(1 - \\sigma\\left(x\\right)\\right)'
 * steps.every((s) => s.check.status === 'proved' || s.check.status === 'verified'); // true
 * ```
 */
export function derivationSteps(expr: Expr | string, wrt: string, options: StepsOptions = {}): DerivationStep[] {
  const root = typeof expr === 'string' ? parse(expr) : expr;
  if (!variables(root).includes(wrt)) throw new InputError(`the expression does not depend on ${wrt}`);
  const steps: DerivationStep[] = [];
  const memo = new Map<string, Expr>();
  const has = (x: Expr): boolean => variables(x).includes(wrt);
  const d = (e: Expr): Expr => {
    if (!has(e)) return n(0);
    if (e.kind === 'var') return n(1);
    const key = format(e);
    const known = memo.get(key);
    if (known) return known;
    const rule = ruleFor(e, wrt, d, has);
    const tidy = tidyForm(rule.raw);
    memo.set(key, tidy);
    steps.push(makeStep(rule.name, { kind: 'derivative', of: e, wrt, claimed: tidy }, { ...derivativeDisplay(e, wrt, tidy), note: rule.note }, options));
    return tidy;
  };
  const result = d(root);
  if (options.readable ?? true) {
    const form = readable(result);
    if (format(form.expr) !== format(result)) {
      steps.push(
        makeStep(
          'readable form',
          { kind: 'identity', left: result, right: form.expr },
          { lhsTex: toTex(result), rhsTex: toTex(form.expr), text: `${format(result)} = ${format(form.expr)}`, note: readableNote(form.kind) },
          options,
        ),
      );
    }
  }
  return steps;
}

function readableNote(kind: 'self' | 'named' | 'rational'): string {
  if (kind === 'named') return 'written with σ(u) = 1/(1 + e^(−u)), tanh or softplus(u) = log(1 + e^u)';
  if (kind === 'self') return 'written in terms of the function itself';
  return 'one fraction, common factors taken out';
}

