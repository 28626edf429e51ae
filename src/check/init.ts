/**
 * Statements about weight initialisation: the standard deviation σ (or the variance σ²)
 * of a normal initialiser, or the limit r of a uniform one U(−r, r), as a formula in
 * fan_in, fan_out and fan_avg. The prose around the formula names the distribution
 * ("normal", "uniform") and the family, through the family itself or the activation it
 * is meant for (Glorot/Xavier: sigmoid, tanh; He/Kaiming: ReLU; LeCun: SELU); the
 * variances are the catalogue's ({@link scalingOf}: Var(w) = scale/fan, U(±√(3·scale/fan))).
 * The formula is compared with every family the prose names, for all positive fans; it is
 * refuted only when it matches none of them.
 *
 * @module
 */
import { GradproofError } from '../errors.js';
import { NotUnderstood } from '../latex/mathjson.js';
import { type InitializerName, scalingOf } from '../nn/init.js';
import { parse } from '../symbolic/parse.js';
import { toTex } from '../symbolic/tex.js';
import { type Expr, format, substitute, variables } from '../symbolic/tree.js';
import type { Term } from '../latex/term.js';
import { compareIdentity } from './adapter.js';
import { type JudgeOptions, type LinkResult, pointText } from './link.js';
import { PiecewiseMet } from './pieces.js';
import { type Context, resolve } from './resolve.js';

type Family = 'glorot' | 'he' | 'lecun';
type Quantity = 'std' | 'variance' | 'limit';

/** What the prose around a formula says about initialisation. */
export interface InitProse {
  readonly distribution: 'normal' | 'uniform';
  readonly families: readonly Family[];
}

const FAMILY_WORDS: readonly [Family, RegExp][] = [
  ['glorot', /\b(glorot|xavier|sigmoid|tanh|logistic)\b/i],
  // the bare name only where it names the family (`He →`, `He normal`, `He et al.`), not the pronoun
  ['he', /\b(kaiming|relu)\b|\bHe\b(?=\s*($|[-–→:(,]|et al|init|normal|uniform))/i],
  ['lecun', /\b(lecun|lecan|selu)\b/i],
];

const prose = (line: string): string => line.replace(/\$\$?[^$]*\$\$?/g, ' ');

/**
 * What the prose says about the formula on `line` (1-based): the distribution named on its
 * line (else in its paragraph), and the families its paragraph names (else those named up
 * to 4 lines above, stopping at a heading). `undefined` unless both are named.
 *
 * @example
 * ```ts
 * initProse(['for sigmoid activation fn', '', '- Normal distribution with $\\sigma = 1$'], 3);
 * // { distribution: 'normal', families: ['glorot'] }
 * ```
 */
export function initProse(lines: readonly string[], line: number): InitProse | undefined {
  const at = (n: number): string => lines[n - 1] ?? '';
  const isHeading = (n: number): boolean => /^ {0,3}#{1,6}\s/.test(at(n));
  const paragraph: string[] = [prose(at(line))];
  for (let n = line - 1; n >= 1 && n >= line - 3 && at(n).trim() !== '' && !isHeading(n); n--) paragraph.push(prose(at(n)));
  for (let n = line + 1; n <= lines.length && n <= line + 3 && at(n).trim() !== '' && !isHeading(n); n++) paragraph.push(prose(at(n)));
  const named = (text: string): 'normal' | 'uniform' | undefined => {
    const normal = /\bnormal\b/i.test(text);
    const uniform = /\buniform\b/i.test(text);
    return normal === uniform ? undefined : normal ? 'normal' : 'uniform';
  };
  const distribution = named(paragraph[0]!) ?? named(paragraph.join(' '));
  // a truncated normal's σ carries the truncation's factor (Keras): not judged
  if (!distribution || /truncat/i.test(paragraph.join(' '))) return undefined;
  const familiesIn = (text: string): Family[] => FAMILY_WORDS.filter(([, re]) => re.test(text)).map(([f]) => f);
  // the families the formula's paragraph names; else those named up to 4 lines above
  let families = familiesIn(paragraph.join(' '));
  if (!families.length) {
    const above: string[] = [];
    for (let n = line - 1; n >= 1 && n >= line - 4 && !isHeading(n); n--) above.push(prose(at(n)));
    families = familiesIn(above.join(' '));
  }
  return families.length ? { distribution, families } : undefined;
}

/** σ, σ² or r on the left of a statement about an initialiser. */
function quantityOf(left: Term, distribution: InitProse['distribution']): Quantity | undefined {
  if (distribution === 'normal' && left.t === 'sym' && left.name === 'sigma') return 'std';
  if (distribution === 'normal' && left.t === 'op' && left.op === 'pow' && left.args[0]?.t === 'sym' && left.args[0].name === 'sigma' && left.args[1]?.t === 'num' && left.args[1].value === '2') return 'variance';
  if (distribution === 'uniform' && left.t === 'sym' && left.name === 'r') return 'limit';
  return undefined;
}

const FANS: Readonly<Record<string, Expr>> = {
  fanin: parse('fan_in'),
  fanout: parse('fan_out'),
  fan_avg: parse('(fan_in + fan_out)/2'),
  fanavg: parse('(fan_in + fan_out)/2'),
};

/**
 * Whether a left side could be σ, σ² or r of an initialiser (so that the prose is read).
 *
 * @example
 * ```ts
 * mayStateInit({ t: 'sym', name: 'r' }); // true
 * ```
 */
export function mayStateInit(left: Term): boolean {
  return quantityOf(left, 'normal') !== undefined || quantityOf(left, 'uniform') !== undefined;
}

/**
 * The catalogue's σ, σ² or r of a family, in fan_in and fan_out; for the families scaled by
 * fan_in also the fan_out form (He et al. 2015 derive both, for the forward and the
 * backward pass; frameworks offer both as `mode`).
 */
function references(family: Family, quantity: Quantity): Expr[] {
  const s = scalingOf(`${family}_${quantity === 'limit' ? 'uniform' : 'normal'}` as InitializerName)!;
  const fans = s.mode === 'fan_avg' ? ['((fan_in + fan_out)/2)'] : ['fan_in', 'fan_out'];
  return fans.map((fan) => {
    const variance = `${s.scale}/${fan}`;
    return parse(quantity === 'variance' ? variance : quantity === 'std' ? `sqrt(${variance})` : `sqrt(3*${variance})`);
  });
}

const NAMES: Readonly<Record<Quantity, string>> = { std: 'standard deviation σ', variance: 'variance σ²', limit: 'uniform limit r' };
const LABELS: Readonly<Record<Family, string>> = { glorot: 'Glorot (Xavier)', he: 'He (Kaiming)', lecun: 'LeCun' };

/**
 * Judges `σ = …`, `σ² = …` or `r = …` about an initialiser the prose names, or `undefined`
 * when the statement is not one (then it is judged as any other).
 *
 * @example
 * ```ts
 * judgeInit(termOf('\\sigma'), termOf('1/\\text{fan}_{\\text{avg}}'), { distribution: 'normal', families: ['glorot'] }, ctx, o)?.status; // 'refuted'
 * ```
 */
export function judgeInit(left: Term, right: Term, p: InitProse, ctx: Context, o: JudgeOptions): LinkResult | undefined {
  const quantity = quantityOf(left, p.distribution);
  if (!quantity) return undefined;
  let claimed: Expr;
  try {
    claimed = substitute(resolve(right, ctx, { bound: new Set(), values: false, readings: [], budget: { steps: o.budget } }), FANS);
  } catch (err) {
    if (err instanceof NotUnderstood || err instanceof PiecewiseMet || err instanceof GradproofError) return undefined;
    throw err;
  }
  const free = variables(claimed);
  if (!free.length || free.some((x) => x !== 'fan_in' && x !== 'fan_out')) return undefined;
  const readings = [`${NAMES[quantity]} of a ${p.distribution} initialiser, compared with ${p.families.map((f) => LABELS[f]).join(', ')} (the families the prose names) for fan_in, fan_out in [1, 4096]`];
  const compare = (ref: Expr) => compareIdentity(claimed, ref, { digits: o.digits, points: o.points, seed: o.seed, interval: ['1', '4096'] });
  const compared = p.families.flatMap((f) => references(f, quantity).map((ref) => ({ f, ref, c: compare(ref) })));
  const holding = compared.find((x) => x.c.status === 'proved' || x.c.status === 'verified');
  if (holding) {
    const c = holding.c;
    return { kind: 'identity', status: c.status, method: c.method, digits: o.digits, digitsAgreed: c.digitsAgreed, points: c.points, summary: `${c.status}: the ${LABELS[holding.f]} ${NAMES[quantity]}, ${format(holding.ref)}`, readings };
  }
  if (!compared.every((x) => x.c.status === 'refuted')) return undefined;
  const first = compared[0]!;
  const ce = first.c.counterexample!;
  const where = pointText(ce.at);
  // σ written where the variance is meant (σ = 1/fan_avg)
  const variance = quantity === 'std' ? p.families.find((f) => references(f, 'variance').some((ref) => ['proved', 'verified'].includes(compare(ref).status))) : undefined;
  const note = variance ? `; ${format(claimed)} is the ${LABELS[variance]} variance σ², not σ` : '';
  return {
    kind: 'identity',
    status: 'refuted',
    method: 'numeric',
    digits: o.digits,
    digitsAgreed: first.c.digitsAgreed,
    points: first.c.points,
    summary: `refuted: not the ${NAMES[quantity]} of ${p.families.map((f) => LABELS[f]).join(' or ')} (${compared.map((x) => format(x.ref)).join(' or ')}); ${where}: the formula gives ${ce.left}, ${LABELS[first.f]} ${ce.right}${note}`,
    counterexample: { at: ce.at, claimed: ce.left, reference: ce.right, text: `${where}: the formula gives ${ce.left}, the ${LABELS[first.f]} ${NAMES[quantity]} is ${ce.right}${note}` },
    correction: toTex(first.ref),
    readings,
  };
}
