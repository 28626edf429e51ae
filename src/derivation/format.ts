/**
 * Derivation steps as text, TeX or JSON (`gradproof diff --steps` prints these).
 *
 * @module
 */
import { type DerivationStep, type StepCheck, stepTex } from './step.js';

/**
 * Output formats of {@link formatSteps}.
 *
 * @example
 * ```ts
 * const f: StepsFormat = 'tex';
 * ```
 */
export type StepsFormat = 'text' | 'tex' | 'json';

/** The verdict of a step in a few words: never "verified" unless its check holds. */
export function badgeText(c: StepCheck): string {
  switch (c.status) {
    case 'proved':
      return '✓ proved';
    case 'verified':
      return `✓ verified (${c.digits} digits, ${c.points} point${c.points === 1 ? '' : 's'})`;
    case 'refuted':
      return '✗ REFUTED';
    case 'inconclusive':
      return '? not settled';
    case 'definition':
      return '(not a computation)';
  }
}

const texText = (s: string): string => s.replace(/[\\{}$&#^_%~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/**
 * Formats steps: numbered lines of text (rule, statement, verdict, counterexample), one
 * TeX `aligned` block with the rule and verdict beside each line, or a JSON array.
 *
 * @example
 * ```ts
 * console.log(formatSteps(derivationSteps('x^2*sin(x)', 'x'), 'text'));
 * // 1. power rule and chain rule: d/dx x^2 = 2*x   ✓ proved
 * // …
 * ```
 */
export function formatSteps(steps: readonly DerivationStep[], format: StepsFormat): string {
  if (format === 'json') {
    return JSON.stringify(
      steps.map((s, i) => ({ step: i + 1, rule: s.rule, text: s.text, tex: stepTex(s), ...(s.note ? { note: s.note } : {}), check: s.check })),
      null,
      2,
    );
  }
  if (format === 'tex') {
    const rows = steps.map((s) => `${s.lhsTex} &${s.relation ?? '='} ${s.rhsTex} && \\text{${texText(`${s.rule}: ${badgeText(s.check)}`)}}`);
    return `\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`;
  }
  return steps
    .map((s, i) => {
      const lines = [`${i + 1}. ${s.rule}: ${s.text}   ${badgeText(s.check)}`];
      if (s.note) lines.push(`   ${s.note}`);
      lines.push(`   ${s.check.summary}`);
      if (s.check.counterexample) lines.push(`   counterexample: ${s.check.counterexample}`);
      return lines.join('\n');
    })
    .join('\n');
}
