/**
 * Results outside the engine's exponent range. A kernel throws {@link ExponentRange};
 * the function table turns an overflow into a `DomainError` ("exp(x) overflows", as the
 * decimal.js functions say) and an underflow into an {@link UnderflowError}, so that a
 * result too small to represent is never mistaken for an exact 0.
 *
 * @module
 */
import { GradproofError } from '../../errors.js';

/**
 * Thrown by a kernel whose result leaves |x| < 2^(2^52) (overflow) or |x| ≥ 2^(−2^52)
 * (underflow). Internal: the function table translates it.
 *
 * @example
 * ```ts
 * throw new ExponentRange('underflow');
 * ```
 */
export class ExponentRange extends Error {
  readonly kind: 'overflow' | 'underflow';
  constructor(kind: 'overflow' | 'underflow') {
    super(kind);
    this.name = 'ExponentRange';
    this.kind = kind;
  }
}

/**
 * A non-zero result below the smallest magnitude the engine represents, about
 * 10^(−1.36e15) (code `underflow`). The value is not 0; it is only too small to hold.
 *
 * @example
 * ```ts
 * try { mpFunction('exp', ['-1e20'], 50); } catch (e) { e instanceof UnderflowError; } // true
 * ```
 */
export class UnderflowError extends GradproofError {
  constructor(what: string) {
    super('underflow', `${what} underflows: it is not 0, but its magnitude is below 2^-4503599627370496 (about 1e-1355718576299610)`);
    this.name = 'UnderflowError';
  }
}
