/**
 * Turns a {@link Term} read from the notes into an {@link Expr}, using what the notes have
 * defined so far (the {@link Context}) and the activation catalogue. Derivatives are taken
 * by the library (`derive`); `dA/dB` of two defined quantities is read as the chain rule
 * writes it, (dA/dt)/(dB/dt) along their one common variable t. What cannot be resolved
 * throws {@link NotUnderstood} with the reason.
 *
 * @module
 */
import type { ScalarActivation } from '../activations/_internals/activation.js';
import { getActivation } from '../activations/_internals/catalogue.js';
import { constantValue, isNamedConstant } from '../activations/_internals/constants.js';
import { NotUnderstood } from '../latex/mathjson.js';
import { knownFunction } from '../latex/mathjson.js';
import { type Term, termSymbols } from '../latex/term.js';
import { div, type Expr, format, num, substitute, v, variables } from '../symbolic/tree.js';
import { derivativeOf } from './adapter.js';
import { exactValue } from './exact.js';
import { activationSpans, conditionSpan, OutsidePieces, PiecewiseMet, pieceFor, type Region } from './pieces.js';

/** A function the notes define, `f(x) = body`. */
export interface FunctionDefinition {
  readonly params: readonly string[];
  readonly body: Term;
  readonly line: number;
}

/** A quantity the notes define, `q = 1 + e^p` or `w = 10`. */
export interface QuantityDefinition {
  readonly term: Term;
  readonly line: number;
}

/** What the notes have defined so far in the current section. */
export interface Context {
  readonly functions: Map<string, FunctionDefinition>;
  readonly quantities: Map<string, QuantityDefinition>;
  /**
   * Functions the notes name without defining them, inside a definition (`z_2 = f(w_2 q_1)`:
   * z₂ is some function f of w₂q₁). A statement that uses one is judged for several
   * instances of it, like a rule's placeholders.
   */
  readonly unknownFunctions: Set<string>;
}

/** A statement uses a function the notes name without defining it: it is judged for instances of it. */
export class UnknownFunctionMet extends NotUnderstood {
  readonly fn: string;
  constructor(fn: string) {
    super(`${fn} is a function the notes do not define`);
    this.fn = fn;
  }
}

/** How to resolve. */
export interface ResolveOptions {
  /** Names not to replace by their definitions (the variable of a derivative, a point's coordinates). */
  readonly bound: ReadonlySet<string>;
  /** Also replace quantities defined as plain numbers (the notes' given values). */
  readonly values: boolean;
  /** Placeholder functions of a rule (`u`, `v` in `(u/v)' = …`), instantiated as functions of `t`. */
  readonly placeholders?: ReadonlyMap<string, Expr>;
  /** Derivatives with respect to these names are taken with respect to another variable. */
  readonly renameWrt?: ReadonlyMap<string, string>;
  /** Readings used, appended to. */
  readonly readings: string[];
  /** Remaining node budget (shared across the resolution of one statement). */
  readonly budget: { steps: number };
  /** Where piecewise formulas are resolved (one piece each); without it they throw {@link PiecewiseMet}. */
  readonly region?: Region;
  /** Free symbols read as a catalogue activation's parameters, with their values (`alpha` of ELU: 1). */
  readonly paramValues?: ReadonlyMap<string, Expr>;
}

/** Digits of the catalogue's named constants substituted into formulas. */
const CONSTANT_DIGITS = 60;

/** Greek and common spellings of catalogue activations. */
const SPELLINGS: Readonly<Record<string, string>> = { sigma: 'sigmoid' };

/**
 * The catalogue activation a name of the notes stands for, if any (names of three or more
 * letters, and σ).
 *
 * @example
 * ```ts
 * catalogueActivation('ReLU')?.name; // 'relu'
 * ```
 */
export function catalogueActivation(name: string): ScalarActivation | undefined {
  const spelled = SPELLINGS[name] ?? name;
  if (spelled.length < 3 || knownFunction(spelled)) return undefined;
  try {
    const a = getActivation(spelled);
    return a.kind === 'scalar' ? (a as ScalarActivation) : undefined;
  } catch {
    return undefined;
  }
}

/** The values of a catalogue activation's parameters: the arguments given after z, else the defaults. */
export function activationParams(a: ScalarActivation, extra: readonly Expr[]): Record<string, Expr> {
  const values: Record<string, Expr> = {};
  a.params.forEach((p, i) => {
    const given = extra[i];
    if (given) values[p.name] = given;
    else {
      const d = String(p.default);
      values[p.name] = num(isNamedConstant(d) ? constantValue(d, CONSTANT_DIGITS) : d);
    }
  });
  return values;
}

/**
 * The formula of a catalogue activation in its variable `z` (its `primes`-th derivative),
 * parameters given. A piecewise activation gives the piece of the region (or of the
 * argument's exact value), or throws {@link PiecewiseMet} where neither is known.
 */
function activationFormula(a: ScalarActivation, primes: number, argument: Expr, extra: readonly Expr[], o: ResolveOptions): { params: string[]; body: Expr; derived: boolean } {
  const values = activationParams(a, extra);
  if (a.pieces.length === 1 && !a.piecewise) return { params: ['z'], body: substitute(a.pieces[0]!.expr, values), derived: false };
  const spans = activationSpans(a, values);
  const point = exactValue(argument);
  let index: number;
  if (point) {
    if (primes === 0) {
      // the value at a boundary is the closed piece's (relu(0) = 0): a value, not a slope
      index = spans.findIndex((sp) => (!sp.lo || cmpFraction(point, sp.lo.x) > 0 || (sp.lo.closed && cmpFraction(point, sp.lo.x) === 0)) && (!sp.hi || cmpFraction(point, sp.hi.x) < 0 || (sp.hi.closed && cmpFraction(point, sp.hi.x) === 0)));
    } else index = pieceFor(spans, { variable: 'z', at: point });
  } else if (o.region && argument.kind === 'var' && argument.name === o.region.variable) {
    index = pieceFor(spans, o.region);
  } else if (o.region?.at === undefined && !o.region) {
    throw new PiecewiseMet(`${a.name} is piecewise`);
  } else throw new NotUnderstood(`${a.name} of ${format(argument)}, which is not the variable its pieces are compared in`);
  if (index < 0) throw new OutsidePieces(`${a.name} has no piece there`);
  return { params: ['z'], body: substitute(a.pieceExprs(primes)[index]!, values), derived: primes > 0 };
}

const cmpFraction = (a: { p: bigint; q: bigint }, b: { p: bigint; q: bigint }): number => {
  const d = a.p * b.q - b.p * a.q;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/** A function by name: the notes' own, else the catalogue's, else a built-in; as (params, body). */
function lookupFunction(name: string, primes: number, args: readonly Expr[], ctx: Context, o: ResolveOptions): { params: readonly string[]; body: Expr; derived: boolean } | undefined {
  const own = ctx.functions.get(name);
  if (own) {
    const inner = new Set([...o.bound, ...own.params]);
    return { params: own.params, body: resolve(own.body, ctx, { ...o, bound: inner }), derived: false };
  }
  const a = catalogueActivation(name);
  if (a) return activationFormula(a, primes, args[0] ?? v('z'), args.slice(1), o);
  const builtin = knownFunction(name);
  if (builtin) return { params: ['gpt'], body: { kind: 'call', fn: builtin, args: [v('gpt')] }, derived: false };
  return undefined;
}

/** Applies a function (differentiated `primes` times with respect to its single parameter). */
function applyFunction(name: string, primes: number, args: readonly Term[], ctx: Context, o: ResolveOptions): Expr {
  const resolvedArgs = args.map((a) => resolve(a, ctx, o));
  if (ctx.unknownFunctions.has(name) && !ctx.functions.has(name)) return applyUnknown(name, primes, resolvedArgs, o);
  const fn = lookupFunction(name, primes, resolvedArgs, ctx, o);
  if (!fn) throw new NotUnderstood(`${name} is not defined in the notes`);
  const params = fn.params;
  let body = fn.body;
  if (primes > 0 && !fn.derived) {
    if (params.length !== 1) throw new NotUnderstood(`${name}′ of a function of several variables`);
    body = derivativeOf(body, params[0]!, primes);
  }
  const usedArgs = fn.params.length === 1 ? resolvedArgs.slice(0, 1) : resolvedArgs;
  if (usedArgs.length !== params.length) throw new NotUnderstood(`${name} takes ${params.length} argument(s), ${usedArgs.length} given`);
  return substitute(body, Object.fromEntries(params.map((p, i) => [p, usedArgs[i]!])));
}

/** An unknown function of the notes, replaced by the instance being tried. */
function applyUnknown(name: string, primes: number, args: readonly Expr[], o: ResolveOptions): Expr {
  const instance = o.placeholders?.get(name);
  if (!instance) throw new UnknownFunctionMet(name);
  if (args.length !== 1) throw new NotUnderstood(`${name} of ${args.length} arguments, a function the notes do not define`);
  return substitute(primes > 0 ? derivativeOf(instance, 't', primes) : instance, { t: args[0]! });
}

/** Whether a name is a function here (the notes', the catalogue's or built in). */
export function isFunctionName(name: string, ctx: Context): boolean {
  return ctx.functions.has(name) || catalogueActivation(name) !== undefined || knownFunction(name) !== undefined;
}

function tick(o: ResolveOptions): void {
  o.budget.steps--;
  if (o.budget.steps < 0) throw new NotUnderstood('the statement is too large to check (work bound reached)');
}

/**
 * Resolves a term to an expression.
 *
 * @example
 * ```ts
 * resolve({ t: 'juxt', name: 'sigma', args: [{ t: 'sym', name: 'z' }] }, emptyContext(), options); // 1/(1 + e^(-z))
 * ```
 */
export function resolve(term: Term, ctx: Context, o: ResolveOptions): Expr {
  tick(o);
  switch (term.t) {
    case 'num':
      return num(term.value);
    case 'unknown':
      throw new NotUnderstood(term.reason);
    case 'sym': {
      const name = term.name;
      if (o.placeholders?.has(name)) return o.placeholders.get(name)!;
      if (!o.bound.has(name)) {
        const def = ctx.quantities.get(name);
        if (def) {
          const inner = resolve(def.term, ctx, { ...o, bound: new Set([...o.bound, name]) });
          if (variables(inner).length > 0 || o.values) return inner;
          return v(name);
        }
        const fn = ctx.functions.get(name);
        if (fn && fn.params.length === 1) return applyFunction(name, 0, [{ t: 'sym', name: fn.params[0]! }], ctx, o);
      }
      if (name === 'pi') return { kind: 'const', name: 'pi' };
      if (name === 'e') return { kind: 'const', name: 'e' };
      const param = o.bound.has(name) ? undefined : o.paramValues?.get(name);
      if (param) {
        o.readings.push(`${name} read as the catalogue's parameter ${name} = ${format(param)}`);
        return param;
      }
      return v(name);
    }
    case 'op': {
      const args = term.args.map((a) => resolve(a, ctx, o));
      if (term.op === 'neg') return { kind: 'neg', arg: args[0]! };
      return args.slice(1).reduce((l, r) => ({ kind: term.op as 'add', left: l, right: r }), args[0]!);
    }
    case 'fn':
      return { kind: 'call', fn: term.fn, args: term.args.map((a) => resolve(a, ctx, o)) };
    case 'juxt': {
      if (isFunctionName(term.name, ctx) || ctx.unknownFunctions.has(term.name)) return applyFunction(term.name, 0, term.args, ctx, o);
      if (ctx.quantities.has(term.name) || o.bound.has(term.name) || o.paramValues?.has(term.name)) {
        if (term.args.length !== 1) throw new NotUnderstood(`${term.name}(…, …) is not a product`);
        return { kind: 'mul', left: resolve({ t: 'sym', name: term.name }, ctx, o), right: resolve(term.args[0]!, ctx, o) };
      }
      throw new NotUnderstood(`is ${term.name}(…) a function or a product? ${term.name} is not defined in the notes`);
    }
    case 'apply': {
      if (term.args.length === 0) {
        const ph = o.placeholders?.get(term.name);
        if (ph) return derivativeOf(ph, 't', term.primes);
        throw new NotUnderstood(`${term.name}′ without an argument, outside a rule`);
      }
      return applyFunction(term.name, term.primes, term.args, ctx, o);
    }
    case 'deriv':
      return resolveDerivative(term, ctx, o);
    case 'at': {
      const point = Object.fromEntries(Object.entries(term.point).map(([k, x]) => [k, resolve(x, ctx, o)]));
      const names = Object.keys(point);
      const bound = new Set([...o.bound, ...names]);
      // a piecewise formula evaluated at one exact point takes the piece that holds there
      const exact = names.length === 1 ? exactValue(point[names[0]!]!) : undefined;
      const region: Region | undefined = exact ? { variable: names[0]!, at: exact } : o.region;
      const body = resolve(term.body, ctx, { ...o, bound, ...(region ? { region } : {}) });
      return substitute(body, point);
    }
    case 'cases': {
      if (!o.region) throw new PiecewiseMet('a piecewise formula');
      const spans = term.pieces.map((p) => conditionSpan(p.when, (t) => resolve(t, ctx, { ...o, region: undefined })));
      const variable = o.region.variable;
      if (spans.some((sp) => sp.variable !== variable)) throw new NotUnderstood(`a piecewise formula whose conditions are not on ${variable}`);
      const index = pieceFor(
        spans.map((sp) => sp.span),
        o.region,
      );
      if (index < 0) throw new OutsidePieces(`no case covers ${variable} there`);
      return resolve(term.pieces[index]!.value, ctx, o);
    }
    case 'interval':
      throw new NotUnderstood('an interval inside an expression');
  }
}

function resolveDerivative(term: Extract<Term, { t: 'deriv' }>, ctx: Context, o: ResolveOptions): Expr {
  const wrt = o.renameWrt?.get(term.wrt) ?? term.wrt;
  // a function name differentiated by itself: dσ/dz means σ(z)
  let bodyTerm = term.body;
  if (bodyTerm.t === 'sym' && !ctx.quantities.has(bodyTerm.name) && isFunctionName(bodyTerm.name, ctx) && !o.placeholders?.has(bodyTerm.name)) {
    const own = ctx.functions.get(bodyTerm.name);
    bodyTerm = { t: 'juxt', name: bodyTerm.name, args: [{ t: 'sym', name: own && own.params.length === 1 ? own.params[0]! : term.wrt }] };
  }
  if (bodyTerm.t === 'sym' && !o.placeholders?.has(bodyTerm.name) && !ctx.quantities.has(bodyTerm.name)) {
    throw new NotUnderstood(`${bodyTerm.name} is not defined in the notes`);
  }
  // ∂A/∂x of a quantity defined with x in it (z = x² + y²): the other names of its
  // definition are held fixed (y is a variable of z here, even if the notes said y = f(x))
  const own = term.partial && bodyTerm.t === 'sym' && !o.bound.has(bodyTerm.name) ? ctx.quantities.get(bodyTerm.name) : undefined;
  const held = own && termSymbols(own.term).includes(wrt) ? termSymbols(own.term).filter((n) => n !== wrt && ctx.quantities.has(n) && !o.bound.has(n)) : [];
  const body = resolve(held.length ? own!.term : bodyTerm, ctx, { ...o, bound: new Set([...o.bound, wrt, ...held]) });
  const free = variables(body);
  if (free.includes(wrt)) {
    let d = derivativeOf(body, wrt, term.order);
    if (held.length) d = substitute(d, Object.fromEntries(held.map((n) => [n, resolve({ t: 'sym', name: n }, ctx, o)])));
    // the variable of the derivative stands for its definition again afterwards (d/dq (1/q) with q = 1 + e^p)
    if (ctx.quantities.has(wrt) && !o.bound.has(wrt) && !o.renameWrt?.has(term.wrt)) return substitute(d, { [wrt]: resolve({ t: 'sym', name: wrt }, ctx, o) });
    return d;
  }
  if (free.length === 0) return num('0');
  const wrtDef = ctx.quantities.get(wrt);
  if (wrtDef && term.order === 1) {
    // the chain rule's reading of dA/dB: (dA/dt)/(dB/dt) along the one variable both depend on
    const full = { ...o, bound: new Set<string>() };
    const a = resolve(bodyTerm, ctx, full);
    const b = resolve(wrtDef.term, ctx, full);
    const common = variables(a).filter((x) => variables(b).includes(x));
    const all = [...new Set([...variables(a), ...variables(b)])];
    if (common.length === 1 && all.length === 1) {
      const t = common[0]!;
      o.readings.push(`d${format1(bodyTerm)}/d${wrt} read as (d${format1(bodyTerm)}/d${t})/(d${wrt}/d${t})`);
      return div(derivativeOf(a, t, 1), derivativeOf(b, t, 1));
    }
    throw new NotUnderstood(`d…/d${wrt}: ${wrt} is defined, but the two do not depend on one common variable`);
  }
  if (free.length === 0) return num('0');
  throw new NotUnderstood(`d…/d${wrt}: the expression does not depend on ${wrt} as written (${free.join(', ')} may depend on it)`);
}

const format1 = (t: Term): string => (t.t === 'sym' ? t.name : t.t === 'juxt' ? t.name : '…');

/**
 * A context with nothing defined.
 *
 * @example
 * ```ts
 * emptyContext().functions.size; // 0
 * ```
 */
export function emptyContext(): Context {
  return { functions: new Map(), quantities: new Map(), unknownFunctions: new Set() };
}
