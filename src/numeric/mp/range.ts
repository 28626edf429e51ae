/**
 * Results outside the engine's exponent range. A kernel throws {@link ExponentRange};
 * the function table turns an overflow into a `DomainError` ("exp(x) overflows", as the
 * decimal.js functions say) and an underflow into an {@link UnderflowError}, so that a
 * result too small to represent is never mistaken for an exact 0.
 *
 * @module
 */
import { DomainError, GradproofError } from '../../errors.js';

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

/**
 * A value beyond the engine's exponent range on the way: an intermediate overflow
 * (e^(1e16), which decimal.js still holds), or a variable beyond about 1e±1.3e15. It is a
 * `DomainError` with the message of `numeric/compile.ts`, so a caller that only knows
 * domain errors sees one; the callers that pick an engine (`numeric/engines.ts`) evaluate
 * such a point with the decimal.js engine instead, whose range is 1e±9e15 and which lets
 * an overflow to ∞ become 0 by division (1/(1 + e^(1e17))).
 *
 * @example
 * ```ts
 * try { compileMp(parse('1/(1+e^z)'))(30, { z: new Decimal('1e17') }); } catch (e) { e instanceof BeyondRange; } // true
 * ```
 */
export class BeyondRange extends DomainError {
  constructor(message = 'the value overflows (beyond 1e9000000000000000)') {
    super(message);
    this.name = 'BeyondRange';
  }
}
