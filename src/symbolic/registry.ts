/**
 * Functions that expressions may call beyond the elementary ones: the scalar activations
 * of the catalogue (`sigmoid(x)`, `relu(x)*x`, `leaky_relu(x, 0.2)`). symbolic/ knows no
 * activation: each one registers itself here (src/activations/_internals/catalogue.ts does
 * it for the whole catalogue when it is loaded, which the public entry `src/index.ts` and
 * the CLI always do), and the parser, the rules, TeX, the CAS bridge, the compiler and the
 * kink finder consult this table. With only src/symbolic imported, nothing is registered
 * and `relu(x)` is an unknown function.
 *
 * In a tree, a call of a catalogue function is a `call` node whose name is the canonical
 * snake_case name followed by one prime per derivative: `relu(u)` is the function,
 * `relu'(u)` its first derivative (the catalogue's derived one, with its convention at the
 * kinks, ReLU′(0) = 0), `relu''(u)` the second. The first argument is u; the others, when
 * present, are the activation's parameters in their declared order, written as numbers
 * (`leaky_relu(x, 0.2)`); a parameter not given takes its default.
 *
 * @module
 */
import { nameTable } from '../util/table.js';
import { type Expr, sub, substitute } from './tree.js';

/** One end of a piece's interval of z: an expression in the parameters, closed or open. */
export interface CatalogueBound {
  readonly expr: Expr;
  readonly closed: boolean;
}

/** Where one piece applies (a missing end is ±∞). */
export interface CatalogueInterval {
  readonly lo?: CatalogueBound;
  readonly hi?: CatalogueBound;
}

/** A parameter: its name in the formulas and its default as a tree (a literal, or a constant's closed form). */
export interface CatalogueParam {
  readonly name: string;
  readonly default: Expr;
}

/**
 * A function registered for use in expressions.
 *
 * @example
 * ```ts
 * registerCatalogueFunction({ name: 'relu', aliases: ['ReLU'], params: [], intervals: [{ hi: { expr: num(0), closed: true } }, { lo: { expr: num(0), closed: false } }], pieces: (k) => … });
 * ```
 */
export interface CatalogueFunction {
  /** The canonical (snake_case) name, as trees hold it. */
  readonly name: string;
  /** Other names the parser accepts for it (exact spelling). */
  readonly aliases: readonly string[];
  /** When set, the name cannot be called in an expression, and this says why (a vector activation). */
  readonly unavailable?: string;
  /** Parameters, in the order extra arguments give them. */
  readonly params: readonly CatalogueParam[];
  /** The pieces' intervals of z (one interval with no ends for a smooth formula). */
  readonly intervals: readonly CatalogueInterval[];
  /**
   * The formula on each interval of the `order`-th derivative (order 0: the function), in
   * `z` and the parameter names: the registrant's derived derivatives, never typed by hand.
   */
  pieces(order: number): readonly Expr[];
  /** Checks a parameter's value (decimal text): a message when it is out of the declared bounds. */
  checkParam?(name: string, value: string): string | undefined;
}

/** The most primes a name may carry (the catalogue derives up to the 8th derivative). */
export const MAX_PRIMES = 8;

const byName = new Map<string, CatalogueFunction>();
const byAlias = new Map<string, CatalogueFunction>();

/**
 * Adds a function to the table. A name already taken (by an elementary function the
 * caller says is reserved, or by an earlier registration) is an error.
 *
 * @example
 * ```ts
 * registerCatalogueFunction(entry);
 * catalogueFunction('relu')?.name; // 'relu'
 * ```
 */
export function registerCatalogueFunction(f: CatalogueFunction, reserved: (name: string) => boolean = () => false): void {
  for (const n of [f.name, ...f.aliases]) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw new Error(`"${n}" cannot name a function in expressions`);
    if (reserved(n) || byName.has(n) || byAlias.has(n)) throw new Error(`the function name "${n}" is already taken`);
  }
  byName.set(f.name, f);
  for (const a of f.aliases) byAlias.set(a, f);
}

/**
 * The registered function called `name` (its canonical name or an alias), if any.
 *
 * @example
 * ```ts
 * catalogueFunction('LeakyReLU')?.name; // 'leaky_relu'
 * catalogueFunction('toString');        // undefined
 * ```
 */
export function catalogueFunction(name: string): CatalogueFunction | undefined {
  return byName.get(name) ?? byAlias.get(name);
}

/** Every registered name and alias, for "did you mean" hints, mapped to the canonical name. */
export function catalogueNames(): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [n, f] of byName) out[n] = f.name;
  for (const [n, f] of byAlias) out[n] = f.name;
  return nameTable(out);
}

/** A call of a catalogue function, taken apart. */
export interface CatalogueCall {
  readonly fn: CatalogueFunction;
  /** Which derivative (0: the function). */
  readonly order: number;
  /** The argument u. */
  readonly arg: Expr;
  /** Every parameter's value as a tree: the one given, or the default. */
  readonly params: Readonly<Record<string, Expr>>;
}

/**
 * Splits a tree's function name into a registered function and a derivative order:
 * `relu''` → relu, 2. `undefined` for any other name.
 *
 * @example
 * ```ts
 * catalogueName("relu'")?.order; // 1
 * ```
 */
export function catalogueName(fn: string): { readonly fn: CatalogueFunction; readonly order: number } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)('*)$/.exec(fn);
  if (!m) return undefined;
  const f = byName.get(m[1]!);
  if (!f || f.unavailable || m[2]!.length > MAX_PRIMES) return undefined;
  return { fn: f, order: m[2]!.length };
}

/**
 * A call node of a catalogue function, taken apart (`undefined` for any other node).
 *
 * @example
 * ```ts
 * catalogueCall(parse("leaky_relu'(2*x, 0.2)"))?.params.alpha; // the literal 0.2
 * ```
 */
export function catalogueCall(e: Expr): CatalogueCall | undefined {
  if (e.kind !== 'call') return undefined;
  const named = catalogueName(e.fn);
  if (!named || e.args.length < 1 || e.args.length > named.fn.params.length + 1) return undefined;
  const params: Record<string, Expr> = Object.create(null);
  named.fn.params.forEach((p, i) => {
    params[p.name] = e.args[i + 1] ?? p.default;
  });
  return { fn: named.fn, order: named.order, arg: e.args[0]!, params };
}

/** The name of the `order`-th derivative: `relu` + `''`. */
export function primed(name: string, order: number): string {
  return `${name}${"'".repeat(order)}`;
}

/**
 * The call's formula on each piece, with u for z and the parameters' values for their
 * names, and the pieces' intervals in terms of the parameters' values.
 *
 * @example
 * ```ts
 * expandCatalogueCall(catalogueCall(parse('relu(2*x)'))!).pieces.map(format); // ['0', '2*x']
 * ```
 */
export function expandCatalogueCall(c: CatalogueCall): { readonly intervals: readonly CatalogueInterval[]; readonly pieces: readonly Expr[] } {
  const bound = (b: CatalogueBound | undefined): CatalogueBound | undefined => (b ? { expr: substitute(b.expr, c.params), closed: b.closed } : undefined);
  const intervals = c.fn.intervals.map((iv) => {
    const lo = bound(iv.lo);
    const hi = bound(iv.hi);
    return { ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
  });
  const pieces = c.fn.pieces(c.order).map((p) => substitute(p, { ...c.params, z: c.arg }));
  return { intervals, pieces };
}

/**
 * Where the call switches from one piece to the next: u − b for each end b of a piece
 * (every declared kink and jump is such an end). Empty for a smooth formula.
 *
 * @example
 * ```ts
 * catalogueSwitches(catalogueCall(parse('hardshrink(x)'))!).map(format); // ['x - -0.5', 'x - 0.5'] (up to form)
 * ```
 */
export function catalogueSwitches(c: CatalogueCall): Expr[] {
  const seen = new Set<string>();
  const out: Expr[] = [];
  for (const iv of c.fn.intervals) {
    for (const b of [iv.lo, iv.hi]) {
      if (!b) continue;
      const at = substitute(b.expr, c.params);
      const key = JSON.stringify(at);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(sub(c.arg, at));
    }
  }
  return out;
}
