/**
 * The calculus verdicts as plain text, as the `gradproof grad | jacobian | hessian |
 * critical | descend` commands print them.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import type { Verdict } from '../verify/verdict.js';
import type { NamedCheck } from './adapter.js';
import type { CriticalVerdict } from './critical.js';
import type { DescentVerdict } from './descend.js';
import type { GradientVerdict } from './gradient.js';
import type { HessianVerdict } from './hessian.js';
import type { JacobianVerdict } from './jacobian.js';
import type { PartialReport } from './verdict.js';

const where = (at: Readonly<Record<string, string>>): string =>
  Object.entries(at)
    .map(([k, x]) => `${k}=${x}`)
    .join(', ');

const derivedBy = (p: PartialReport): string =>
  p.source === 'cas'
    ? 'the CAS (confirmed by gradproof’s own rules)'
    : 'gradproof’s rules';

function partialLines(name: string, p: PartialReport): string[] {
  const lines = [
    `${name} = ${p.derivative}`,
    `    TeX: ${p.tex}`,
    `    derived by: ${derivedBy(p)}`,
  ];
  if (p.casIssue) lines.push(`    note: ${p.casIssue}`);
  lines.push(
    `    ${p.check.holds ? 'checked' : 'CHECK FAILED'}: ${p.check.summary}`,
  );
  if (p.check.counterexample)
    lines.push(`    counterexample: ${p.check.counterexample.text}`);
  return lines;
}

function closing(v: Verdict): string {
  const word =
    v.status === 'refuted'
      ? 'REFUTED'
      : v.status === 'inconclusive'
        ? 'INCONCLUSIVE'
        : v.status;
  return `${word}: ${v.summary}${v.reason ? ` (${v.reason})` : ''}`;
}

/**
 * `gradproof grad`'s text.
 *
 * @example
 * ```ts
 * gradientText(gradient('x^2*y', { at: { x: '1', y: '2' }, digits: 10 }));
 * ```
 */
export function gradientText(v: GradientVerdict): string {
  const out = [`∇ ${v.expr}   with respect to (${v.wrt.join(', ')})`];
  v.partials.forEach((p, i) => {
    out.push(...partialLines(`∂f/∂${v.wrt[i]}`, p));
  });
  if (v.at) {
    out.push(`at ${where(v.at)} (${v.digits} significant digits):`);
    out.push(`  f        ${v.value}`);
    v.partials.forEach((p, i) => {
      out.push(`  ${`∂f/∂${v.wrt[i]}`.padEnd(8)} ${p.value}`);
    });
    out.push(`  |∇f|     ${v.norm}`);
    out.push(
      v.direction
        ? `  ∇f/|∇f|  (${v.direction.join(', ')})`
        : '  ∇f/|∇f|  none: the gradient is 0 here',
    );
  }
  out.push(closing(v));
  return out.join('\n');
}

/**
 * `gradproof jacobian`'s text.
 *
 * @example
 * ```ts
 * jacobianText(jacobian(['x*y', 'x + y']));
 * ```
 */
export function jacobianText(v: JacobianVerdict): string {
  const out = [
    `Jacobian of (${v.exprs.join('; ')})   with respect to (${v.wrt.join(', ')})`,
  ];
  for (const [i, row] of v.entries.entries()) {
    for (const [j, e] of row.entries()) out.push(...partialLines(`∂f${i + 1}/∂${v.wrt[j]}`, e));
  }
  if (v.at && v.values) {
    out.push(`at ${where(v.at)} (${v.digits} significant digits):`);
    v.values.forEach((row, i) => {
      out.push(`  row ${i + 1}: [${row.join(', ')}]`);
    });
  }
  out.push(closing(v));
  return out.join('\n');
}

/**
 * `gradproof hessian`'s text.
 *
 * @example
 * ```ts
 * hessianText(hessian('x^2 - y^2', { at: { x: '0', y: '0' } }));
 * ```
 */
export function hessianText(v: HessianVerdict): string {
  const out = [`Hessian of ${v.expr}   with respect to (${v.wrt.join(', ')})`];
  v.gradient.forEach((p, i) => {
    out.push(...partialLines(`∂f/∂${v.wrt[i]}`, p));
  });
  for (const [i, row] of v.entries.entries()) {
    for (const [j, e] of row.entries()) {
      const name = i === j ? `∂²f/∂${v.wrt[i]}²` : `∂²f/∂${v.wrt[i]}∂${v.wrt[j]}`;
      // second partials are checked against finite differences of the first partial
      out.push(...partialLines(name, e).map((l) => (l.startsWith('    checked') ? l.replace('finite differences', `finite differences of ∂f/∂${v.wrt[i]}`) : l)));
    }
  }
  for (const s of v.symmetry)
    out.push(
      `symmetry ∂²f/∂${s.pair[0]}∂${s.pair[1]} = ∂²f/∂${s.pair[1]}∂${s.pair[0]}: ${s.check.summary}`,
    );
  if (v.at && v.values) {
    out.push(`at ${where(v.at)} (${v.digits} significant digits):`);
    v.values.forEach((row) => {
      out.push(`  [${row.join(', ')}]`);
    });
    out.push('eigenvalues (ascending; each digit certified):');
    v.eigenvalues?.forEach((e, i) => {
      out.push(
        `  λ${i + 1} = ${e.value}${e.value === '0' ? (e.radius === '0' ? ' (exactly)' : ` (|λ| ≤ ${e.radius})`) : e.correct < v.digits ? ` (${e.correct} digits certified)` : ''}`,
      );
    });
    if (v.eigenMethod) out.push(`  method: ${v.eigenMethod}`);
  } else if (v.at) {
    out.push('eigenvalues: not computed (the Hessian is not symmetric here)');
  }
  out.push(closing(v));
  return out.join('\n');
}

/** ∇f at a critical point's printed coordinates, as held against finite differences of f. */
function gradientCheckText(checks: readonly NamedCheck[], digits: number): string {
  const part = (c: NamedCheck): string =>
    c.status === 'zero' ? `0 within ${c.zeroBound}` : c.derivative === '0' ? '0' : /^-?\d/.test(c.derivative) ? new Decimal(c.derivative).toSignificantDigits(3).toExponential() : c.derivative;
  const held = checks.every((c) => c.ok) ? `held against finite differences of f: all ${digits} digits agree` : `NOT confirmed by finite differences of f (${checks.map((c) => c.note ?? c.status).join('; ')})`;
  return `∇f at the printed coordinates: (${checks.map(part).join(', ')}), ${held}`;
}

/**
 * `gradproof critical`'s text.
 *
 * @example
 * ```ts
 * criticalText(criticalPoints('x^2 - y^2'));
 * ```
 */
export function criticalText(v: CriticalVerdict): string {
  const out = [`critical points of ${v.expr} in ${v.region}`];
  v.critical.forEach((p, i) => {
    out.push(
      `${i + 1}. ${p.kind}${p.degenerate ? ' (degenerate)' : ''} at ${where(p.exact ?? p.at)}`,
    );
    if (p.exact && Object.values(p.exact).some((x) => x.includes('/')))
      out.push(`   = ${where(p.at)}`);
    if (p.certainty === 'enclosed')
      out.push(`   (${p.correctDigits} significant digits certified)`);
    out.push(`   f = ${p.value}`);
    out.push(`   ${p.evidence}`);
    if (p.note) out.push(`   ${p.note}`);
    if (p.gradientCheck) out.push(`   ${gradientCheckText(p.gradientCheck, v.digits)}`);
  });
  for (const c of v.curves) {
    out.push('a CURVE of critical points (not isolated):');
    for (const s of c.samples) out.push(`   through ${where(s)}`);
    out.push(`   ${c.evidence}`);
  }
  out.push(
    `search: ${v.search.boxes} box${v.search.boxes === 1 ? '' : 'es'} examined by interval arithmetic${v.search.decimal.length ? ` (decimal intervals for ${v.search.decimal.map((p) => `∂${p.includes(',') ? '²' : ''}f/∂${p.split(',').join('∂')}`).join(', ')}: no float64 form)` : ''}, ${v.search.undecided} left undecided${v.search.reason ? ` (${v.search.reason})` : ''}`,
  );
  for (const p of v.gradient)
    if (!p.check.holds) out.push(...partialLines(`∂f/∂${p.path.join('∂')}`, p));
  for (const p of v.hessian.flat())
    if (!p.check.holds)
      out.push(...partialLines(`∂²f/∂${p.path.join('∂')}`, p));
  out.push(closing(v));
  return out.join('\n');
}

/**
 * `gradproof descend`'s text.
 *
 * @example
 * ```ts
 * descentText(descend('(1-w)^2', { from: { w: '3' }, steps: 3 }));
 * ```
 */
export function descentText(v: DescentVerdict): string {
  const out = [
    `gradient descent on ${v.expr}: ${v.optimizer}, η = ${v.lr}, ${v.trace.length - 1} steps (${v.digits} significant digits)`,
  ];
  v.partials.forEach((p, i) => {
    out.push(...partialLines(`∂f/∂${v.wrt[i]}`, p));
  });
  for (const s of v.trace) {
    const dist =
      s.distance !== undefined
        ? `   distance to the nearest critical point ${s.distance} (#${(s.nearest ?? 0) + 1})`
        : '';
    out.push(`step ${s.step}: ${where(s.at)}${s.iterateDigits !== undefined ? `   (only ${s.iterateDigits} digit${s.iterateDigits === 1 ? '' : 's'} of the iterate are certain: the run is sensitive to rounding)` : ''}`);
    out.push(`   f = ${s.value}   ∇f = (${s.gradient.join(', ')})`);
    out.push(`   |∇f| = ${s.norm}${dist}`);
  }
  const c = v.critical;
  if (c) {
    out.push(`critical points in ${c.region}:`);
    c.critical.forEach((p, i) => {
      out.push(`  #${i + 1} ${p.kind} at ${where(p.exact ?? p.at)}`);
    });
    if (c.critical.length === 0) out.push(`  none (${c.summary.split(';')[0]})`);
  } else {
    out.push('critical points: not searched (more than 6 variables)');
  }
  out.push(closing(v));
  return out.join('\n');
}
