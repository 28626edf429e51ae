/**
 * The bridge to the computer algebra system (nerdamer-prime): the only module of
 * gradproof that imports it. Everything goes through the CAS's *string* route
 * (`nerdamer('diff(…)')`), never its API wrappers, which convert e and π to float64
 * fractions. Before the text reaches the CAS:
 * - every literal becomes an exact rational `(p/q)` (the CAS keeps big rationals exact,
 *   but rounds long decimals to float64);
 * - every variable is renamed to a private symbol (no clash with the CAS's `i`, `E`, …);
 * - functions the CAS gets wrong are rewritten: `erfc(u)` → `1 − erf(u)` (its derivative
 *   of `erfc` is wrong), `cbrt(u)` → `u^(1/3)` (not differentiated), `log10(u)` →
 *   `log(u)/log(10)`.
 * - a catalogue activation (symbolic/registry.ts) the CAS does not know (it would read
 *   `relu(x)` as the product relu·x): to differentiate, a smooth one becomes its formula
 *   (`sigmoid(u)` → `1/(1 + e^(−u))`, `sigmoid'(u)` → the catalogue's derived derivative),
 *   and a piecewise one is refused, as the CAS has no piecewise support; to simplify, every
 *   call is an opaque symbol, put back in the answer (to prove an identity, smooth calls
 *   become their formulas and piecewise ones opaque symbols).
 * The answer is parsed back with gradproof's own parser; anything it cannot read
 * (an unevaluated `diff(…)`, an unknown function) is a {@link CasFailure}.
 *
 * The CAS's own bound is a wall-clock timeout; gradproof runs every call on a virtual
 * clock instead (see `run`), so the bound is a budget of steps ({@link CAS_STEPS}) and
 * the same input gives the same answer on every machine and under any load.
 * Results are untrusted until the numeric layer has checked them.
 *
 * @module
 */
// the full build, loaded on first use (src/load/cas.node.ts; a static import in bundles)
import { nerdamerModule } from '#load/cas';
import { CasTimeoutError, GradproofError } from '../errors.js';
import { identityForm } from './identity-form.js';
import { rationalIdentity } from './rational-zero.js';
import { parse } from './parse.js';
import { catalogueCall, expandCatalogueCall } from './registry.js';
import { type Expr, format, substitute } from './tree.js';

/**
 * Step budgets of the CAS calls (check points of its virtual clock, see the module comment):
 * deterministic bounds, measured to leave every derivation of the catalogue and the claims
 * well inside them (`diff` of the whole catalogue needs at most a few hundred steps).
 *
 * @example
 * ```ts
 * casDiff(parse('x^2'), 'x', 1, CAS_STEPS.diff);
 * ```
 */
export const CAS_STEPS = Object.freeze({
  /** One derivative. */
  diff: 20_000,
  /** One simplification. */
  simplify: 20_000,
  /** One attempt to reduce a − b to 0. */
  identity: 25_000,
});

/** The CAS answered, but with something gradproof cannot use (unevaluated, unknown function). */
export class CasFailure extends GradproofError {
  constructor(message: string) {
    super('cas', message);
    this.name = 'CasFailure';
  }
}

interface Renaming {
  readonly toCas: Map<string, string>;
  readonly fromCas: Map<string, string>;
  /** What catalogue calls become: formulas (`diff`), opaque symbols (`simplify`), or formulas where smooth (`identity`). */
  readonly mode: 'diff' | 'simplify' | 'identity';
  /** The opaque symbols standing for catalogue calls, by the call's text. */
  readonly atoms: Map<string, { readonly name: string; readonly call: Expr }>;
}

function decimalToRational(value: string): string {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
  if (!m) throw new CasFailure(`cannot convert literal ${value}`);
  const intPart = m[1] ?? '';
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  const digits = `${intPart}${frac}`.replace(/^0+(?=\d)/, '') || '0';
  if (Math.abs(exp) > 4000) throw new CasFailure(`literal ${value} is too large for the CAS`);
  if (exp >= 0) return `(${digits}${'0'.repeat(exp)})`;
  return `(${digits}/1${'0'.repeat(-exp)})`;
}

function toCasText(e: Expr, r: Renaming): string {
  switch (e.kind) {
    case 'num':
      return decimalToRational(e.value);
    case 'const':
      return e.name;
    case 'var': {
      let name = r.toCas.get(e.name);
      if (!name) {
        name = `gpv${r.toCas.size}`;
        r.toCas.set(e.name, name);
        r.fromCas.set(name, e.name);
      }
      return name;
    }
    case 'neg':
      return `(-${toCasText(e.arg, r)})`;
    case 'call': {
      const catalogue = catalogueCall(e);
      if (catalogue) {
        const smooth = catalogue.fn.intervals.length === 1;
        if (smooth && r.mode !== 'simplify') return `(${toCasText(expandCatalogueCall(catalogue).pieces[0]!, r)})`;
        if (r.mode === 'diff') throw new CasFailure(`piecewise function ${catalogue.fn.name}: the CAS has no piecewise support`);
        const key = format(e);
        let atom = r.atoms.get(key);
        if (!atom) {
          atom = { name: `gpa${r.atoms.size}`, call: e };
          r.atoms.set(key, atom);
        }
        return atom.name;
      }
      const args = e.args.map((a) => toCasText(a, r));
      if (e.fn === 'erfc') return `(1-erf(${args[0]}))`;
      if (e.fn === 'cbrt') return `((${args[0]})^(1/3))`;
      if (e.fn === 'log10') return `(log(${args[0]})/log(10))`;
      return `${e.fn}(${args.join(',')})`;
    }
    default: {
      const op = { add: '+', sub: '-', mul: '*', div: '/', pow: '^' }[e.kind];
      return `(${toCasText(e.left, r)}${op}${toCasText(e.right, r)})`;
    }
  }
}

function fromCasText(text: string, r: Renaming): Expr {
  if (/\bdiff\(|Infinity|\bi\b|NaN/.test(text)) throw new CasFailure(`the CAS returned ${text}`);
  let tree: Expr;
  try {
    tree = parse(text);
  } catch (err) {
    throw new CasFailure(`the CAS returned ${text}, which gradproof cannot read (${(err as Error).message})`);
  }
  // the private names back to the variables and catalogue calls they stand for, all at once
  const back: Record<string, Expr> = Object.create(null);
  for (const [name, original] of r.fromCas) back[name] = { kind: 'var', name: original };
  for (const atom of r.atoms.values()) back[atom.name] = atom.call;
  return substitute(tree, back);
}

/**
 * The CAS and its global settings as loaded, on the first call that needs the CAS (its
 * ~0.5 MB would otherwise cost every `import('gradproof')`, and evaluate, a plot or the
 * network engine never need it). Its `block()` flips a setting (PARSE2NUMBER) for the
 * length of a call and restores it without try/finally, so a timeout thrown inside leaves
 * the CAS turning e and π into float64 fractions for every later call. Every call here
 * therefore ends by restoring these settings, recorded when the CAS loads, before its
 * first call.
 */
let loaded: { nerdamer: ReturnType<typeof nerdamerModule>; settings: Record<string, unknown>; flags: Record<string, unknown> } | undefined;

function cas(): ReturnType<typeof nerdamerModule> {
  if (!loaded) {
    const nerdamer = nerdamerModule();
    const settings = (nerdamer as unknown as { getCore(): { Settings: Record<string, unknown> } }).getCore().Settings;
    // the flags a block() may flip (the CAS's own list of block-able settings, all booleans)
    const flags = Object.fromEntries(
      Object.entries(settings).filter(([key, value]) => typeof value === 'boolean' && Object.getOwnPropertyDescriptor(settings, key)?.writable),
    );
    loaded = { nerdamer, settings, flags };
  }
  return loaded.nerdamer;
}

function restoreSettings(): void {
  if (!loaded) return;
  const { settings, flags } = loaded;
  for (const [key, value] of Object.entries(flags)) if (settings[key] !== value) settings[key] = value;
}

/**
 * The CAS's own bound is a wall-clock timeout: it compares `Date.now()` with the start
 * time at its check points. A bound on time makes results depend on the machine's load,
 * so gradproof runs every CAS call on a virtual clock instead: while the call runs,
 * `Date.now()` returns a counter that advances by one at each of the CAS's checks. The
 * CAS's `TIMEOUT` then counts check points — a budget of steps, the same on every
 * machine — and the same input always gives the same answer or the same refusal.
 * (The call is synchronous, so nothing else observes the substituted clock.)
 */
function run<T>(task: string, steps: number, body: () => T): T {
  const nerdamer = cas(); // loaded (on first use) before the clock is substituted
  const realNow = Date.now;
  let tick = 0;
  nerdamer.set('TIMEOUT', steps);
  Date.now = () => ++tick;
  try {
    return body();
  } catch (err) {
    if (err instanceof GradproofError) throw err;
    const message = (err as Error)?.message ?? String(err);
    if (/timeout/i.test(message)) throw new CasTimeoutError(task, steps);
    throw new CasFailure(`the CAS failed on ${task}: ${message}`);
  } finally {
    Date.now = realNow;
    restoreSettings();
    nerdamer.flush();
  }
}

function simplified(text: string): string {
  const parsed = cas()(text);
  if (!parsed.simplify) throw new CasFailure('this CAS build has no simplify');
  return parsed.simplify().toString();
}

function newRenaming(mode: Renaming['mode']): Renaming {
  return { toCas: new Map(), fromCas: new Map(), mode, atoms: new Map() };
}

/**
 * Asks the CAS for the `order`-th partial derivative of `e` with respect to `wrt`.
 * The answer is *unchecked*: {@link derive} checks it before use.
 *
 * @example
 * ```ts
 * casDiff(parse('log(1+e^x)'), 'x'); // tree of (1+e^x)^(-1)*e^x
 * ```
 */
export function casDiff(e: Expr, wrt: string, order = 1, steps: number = CAS_STEPS.diff): { tree: Expr; raw: string } {
  const r = newRenaming('diff');
  const text = toCasText(e, r);
  const w = r.toCas.get(wrt);
  if (!w) return { tree: { kind: 'num', value: '0' }, raw: '0' };
  const raw = run(`diff(${wrt})`, steps, () => cas()(`diff(${text},${w},${order})`).toString());
  return { tree: fromCasText(raw, r), raw: raw.replace(/\bgpv\d+\b/g, (name) => r.fromCas.get(name) ?? name) };
}

/**
 * Asks the CAS to simplify `e` within a budget of `steps`. Returns `undefined` when the CAS
 * runs out of steps or answers something unreadable: a failed simplification is "no
 * simplification", never an error. The answer is *unchecked*.
 *
 * @example
 * ```ts
 * casSimplify(parse('x*(1+x)^(-1) + (1+x)^(-1)')); // tree of 1
 * ```
 */
export function casSimplify(e: Expr, steps: number = CAS_STEPS.simplify): Expr | undefined {
  const r = newRenaming('simplify');
  try {
    const text = toCasText(e, r);
    const raw = run('simplify', steps, () => simplified(text));
    return fromCasText(raw, r);
  } catch (err) {
    if (err instanceof CasTimeoutError || err instanceof CasFailure) return undefined;
    throw err;
  }
}

/**
 * Whether `a − b` reduces to 0 symbolically: in exponential-rational form as an identity of
 * rational functions, by exact polynomial arithmetic (symbolic/rational-zero.ts), or by the
 * CAS (with `simplify`, within a budget of `steps`), asked first in exponential-rational form (hyperbolic functions and exponentials as powers of
 * new symbols, symbolic/identity-form.ts: `tanh(x) ≡ (e^x − e^(−x))/(e^x + e^(−x))` is settled there),
 * then as written. `false` means "not shown", not "different".
 *
 * @example
 * ```ts
 * casProvesEqual(parse('(x+1)^2'), parse('x^2+2*x+1')); // true
 * ```
 */
export function casProvesEqual(a: Expr, b: Expr, steps: number = CAS_STEPS.identity): boolean {
  // the exponential-rational form first (symbolic/identity-form.ts): settled exactly as
  // rational functions where it is one (symbolic/rational-zero.ts), else by the CAS; then the
  // question as written, by the CAS
  const rewritten = identityForm(a, b);
  const [x, y] = rewritten ?? [a, b];
  if (rationalIdentity(x, y)) return true;
  return (rewritten !== undefined && reducesToZero(x, y, steps)) || reducesToZero(a, b, steps);
}

/** Whether the CAS reduces `a − b` to the literal 0 within `steps`. */
function reducesToZero(a: Expr, b: Expr, steps: number): boolean {
  const r = newRenaming('identity');
  try {
    const text = `(${toCasText(a, r)})-(${toCasText(b, r)})`;
    return run('identity', steps, () => {
      const direct = cas()(text).toString();
      if (direct === '0') return true;
      return simplified(text) === '0' || cas()(`expand(${text})`).toString() === '0';
    });
  } catch (err) {
    if (err instanceof CasTimeoutError || err instanceof CasFailure) return false;
    throw err;
  }
}
