/**
 * The derivative check: a derivative (the CAS's, or a claimed one) against
 * high-precision finite differences at seeded points of the domain plus any points the
 * caller names. "Verified" means every point agrees to within 5 digits of what was
 * requested (50 requested ⇒ ≥ 45 agree everywhere).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { DomainError, GradproofError, InputError } from '../errors.js';
import { compile, type Env } from '../numeric/compile.js';
import { checkDigits, type Coordinate, evaluateClosure, toDecimal, toEnv } from '../numeric/evaluate.js';
import { decimalContext } from '../numeric/context.js';
import { detectKink, digitsAgreed, finiteDifference, oneSidedDifference, type PrecisionHint } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { type Derivation, derive } from '../symbolic/derive.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format, variables } from '../symbolic/tree.js';

/** Digits of slack between "requested" and "must agree". */
export const AGREEMENT_SLACK = 5;

/** One compared point. */
export interface PointCheck {
  /** The point, as exact decimal strings. */
  readonly at: Readonly<Record<string, string>>;
  /** The derivative there, to the requested digits. */
  readonly derivative: string;
  /** The finite difference there, to the requested digits. */
  readonly finiteDifference: string;
  /** Which stencil produced the finite difference. */
  readonly stencil: 'central' | 'forward' | 'backward';
  /** Significant digits on which the two agree. */
  readonly digitsAgreed: number;
  /** Whether this point passes. */
  readonly ok: boolean;
  /** At a caller-named point where the slope jumps: the one-sided derivatives. */
  readonly kink?: { readonly left: string; readonly right: string };
}

/** The verdict of {@link verifyDerivative}. */
export interface DerivativeVerdict {
  readonly kind: 'derivative';
  /** The function. */
  readonly expr: string;
  /** The variable. */
  readonly wrt: string;
  /** The order of the derivative checked. */
  readonly order: number;
  /** The derivative checked (text). */
  readonly derivative: string;
  /** Where the derivative came from: the CAS (confirmed by rules), gradproof's rules, or the caller. */
  readonly source: 'cas' | 'rules' | 'claim';
  /** Why the CAS's own answer was not used, if it was not. */
  readonly casIssue?: string;
  /** Always `numeric`: finite differences are the judge. */
  readonly method: 'numeric';
  /** True when every point agrees to ≥ digitsRequested − 5 digits and at least one point was compared. */
  readonly verified: boolean;
  /** Digits requested. */
  readonly digitsRequested: number;
  /** The fewest digits agreed at any point (0 when no point was compared). */
  readonly digitsAgreed: number;
  /** Every compared point. */
  readonly points: readonly PointCheck[];
  /** The point with the fewest digits agreed. */
  readonly worst?: PointCheck;
  /** The first failing point, when the check fails. */
  readonly counterexample?: PointCheck;
  /** Why the check failed when it is not a disagreement (e.g. no point of the domain found). */
  readonly reason?: string;
}

/** Options of {@link verifyDerivative}. */
export interface VerifyDerivativeOptions {
  /** Digits requested (5…1000). Default 50. */
  readonly digits?: number;
  /** Number of seeded random points. Default 12. */
  readonly points?: number;
  /** Seed of the point generator. Default 1. */
  readonly seed?: number;
  /** Extra points to check, e.g. `[{ x: '0' }]`, giving every variable. */
  readonly at?: readonly Readonly<Record<string, Coordinate>>[];
  /** Interval of the uniform random part. Default ['-4', '4']. */
  readonly interval?: readonly [string, string];
  /** Largest |coordinate| of the tail draws. Default 40. */
  readonly tail?: number;
  /** Share of random points drawn log-uniformly out to `tail` (the rest uniform on `interval`). Default 0.3. */
  readonly tailShare?: number;
  /** Order of the derivative. Default 1. */
  readonly order?: number;
  /** Variables held fixed at these values (parameters such as an activation's α), not sampled. */
  readonly fixed?: Readonly<Record<string, Coordinate>>;
  /** A claimed derivative to check instead of the CAS's (order 1 only). */
  readonly derivative?: Expr | string;
}

const pointText = (env: Env): Record<string, string> =>
  Object.fromEntries(Object.entries(env).map(([k, x]) => [k, x.toString()]));

/**
 * How much precision cancellation inside f costs at this point: one evaluation with the
 * compiler's running error bound answers it when the bound is finite; otherwise a
 * guaranteed-digits evaluation tells by the precision it needed.
 */
function precisionHint(f: ReturnType<typeof compile>, env: Env): PrecisionHint {
  const probe = 40;
  if (f.tracked) {
    const { value, lost } = f.tracked(decimalContext(probe), env);
    if (Number.isFinite(lost) && probe - lost >= 20) return { loss: Math.ceil(lost), value };
  }
  const fx = evaluateClosure(f, env, 20);
  return { loss: Math.max(0, fx.workingPrecision - 32), value: fx.decimal };
}

function checkPoint(f: ReturnType<typeof compile>, d: ReturnType<typeof compile>, env: Env, wrt: string, digits: number, named: boolean): PointCheck {
  const value = evaluateClosure(d, env, digits);
  const along = (x: Decimal, D: Parameters<typeof f>[0]): Decimal => f(D, { ...env, [wrt]: x });
  const x0 = env[wrt]!;
  // the guaranteed-digits evaluation of f tells how much precision cancellation inside f costs
  const fd = finiteDifference(along, x0, digits, precisionHint(f, env));
  const floor = fd.noise.times(10);
  const agreed = digitsAgreed(value.decimal, fd.value, digits, floor);
  const required = digits - AGREEMENT_SLACK;
  const base = {
    at: pointText(env),
    derivative: value.value,
    finiteDifference: fd.value.toSignificantDigits(digits).toString(),
    stencil: fd.kind,
  };
  if (named && agreed < required) {
    // f′ itself may have a kink here (z + max(0, −z)²/2 at 0): the central stencil then loses
    // its order, but both one-sided differences still converge to f′(x0)
    try {
      const left = oneSidedDifference(along, x0, digits, -1);
      const right = oneSidedDifference(along, x0, digits, 1);
      const both = Math.min(digitsAgreed(value.decimal, left.value, digits, floor), digitsAgreed(value.decimal, right.value, digits, floor));
      if (both >= required) return { ...base, finiteDifference: right.value.toSignificantDigits(digits).toString(), stencil: 'forward', digitsAgreed: both, ok: true };
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
    }
  }
  if (named) {
    // a named point may sit on a kink: there the derivative is a convention, not a limit
    try {
      const k = detectKink(along, x0, digits);
      if (k.kink) {
        const candidates = [k.left, k.right, k.left.plus(k.right).div(2)];
        const matches = candidates.some((c) => digitsAgreed(value.decimal, c, digits, floor) >= required);
        return {
          ...base,
          digitsAgreed: matches ? digits : agreed,
          ok: matches,
          kink: { left: k.left.toSignificantDigits(digits).toString(), right: k.right.toSignificantDigits(digits).toString() },
        };
      }
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
    }
  }
  return { ...base, digitsAgreed: agreed, ok: agreed >= required };
}

/**
 * Verifies the derivative of `expr` with respect to `wrt` against finite differences.
 *
 * @example
 * ```ts
 * const v = verifyDerivative('1/(1+e^(-x))', 'x', { digits: 50 });
 * v.verified;     // true
 * v.digitsAgreed; // ≥ 45
 * verifyDerivative('sin(x)', 'x', { derivative: 'sin(x)' }).counterexample; // a point where cos ≠ sin
 * ```
 */
export function verifyDerivative(expr: Expr | string, wrt: string, options: VerifyDerivativeOptions = {}): DerivativeVerdict {
  const digits = checkDigits(options.digits ?? 50);
  const f0 = typeof expr === 'string' ? parse(expr) : expr;
  const order = options.order ?? 1;
  const vars = variables(f0);
  if (!vars.includes(wrt) && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(wrt)) throw new InputError(`"${wrt}" is not a variable name`);
  let derivation: Derivation | undefined;
  let target: Expr;
  let claimed = false;
  if (options.derivative !== undefined) {
    if (order !== 1) throw new InputError('a claimed derivative can only be checked at order 1');
    target = typeof options.derivative === 'string' ? parse(options.derivative) : options.derivative;
    claimed = true;
  } else {
    derivation = derive(f0, wrt, { order });
    target = derivation.expr;
  }
  // the function whose finite difference is taken: the (order − 1)-th derivative
  const base = order === 1 ? f0 : derive(f0, wrt, { order: order - 1 }).expr;
  const allVars = [...new Set([...vars, ...variables(target), wrt])].sort();
  const f = compile(base);
  const d = compile(target);
  const fixed = Object.fromEntries(Object.entries(options.fixed ?? {}).map(([k, x]) => [k, toDecimal(x, k)]));
  if (wrt in fixed) throw new InputError(`"${wrt}" cannot be both the variable and fixed`);
  const random = samplePoints(f, allVars, {
    fixed,
    count: options.points ?? 12,
    seed: options.seed ?? 1,
    ...(options.interval ? { interval: options.interval } : {}),
    ...(options.tail !== undefined ? { tail: options.tail } : {}),
    ...(options.tailShare !== undefined ? { tailShare: options.tailShare } : {}),
  });
  const named = (options.at ?? []).map((p) => toEnv({ ...options.fixed, ...p }, allVars));
  const checks: PointCheck[] = [];
  for (const [i, env] of [...named, ...random].entries()) {
    try {
      checks.push(checkPoint(f, d, env, wrt, digits, i < named.length));
    } catch (err) {
      if (err instanceof DomainError && i >= named.length) continue;
      throw err;
    }
  }
  const worst = checks.reduce<PointCheck | undefined>((w, c) => (!w || c.digitsAgreed < w.digitsAgreed ? c : w), undefined);
  const counterexample = checks.find((c) => !c.ok);
  const verified = checks.length > 0 && !counterexample;
  return {
    kind: 'derivative',
    expr: format(f0),
    wrt,
    order,
    derivative: format(target),
    source: claimed ? 'claim' : (derivation?.source ?? 'cas'),
    ...(derivation?.casIssue ? { casIssue: derivation.casIssue } : {}),
    method: 'numeric',
    verified,
    digitsRequested: digits,
    digitsAgreed: worst?.digitsAgreed ?? 0,
    points: checks,
    ...(worst ? { worst } : {}),
    ...(counterexample ? { counterexample } : {}),
    ...(checks.length === 0 ? { reason: 'no point of the domain was found to compare at' } : {}),
  };
}


/** Thrown by {@link assertVerified}. */
export class VerificationFailed extends GradproofError {
  constructor(message: string) {
    super('verify', message);
    this.name = 'VerificationFailed';
  }
}

/**
 * Throws {@link VerificationFailed} with the counterexample unless the verdict is verified.
 *
 * @example
 * ```ts
 * assertVerified(verifyDerivative('x^2', 'x'));
 * ```
 */
export function assertVerified(v: DerivativeVerdict): void {
  if (v.verified) return;
  const c = v.counterexample;
  throw new VerificationFailed(
    c
      ? `d/d${v.wrt} ${v.expr} = ${v.derivative} fails at ${JSON.stringify(c.at)}: ${c.derivative} vs finite difference ${c.finiteDifference} (${c.digitsAgreed} digits agree)`
      : `d/d${v.wrt} ${v.expr}: ${v.reason ?? 'not verified'}`,
  );
}
