/**
 * `gradproof diff "<expression>" [--wrt x] [--order 1] [--at x=0.3,y=1.5] [--digits 50] [--steps] [--json]`
 *
 * @module
 */
import { DomainError, GradproofError, InputError } from '../errors.js';
import { compile } from '../numeric/compile.js';
import { type Evaluation, evaluate, evaluateClosure, toEnv } from '../numeric/evaluate.js';
import { derive } from '../verify/derive.js';
import { parse } from '../symbolic/parse.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, variables } from '../symbolic/tree.js';
import { verifyDerivative } from '../verify/derivative.js';
import { formatSteps } from '../derivation/format.js';
import { derivationSteps } from '../derivation/generic.js';
import { verifiedReadable } from '../derivation/readable.js';
import { COMMON_OPTIONS, digitsOption, integerOption, parseCommand, pointOption, print } from './args.js';

export const usage = `gradproof diff "<expression>" [--wrt x] [--order n] [--at x=0.3,y=1.5] [--digits 50] [--points 12] [--steps] [--json]

Differentiates with the CAS, checks the result against finite differences at seeded
points (and at --at), and prints the derivative, the form a teacher writes (checked
equal to it), its TeX, the values at --at to the requested digits, and the verdict.
--steps prints the derivation step by step, every step checked. Exit code 0 when
verified, 1 when not, 2 on bad input.`;

/** A value as printed: its digits, or the bound below which a value too small to resolve lies. */
function shown(e: Evaluation): string {
  return e.zeroBound ? `< ${e.zeroBound} in absolute value (0 to every digit the working precision reaches)` : e.value;
}

/**
 * The printed value (BigInt engine) held against the decimal.js engine's evaluation of the
 * same formula at the same point (numeric/engines.ts): both are correctly rounded to the
 * digits asked for, so they are equal unless one engine is wrong. Returns what is wrong, or
 * undefined.
 */
function crossCheck(what: string, tree: Expr, at: Readonly<Record<string, string>>, needed: readonly string[], printed: Evaluation, digits: number): string | undefined {
  let other: Evaluation;
  try {
    other = evaluateClosure(compile(tree), toEnv(at, needed), digits);
  } catch (err) {
    if (err instanceof DomainError || (err instanceof GradproofError && err.code === 'precision')) return `the decimal.js engine could not evaluate the ${what} there (${err.message})`;
    throw err;
  }
  const below = (x: Evaluation, bound: string) => x.decimal.abs().lt(bound);
  const consistent =
    printed.zeroBound || other.zeroBound
      ? (printed.zeroBound !== undefined && other.zeroBound !== undefined) || (printed.zeroBound !== undefined && below(other, printed.zeroBound)) || (other.zeroBound !== undefined && below(printed, other.zeroBound))
      : printed.decimal.toSignificantDigits(digits).eq(other.decimal.toSignificantDigits(digits));
  return consistent ? undefined : `the ${what} printed (BigInt engine) is ${shown(printed)}, the decimal.js engine gives ${shown(other)}`;
}

/** Runs `gradproof diff`; returns the exit code. */
export function runDiff(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    wrt: { type: 'string' },
    order: { type: 'string' },
    at: { type: 'string' },
    digits: { type: 'string' },
    points: { type: 'string' },
    steps: { type: 'boolean', default: false },
  });
  if (values.help) {
    print(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(`diff takes one expression in quotes, got ${positionals.length} arguments`);
  const text = positionals[0]!;
  const digits = digitsOption(values.digits);
  const tree = parse(text);
  const vars = variables(tree);
  const wrt = values.wrt ?? (vars.length === 1 ? vars[0]! : vars.includes('x') ? 'x' : undefined);
  if (!wrt) throw new InputError(`the expression has ${vars.length ? `variables ${vars.join(', ')}` : 'no variables'}: say which with --wrt`);
  const order = integerOption(values.order, 'order', 1, 1, 8);
  const points = integerOption(values.points, 'points', 12, 0, 1000);
  const at = values.at === undefined ? undefined : pointOption(values.at);
  const needed = [...new Set([...vars, wrt])];
  if (at) {
    for (const name of Object.keys(at)) {
      if (!needed.includes(name)) throw new InputError(`--at names "${name}", which is not a variable of ${text} (it has ${needed.join(', ')})`);
    }
    const missing = needed.filter((n) => !(n in at));
    if (missing.length) throw new InputError(`--at gives no value for ${missing.join(', ')}`);
  }
  const derivation = derive(tree, wrt, { order });
  const verdict = verifyDerivative(tree, wrt, { digits, order, points, derivation, ...(at ? { at: [at] } : {}) });
  // the form a teacher writes, shown only when the verify layer confirms it equal to the derivative
  const readable = verifiedReadable(derivation.expr);
  const confirmed = readable.check.status === 'proved' || readable.check.status === 'verified';
  const steps = values.steps ? (order === 1 ? derivationSteps(tree, wrt) : undefined) : undefined;
  if (values.steps && order !== 1) throw new InputError('--steps shows first derivatives: drop --order or --steps');
  const stepsRefuted = steps?.some((st) => st.check.status === 'refuted') ?? false;
  const named = at ? verdict.checks.find((c) => c.named) : undefined;
  const value = at ? evaluate(tree, at, { digits }) : undefined;
  const derivativeValue = at && named?.differentiableAt !== false ? evaluate(derivation.expr, at, { digits }) : undefined;
  const singular = named?.singularity;
  // the printed values, computed by the BigInt engine, are checked by the decimal.js engine
  const engines = at
    ? [value ? crossCheck('value', tree, at, needed, value, digits) : undefined, derivativeValue ? crossCheck('derivative', derivation.expr, at, needed, derivativeValue, digits) : undefined].filter((x) => x !== undefined)
    : [];
  const holds = verdict.holds && engines.length === 0;
  const result = {
    expr: format(tree),
    wrt,
    order,
    derivative: format(derivation.expr),
    tex: toTex(derivation.expr),
    readable: { text: readable.text, tex: readable.tex, check: readable.check },
    ...(steps ? { steps: JSON.parse(formatSteps(steps, 'json')) as unknown } : {}),
    source: derivation.source,
    ...(derivation.casIssue ? { casIssue: derivation.casIssue } : {}),
    at: at ?? null,
    digits,
    value: value?.value ?? null,
    ...(value?.zeroBound ? { valueZeroBound: value.zeroBound } : {}),
    derivativeValue: derivativeValue?.value ?? null,
    ...(derivativeValue?.zeroBound ? { derivativeZeroBound: derivativeValue.zeroBound } : {}),
    ...(at ? { differentiableAt: named?.differentiableAt ?? true } : {}),
    ...(singular
      ? {
          kink: {
            shape: singular.shape,
            left: singular.left ?? null,
            right: singular.right ?? null,
            jump: singular.shape === 'jump',
            ...(singular.limits ? { limits: singular.limits } : {}),
          },
          convention: singular.convention ?? null,
        }
      : {}),
    verified: holds,
    ...(engines.length ? { enginesDisagree: engines } : {}),
    status: verdict.status,
    digitsAgreed: verdict.digitsAgreed,
    summary: verdict.summary,
    verdict,
  };
  if (values.json) {
    print(JSON.stringify(result, null, 2));
  } else {
    const prime = order === 1 ? '' : `^${order}`;
    print(`d${prime}/d${wrt}${prime} ${result.expr}`);
    print(`  = ${result.derivative}`);
    if (confirmed && readable.text !== result.derivative) {
      const how = readable.check.summary.startsWith(readable.check.status) ? readable.check.summary : `${readable.check.status}: ${readable.check.summary}`;
      print(`  = ${readable.text}   (${how})`);
    }
    print(`  TeX: ${confirmed ? readable.tex : result.tex}`);
    print(`  derived by: ${derivation.source === 'cas' ? 'the CAS (confirmed by gradproof’s own rules)' : 'gradproof’s rules'}`);
    if (derivation.casIssue) print(`  note: ${derivation.casIssue}`);
    if (steps) {
      print('step by step:');
      for (const line of formatSteps(steps, 'text').split('\n')) print(`  ${line}`);
    }
    if (at) {
      const where = Object.entries(at)
        .map(([k, x]) => `${k}=${x}`)
        .join(', ');
      print(`at ${where} (${digits} significant digits):`);
      print(`  value      ${shown(value!)}`);
      if (singular && named?.note) {
        print(`  derivative none: ${named.note.replace(/; the derivative formula.*$/, '')}`);
        print(`  convention ${singular.convention === undefined ? 'none (the derivative formula is undefined there)' : `${singular.convention} (the value the derivative formula gives there${singular.conventionIs === 'between' || singular.conventionIs === 'left' || singular.conventionIs === 'right' ? `, ${singular.conventionIs === 'between' ? 'between' : `equal to the ${singular.conventionIs}`} one-sided slope${singular.conventionIs === 'between' ? 's' : ''}` : ''})`}`);
      } else {
        print(`  derivative ${derivativeValue ? shown(derivativeValue) : 'none'}`);
      }
    }
    const regular = verdict.checks.filter((c) => c.differentiableAt);
    const zeros = regular.filter((c) => c.status === 'zero');
    const line = verdict.holds
      ? `finite differences agree to ${digits} of ${digits} digits at ${regular.length} point${regular.length === 1 ? '' : 's'}${zeros.length ? ` (at ${zeros.length} of them the derivative is 0 within ${zeros[0]!.zeroBound})` : ''}`
      : verdict.summary;
    print(`${verdict.holds ? 'verified' : verdict.status === 'refuted' ? 'REFUTED' : 'NOT verified'}: ${line}`);
    if (verdict.counterexample) print(`  counterexample: ${verdict.counterexample.text}`);
    else if (verdict.reason && !verdict.holds) print(`  reason: ${verdict.reason}`);
    for (const e of engines) print(`NOT verified: ${e}`);
  }
  return holds && !stepsRefuted ? 0 : 1;
}
