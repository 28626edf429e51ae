/**
 * Seeded sampling of points inside an expression's real domain: candidates are drawn
 * from a mixture (uniform on an interval, plus log-uniform magnitudes out to the far
 * tails) and kept when the expression evaluates there without a domain error (at 30
 * digits, on the engine of the closure given: a {@link FastClosure} for the BigInt
 * engine, a decimal.js closure otherwise).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { DomainError } from '../errors.js';
import type { Closure, Env } from './compile.js';
import { decimalContext } from './context.js';
import type { FastClosure } from './engines.js';
import { SeededRandom } from './random.js';

/** Where to draw sample points. */
export interface SampleOptions {
  /** How many points to return. */
  readonly count: number;
  /** Seed of the generator (same seed ⇒ same points). Default 1. */
  readonly seed?: number;
  /** Interval of the uniform part, as decimal strings. Default ['-4', '4']. */
  readonly interval?: readonly [string, string];
  /** Largest magnitude of the log-uniform tail part. Default 40. */
  readonly tail?: number;
  /** Share of tail draws, 0…1. Default 0.3. */
  readonly tailShare?: number;
  /** Variables held at given values (parameters), not sampled. */
  readonly fixed?: Readonly<Record<string, Decimal>>;
  /** Extra functions that must also be defined at a kept point (e.g. the derivative). */
  readonly alsoDefined?: readonly (Closure | FastClosure)[];
  /**
   * How a drawn point is tested for f's domain: throws {@link DomainError} outside it.
   * Default: f evaluated at 30 digits. A caller that evaluates f at each point anyway
   * passes that evaluation here and keeps what it finds.
   */
  readonly defined?: (env: Env) => void;
}

/**
 * Draws `count` seeded points where `f` (and `alsoDefined`) are defined. Gives up after
 * 40·count candidates and returns what it found.
 *
 * @example
 * ```ts
 * samplePoints(compile(parse('log(x)')), ['x'], { count: 5 }); // five points with x > 0
 * ```
 */
export function samplePoints(f: Closure | FastClosure, vars: readonly string[], options: SampleOptions): Env[] {
  const rng = new SeededRandom(options.seed ?? 1);
  const [lo, hi] = options.interval ?? ['-4', '4'];
  const tail = options.tail ?? 40;
  const tailShare = options.tailShare ?? 0.3;
  const D = decimalContext(30);
  const points: Env[] = [];
  for (let attempt = 0; attempt < 40 * options.count && points.length < options.count; attempt++) {
    const env: Record<string, Decimal> = Object.assign(Object.create(null), options.fixed);
    for (const name of vars) {
      if (options.fixed && Object.hasOwn(options.fixed, name)) continue;
      if (rng.float() < tailShare) {
        // log-uniform magnitude in [1e-3, tail], random sign
        const magnitude = 10 ** (-3 + rng.float() * (3 + Math.log10(tail)));
        const text = magnitude.toPrecision(12);
        env[name] = new Decimal(rng.float() < 0.5 ? `-${text}` : text);
      } else {
        env[name] = new Decimal(rng.decimal(lo, hi));
      }
    }
    try {
      if (options.defined) options.defined(env);
      else definedAt(f, D, env);
      for (const g of options.alsoDefined ?? []) definedAt(g, D, env);
    } catch (err) {
      if (err instanceof DomainError) continue;
      throw err;
    }
    points.push(env);
  }
  return points;
}

/** Evaluates at 30 digits (throwing DomainError outside the domain), on the closure's engine. */
function definedAt(f: Closure | FastClosure, D: ReturnType<typeof decimalContext>, env: Env): void {
  if (typeof f === 'function') f(D, env);
  else f.at(D.precision, env);
}
