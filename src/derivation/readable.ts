/**
 * Readable forms, proved: each candidate form from `symbolic/readable` is checked against
 * the derived derivative as an identity by the verify layer, best candidate first; the
 * first that holds is the one shown. A form whose check fails is never shown.
 *
 * @module
 */
import { derive } from '../verify/derive.js';
import { parse } from '../symbolic/parse.js';
import { readableForms } from '../symbolic/readable.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, treeSize } from '../symbolic/tree.js';
import { type StepCheckOptions, checkStep, type StepCheck } from './step.js';

/**
 * A readable form with the check that it equals the derived form.
 *
 * @example
 * ```ts
 * const r = readableDerivative('log(1 + e^x)', 'x');
 * r.text;         // 'sigmoid(x)'
 * r.check.status; // 'proved' (the CAS settled it) or 'verified' (agrees at 64 points)
 * ```
 */
export interface VerifiedReadable {
  /** The derived form it was checked against. */
  readonly derived: Expr;
  /** The form shown (may use `sigmoid`, `softplus` and the self variable). */
  readonly form: Expr;
  readonly text: string;
  readonly tex: string;
  readonly kind: 'self' | 'named' | 'rational' | 'derived';
  /** The identity check form ≡ derived. */
  readonly check: StepCheck;
}

/**
 * Options of {@link verifiedReadable}.
 *
 * @example
 * ```ts
 * const o: ReadableCheckOptions = { self: { name: 'varphi', expr: parse('tanh(z)') }, fixed: { alpha: '1' } };
 * ```
 */
export interface ReadableCheckOptions extends StepCheckOptions {
  /** Parameters held at these values in the check (an activation's α, β …). */
  readonly fixed?: Readonly<Record<string, string>>;
}

/**
 * The largest derivative (in tree nodes) for which readable forms are tried and proved;
 * beyond it the derived form is shown as it is, and says why.
 *
 * @example
 * ```ts
 * READABLE_MAX_NODES; // 600
 * ```
 */
export const READABLE_MAX_NODES = 600;

/**
 * The most readable form of a derivative that the verify layer confirms equal to it.
 *
 * @example
 * ```ts
 * verifiedReadable(parse('(1 + e^(-z))^(-2)*e^(-z)')).text; // 'sigmoid(z)*(1 - sigmoid(z))'
 * ```
 */
export function verifiedReadable(derived: Expr, options: ReadableCheckOptions = {}): VerifiedReadable {
  const size = treeSize(derived);
  if (size > READABLE_MAX_NODES) {
    // a form this large is read by no teacher, and proving a rewrite of it costs seconds per point
    return asDerived(derived, `no readable form is tried for a derivative of ${size} nodes, more than ${READABLE_MAX_NODES}`);
  }
  const forms = readableForms(derived, options.self ? { self: options.self } : {});
  let last: StepCheck | undefined;
  for (const f of forms.slice(0, 4)) {
    if (format(f.expr) === format(derived)) {
      // the form is the derived tree itself: nothing to prove
      return { derived, form: f.expr, text: format(f.expr), tex: toTex(f.expr), kind: f.kind, check: { status: 'proved', method: 'exact', summary: 'the CAS’s derivative as it is' } };
    }
    const check = checkStep({ kind: 'identity', left: derived, right: f.expr, ...(options.fixed ? { fixed: options.fixed } : {}) }, options);
    if (check.status === 'proved' || check.status === 'verified') {
      return { derived, form: f.expr, text: format(f.expr), tex: toTex(f.expr), kind: f.kind, check };
    }
    last = check;
  }
  // no candidate confirmed: the derived form itself is shown, and says so
  return asDerived(derived, `no readable form was confirmed${last ? `: ${last.summary}` : ''}`);
}

/** The derived form shown as it is, with the reason no readable form is. */
function asDerived(derived: Expr, why: string): VerifiedReadable {
  return { derived, form: derived, text: format(derived), tex: toTex(derived), kind: 'derived', check: { status: 'definition', method: 'none', summary: `the derived form itself (${why})` } };
}

/**
 * Derives and returns the confirmed readable form.
 *
 * @example
 * ```ts
 * readableDerivative('atan(y/x)', 'x').text; // '-(y/(x^2 + y^2))'
 * ```
 */
export function readableDerivative(expr: Expr | string, wrt: string, options: ReadableCheckOptions = {}): VerifiedReadable {
  const e = typeof expr === 'string' ? parse(expr) : expr;
  return verifiedReadable(derive(e, wrt).expr, options);
}
