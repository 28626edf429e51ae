/**
 * Identity checks: is `a ≡ b`? Settled symbolically when the CAS reduces a − b to 0,
 * and always also numerically at ≥ 64 seeded points (a CAS "0" is a claim too). The
 * verdict says which methods agreed.
 *
 * @module
 */
import { DomainError, GradproofError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { checkDigits, evaluateClosure, toDecimal } from '../numeric/evaluate.js';
import { digitsAgreed } from '../numeric/finite.js';
import { samplePoints } from '../numeric/sample.js';
import { casProvesEqual } from '../symbolic/cas.js';
import { parse } from '../symbolic/parse.js';
import { type Expr, format, variables } from '../symbolic/tree.js';

/** One compared point of an identity check. */
export interface IdentityPoint {
  readonly at: Readonly<Record<string, string>>;
  readonly left: string;
  readonly right: string;
  readonly digitsAgreed: number;
}

/** The verdict of {@link checkIdentity}. */
export interface IdentityVerdict {
  readonly kind: 'identity';
  readonly left: string;
  readonly right: string;
  /** True when the two sides agree (symbolically and at every point, or numerically at every point). */
  readonly holds: boolean;
  /** `symbolic`: the CAS reduced a − b to 0 (and no point disagreed); `numeric`: points only; `both`: both. */
  readonly method: 'symbolic' | 'numeric' | 'both';
  /** Whether the CAS reduced a − b to 0. */
  readonly symbolic: boolean;
  readonly digitsRequested: number;
  /** Fewest digits agreed at a compared point. */
  readonly digitsAgreed: number;
  readonly points: number;
  /** The first point where the sides differ. */
  readonly counterexample?: IdentityPoint;
  /** Why the check could not conclude, when it could not. */
  readonly reason?: string;
}

/** Options of {@link checkIdentity}. */
export interface IdentityOptions {
  /** Digits compared at each point (5…1000). Default 30. */
  readonly digits?: number;
  /** Number of seeded points (≥ 64 by default). */
  readonly points?: number;
  readonly seed?: number;
  readonly interval?: readonly [string, string];
  readonly tail?: number;
  /** Share of points drawn log-uniformly out to `tail` (ignoring `interval`). Default 0.3, or 0 when `interval` is given. */
  readonly tailShare?: number;
  /** Variables held fixed at these values (parameters), not sampled. */
  readonly fixed?: Readonly<Record<string, string>>;
  /** Skip the CAS (numeric only). */
  readonly numericOnly?: boolean;
  /** Bound of the CAS's attempt, in ms. Default 400: a slow simplification is "not shown", not a failure. */
  readonly casTimeoutMs?: number;
}

/**
 * Checks the identity `a ≡ b` over the common real domain.
 *
 * @example
 * ```ts
 * checkIdentity('sinh(x)^2 - cosh(x)^2', '-1').holds;                 // true
 * checkIdentity('e^x/(1+e^x)^2', '(1/(1+e^(-x)))*(1-1/(1+e^(-x)))').method; // 'numeric' or 'both'
 * ```
 */
export function checkIdentity(a: Expr | string, b: Expr | string, options: IdentityOptions = {}): IdentityVerdict {
  const digits = checkDigits(options.digits ?? 30);
  const left = typeof a === 'string' ? parse(a) : a;
  const right = typeof b === 'string' ? parse(b) : b;
  const symbolic = options.numericOnly ? false : casProvesEqual(left, right, options.casTimeoutMs ?? 400);
  const vars = [...new Set([...variables(left), ...variables(right)])].sort();
  const ca = compile(left);
  const cb = compile(right);
  const count = options.points ?? 64;
  const envs =
    vars.length === 0
      ? [{}]
      : samplePoints(ca, vars, {
          fixed: Object.fromEntries(Object.entries(options.fixed ?? {}).map(([k, x]) => [k, toDecimal(x, k)])),
          count,
          seed: options.seed ?? 1,
          alsoDefined: [cb],
          ...(options.interval ? { interval: options.interval } : {}),
          ...(options.tail !== undefined ? { tail: options.tail } : {}),
          tailShare: options.tailShare ?? (options.interval ? 0 : 0.3),
        });
  let minAgreed = digits;
  let compared = 0;
  let counterexample: IdentityPoint | undefined;
  for (const env of envs) {
    let va: ReturnType<typeof evaluateClosure>;
    let vb: ReturnType<typeof evaluateClosure>;
    try {
      va = evaluateClosure(ca, env, digits);
      vb = evaluateClosure(cb, env, digits);
    } catch (err) {
      if (err instanceof DomainError) continue;
      if (err instanceof GradproofError && err.code === 'precision') continue;
      throw err;
    }
    compared++;
    const agreed = va.value === vb.value ? digits : digitsAgreed(va.decimal, vb.decimal, digits);
    minAgreed = Math.min(minAgreed, agreed);
    if (agreed < digits - 1 && !counterexample) {
      counterexample = {
        at: Object.fromEntries(Object.entries(env).map(([k, x]) => [k, x.toString()])),
        left: va.value,
        right: vb.value,
        digitsAgreed: agreed,
      };
    }
  }
  const enough = compared >= Math.min(count, vars.length === 0 ? 1 : count) * 0.5 && compared > 0;
  const holds = !counterexample && enough;
  return {
    kind: 'identity',
    left: format(left),
    right: format(right),
    holds,
    method: symbolic ? (compared > 0 ? 'both' : 'symbolic') : 'numeric',
    symbolic,
    digitsRequested: digits,
    digitsAgreed: compared > 0 ? minAgreed : 0,
    points: compared,
    ...(counterexample ? { counterexample } : {}),
    ...(!enough ? { reason: `only ${compared} of ${count} points lay in the common domain` } : {}),
    ...(symbolic && counterexample ? { reason: 'the CAS reduced a − b to 0, but the points contradict it' } : {}),
  };
}
