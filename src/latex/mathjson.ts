/**
 * MathJSON (the output of `@cortex-js/compute-engine`'s LaTeX parser) → {@link Term}.
 * Only notation with one faithful meaning is converted; everything else throws a
 * {@link NotUnderstood} that names what was met.
 *
 * @module
 */
import { FUNCTION_ALIASES, FUNCTION_ARITY } from '../symbolic/functions.js';
import type { Chain, RelOp, Term } from './term.js';

/** A formula (or part of one) that cannot be read faithfully; `message` says why. */
export class NotUnderstood extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotUnderstood';
  }
}

type MJ = unknown;

const RELATIONS: Readonly<Record<string, RelOp>> = {
  Equal: '=',
  Approx: '≈',
  Less: '<',
  LessEqual: '≤',
  Greater: '>',
  GreaterEqual: '≥',
  NotEqual: '≠',
  Element: '∈',
};

/** MathJSON function heads → gradproof function names. */
const FUNCTIONS: Readonly<Record<string, string>> = {
  Sqrt: 'sqrt',
  Exp: 'exp',
  Ln: 'log',
  Abs: 'abs',
  Sign: 'sign',
  Max: 'max',
  Min: 'min',
  Sin: 'sin',
  Cos: 'cos',
  Tan: 'tan',
  Sec: 'sec',
  Csc: 'csc',
  Cot: 'cot',
  Arcsin: 'asin',
  Arccos: 'acos',
  Arctan: 'atan',
  Sinh: 'sinh',
  Cosh: 'cosh',
  Tanh: 'tanh',
  Sech: 'sech',
  Csch: 'csch',
  Coth: 'coth',
  Arsinh: 'asinh',
  Arcosh: 'acosh',
  Artanh: 'atanh',
  Erf: 'erf',
  Erfc: 'erfc',
  Lg: 'log10',
};

const WHAT: Readonly<Record<string, string>> = {
  OverVector: 'vectors',
  Transpose: 'transposes',
  Limit: 'limits',
  Sum: 'sums',
  Product: 'products over an index',
  Integrate: 'integrals',
  Matrix: 'matrices',
  Set: 'sets',
  MuchGreater: '≫',
  MuchLess: '≪',
  Factorial: 'factorials',
  Mod: 'modular arithmetic',
  Floor: 'floor',
  Ceil: 'ceiling',
  Lb: 'log base 2',
  Subscript: 'a subscript that is not part of a name',
};

const isArr = (x: MJ): x is MJ[] => Array.isArray(x);

/** Unwraps the object forms (`{fn}`, `{sym}`, `{num}`, `{str}`). */
function plain(x: MJ): MJ {
  if (x && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Record<string, unknown>;
    if (Array.isArray(o.fn)) return o.fn;
    if (typeof o.sym === 'string') return o.sym;
    if (typeof o.num === 'string') return { num: o.num };
    if (typeof o.str === 'string') return { str: o.str };
  }
  return x;
}

const head = (x: MJ): string | undefined => {
  const p = plain(x);
  return isArr(p) && typeof p[0] === 'string' ? p[0] : undefined;
};

/** Explains an `["Error", …]` node. */
function errorText(node: MJ[]): string {
  const code = plain(node[1]);
  const codeText = code && typeof code === 'object' && 'str' in code ? String((code as { str: string }).str) : String(code);
  const where = plain(node[2]);
  let latex = '';
  if (isArr(where) && where[0] === 'LatexString') {
    const s = plain(where[1]);
    latex = s && typeof s === 'object' && 'str' in s ? String((s as { str: string }).str) : '';
  }
  if (codeText === "'missing'" || codeText === 'missing') return 'something is missing (an empty group or operand)';
  if (codeText === 'unexpected-command' && latex) return `unknown command ${latex}`;
  if (codeText === 'unexpected-delimiter' && latex) return `unexpected delimiter ${latex}`;
  if (codeText === 'expected-closing-delimiter') return `a group is not closed${latex ? ` (${latex})` : ''}`;
  return `${codeText.replace(/^'|'$/g, '').replace(/-/g, ' ')}${latex ? ` (${latex})` : ''}`;
}

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega',
]);

/** A MathJSON symbol → a gradproof variable name (letters, digits, `_`). */
function symbolName(s: string): string {
  if (s === 'Pi') return 'pi';
  if (s === 'ExponentialE') return 'e';
  if (s === 'PositiveInfinity' || s === 'NegativeInfinity' || s === 'ComplexInfinity') throw new NotUnderstood('∞ outside an interval');
  if (s === 'ImaginaryUnit') throw new NotUnderstood('complex numbers');
  if (s === 'gptext') throw new NotUnderstood('words inside the formula');
  if (s.startsWith("'")) throw new NotUnderstood(`words inside the formula (${s.replace(/'/g, '"')})`);
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(s)) throw new NotUnderstood(`the symbol ${s}`);
  if (s.endsWith('_upright')) throw new NotUnderstood(`the symbol ${s.replace('_upright', '')}`);
  return s;
}

/** A known gradproof function name (with aliases), or undefined. */
export function knownFunction(name: string): string | undefined {
  const canonical = FUNCTION_ALIASES[name] ?? name;
  return canonical in FUNCTION_ARITY ? canonical : undefined;
}

/** The arguments of a parenthesised group: `(a, b)` → [a, b]. */
function groupArgs(node: MJ): MJ[] {
  const p = plain(node);
  if (head(p) === 'Delimiter') {
    const inner = plain((p as MJ[])[1]);
    if (head(inner) === 'Sequence') return (inner as MJ[]).slice(1).filter((a) => plain(a) !== 'Nothing');
    return inner === undefined ? [] : [inner];
  }
  return [p];
}

/** `f(z=10)`: arguments written as `variable = value` become an evaluation point. */
function callWithPoint(make: (args: Term[]) => Term, args: MJ[]): Term {
  const point: Record<string, Term> = {};
  const converted = args.map((a) => {
    const p = plain(a);
    if (head(p) === 'Equal' && (p as MJ[]).length === 3 && typeof plain((p as MJ[])[1]) === 'string') {
      const name = symbolName(plain((p as MJ[])[1]) as string);
      point[name] = convert((p as MJ[])[2]);
      return { t: 'sym', name } as Term;
    }
    return convert(a);
  });
  const call = make(converted);
  return Object.keys(point).length ? { t: 'at', body: call, point } : call;
}

/** A product of the juxtaposed items, with `name (args)` read as a possible application. */
function juxtapose(items: MJ[]): Term {
  const out: Term[] = [];
  for (let i = 0; i < items.length; i++) {
    const cur = plain(items[i]);
    if (head(cur) === 'HorizontalSpacing') continue;
    const next = plain(items[i + 1]);
    if (typeof cur === 'string' && cur !== 'Pi' && cur !== 'ExponentialE' && head(next) === 'Delimiter') {
      const name = symbolName(cur);
      const fn = knownFunction(name);
      const args = groupArgs(next);
      if (name.startsWith('gpderiv_')) {
        // `\frac{\partial \sigma}{\partial z}(z=10)`: the derivative evaluated at the point
        const after = plain(items[i + 2]);
        const point = head(after) === 'Delimiter' && out.length === 0 && i + 3 === items.length ? pointOf(groupArgs(after)) : undefined;
        const d = markerDerivative(name, args);
        out.push(point ? { t: 'at', body: d, point } : d);
        i += point ? 2 : 1;
        continue;
      }
      out.push(callWithPoint((a) => (fn ? { t: 'fn', fn, args: a } : { t: 'juxt', name, args: a }), args));
      i++;
      continue;
    }
    const point = head(next) === 'Delimiter' ? pointOf(groupArgs(next)) : undefined;
    if (point && out.length === 0 && i + 2 === items.length) {
      // `\frac{\partial \sigma}{\partial z}(z=10)`: the expression evaluated at the point
      out.push({ t: 'at', body: convert(cur), point });
      i++;
      continue;
    }
    out.push(convert(cur));
  }
  if (out.length === 0) throw new NotUnderstood('an empty product');
  return out.length === 1 ? out[0]! : { t: 'op', op: 'mul', args: out };
}

/** A group that holds only `variable = value` items, as a point; otherwise undefined. */
function pointOf(items: MJ[]): Record<string, Term> | undefined {
  if (items.length === 0) return undefined;
  const point: Record<string, Term> = {};
  for (const item of items) {
    const e = plain(item);
    if (head(e) !== 'Equal' || (e as MJ[]).length !== 3 || typeof plain((e as MJ[])[1]) !== 'string') return undefined;
    point[symbolName(plain((e as MJ[])[1]) as string)] = convert((e as MJ[])[2]);
  }
  return point;
}

/** `gpderiv_p_1_z(body)` written by the normalizer for `\frac{\partial body}{\partial z}`. */
function markerDerivative(name: string, args: MJ[]): Term {
  const m = /^gpderiv_([pd])_(\d)_(.+)$/.exec(name)!;
  if (args.length !== 1) throw new NotUnderstood('a derivative of a list');
  return derivative(convert(args[0]), symbolName(m[3]!), Number(m[2]), m[1] === 'p');
}

/** A derivative; an evaluation point of its own variable inside the body moves outside. */
function derivative(body: Term, wrt: string, order: number, partial: boolean): Term {
  if (body.t === 'at' && wrt in body.point) return { t: 'at', body: { t: 'deriv', body: body.body, wrt, order, partial }, point: body.point };
  if (body.t === 'deriv' && body.wrt === wrt) return { t: 'deriv', body: body.body, wrt, order: body.order + order, partial };
  return { t: 'deriv', body, wrt, order, partial };
}

function interval(lo: MJ, hi: MJ): Term {
  const end = (x: MJ): { term: Term | null; open: boolean } => {
    let p = plain(x);
    let open = false;
    if (head(p) === 'Open') {
      open = true;
      p = plain((p as MJ[])[1]);
    }
    if (p === 'PositiveInfinity' || p === 'NegativeInfinity') return { term: null, open: true };
    if (head(p) === 'Negate' && plain((p as MJ[])[1]) === 'PositiveInfinity') return { term: null, open: true };
    return { term: convert(p), open };
  };
  const a = end(lo);
  const b = end(hi);
  return { t: 'interval', lo: a.term, hi: b.term, loOpen: a.open, hiOpen: b.open };
}

/**
 * Converts one MathJSON node that is not a relation.
 *
 * @example
 * ```ts
 * convert(['Add', 'x', 1]); // { t: 'op', op: 'add', args: [{ t: 'sym', name: 'x' }, { t: 'num', value: '1' }] }
 * ```
 */
export function convert(node: MJ): Term {
  const p = plain(node);
  if (typeof p === 'number') {
    if (!Number.isFinite(p)) throw new NotUnderstood(`the number ${p}`);
    if (p < 0) return { t: 'op', op: 'neg', args: [{ t: 'num', value: String(-p) }] };
    if (!Number.isSafeInteger(p)) throw new NotUnderstood(`the number ${p} (read as a float)`);
    return { t: 'num', value: String(p) };
  }
  if (typeof p === 'string') return { t: 'sym', name: symbolName(p) };
  if (p && typeof p === 'object' && 'num' in p) {
    const v = String((p as { num: string }).num).replace(/n$/, '');
    if (/^-/.test(v)) return { t: 'op', op: 'neg', args: [{ t: 'num', value: v.slice(1) }] };
    if (!/^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) throw new NotUnderstood(`the number ${v}`);
    return { t: 'num', value: v };
  }
  if (p && typeof p === 'object' && 'str' in p) throw new NotUnderstood(`words inside the formula ("${(p as { str: string }).str}")`);
  if (!isArr(p) || typeof p[0] !== 'string') throw new NotUnderstood('an unreadable part');
  const h = p[0];
  const args = p.slice(1);
  if (h === 'Error') throw new NotUnderstood(errorText(p));
  if (h in RELATIONS) throw new NotUnderstood(`a relation (${RELATIONS[h]}) inside an expression`);
  switch (h) {
    case 'Add':
      return { t: 'op', op: 'add', args: args.map(convert) };
    case 'Subtract':
      return args.length === 1 ? { t: 'op', op: 'neg', args: [convert(args[0])] } : { t: 'op', op: 'sub', args: args.map(convert) };
    case 'Negate':
      return { t: 'op', op: 'neg', args: [convert(args[0])] };
    case 'Multiply':
      return { t: 'op', op: 'mul', args: args.filter((a) => head(a) !== 'HorizontalSpacing').map(convert) };
    case 'InvisibleOperator':
      return juxtapose(args);
    case 'Divide':
      return { t: 'op', op: 'div', args: args.map(convert) };
    case 'Rational':
      return { t: 'op', op: 'div', args: args.map(convert) };
    case 'Half':
      return { t: 'op', op: 'div', args: [convert(args[0]), { t: 'num', value: '2' }] };
    case 'Power':
      return { t: 'op', op: 'pow', args: args.map(convert) };
    case 'Square':
      return { t: 'op', op: 'pow', args: [convert(args[0]), { t: 'num', value: '2' }] };
    case 'Root': {
      const n = plain(args[1]);
      if (n === 3) return { t: 'fn', fn: 'cbrt', args: [convert(args[0])] };
      return { t: 'op', op: 'pow', args: [convert(args[0]), { t: 'op', op: 'div', args: [{ t: 'num', value: '1' }, convert(n)] }] };
    }
    case 'Log':
      if (args.length === 1) return { t: 'fn', fn: 'log', args: [convert(args[0])] };
      if (plain(args[1]) === 10) return { t: 'fn', fn: 'log10', args: [convert(args[0])] };
      throw new NotUnderstood('a logarithm to a base other than e or 10');
    case 'Delimiter': {
      const inner = groupArgs(p);
      if (inner.length !== 1) throw new NotUnderstood('a tuple (a, b) where a single value is expected');
      return convert(inner[0]);
    }
    case 'Annotated':
      return convert(args[0]);
    case 'D': {
      let body = convert(args[0]);
      const vars = args.slice(1).map((a) => {
        const s = plain(a);
        if (typeof s !== 'string') throw new NotUnderstood('a derivative with respect to an expression');
        return symbolName(s);
      });
      if (vars.length === 0) throw new NotUnderstood('a derivative without a variable');
      for (const v of vars) body = derivative(body, v, 1, false);
      return body;
    }
    case 'Apply': {
      const f = plain(args[0]);
      if (head(f) === 'Derivative') {
        const inner = plain((f as MJ[])[1]);
        const order = plain((f as MJ[])[2]) ?? 1;
        if (typeof inner !== 'string' || typeof order !== 'number') throw new NotUnderstood('a derivative of an expression written with a prime');
        const fname = inner.startsWith("'") ? inner.replace(/'/g, '').replace(/\s+/g, '') : (FUNCTIONS[inner] ?? symbolName(inner));
        return callWithPoint((a) => ({ t: 'apply', name: fname, primes: order, args: a }), args.slice(1).flatMap(groupArgs));
      }
      throw new NotUnderstood('an application of an expression');
    }
    case 'Prime': {
      const inner = plain(args[0]);
      const order = plain(args[1]) ?? 1;
      if (typeof inner !== 'string' || typeof order !== 'number') throw new NotUnderstood("a prime on an expression");
      return { t: 'apply', name: symbolName(inner), primes: order, args: [] };
    }
    case 'Subscript': {
      const body = plain(args[0]);
      if (head(body) === 'EvaluateAt') return evaluateAt((body as MJ[])[1], args[1]);
      throw new NotUnderstood(WHAT.Subscript!);
    }
    case 'EvaluateAt':
      throw new NotUnderstood('an evaluation bar without a point');
    case 'OverHat': {
      const s = plain(args[0]);
      if (typeof s === 'string') return { t: 'sym', name: `hat_${symbolName(s)}` };
      throw new NotUnderstood('a hat over an expression');
    }
    case 'Which':
      return cases(args);
    case 'Interval':
      return interval(args[0], args[1]);
    default:
      if (h in FUNCTIONS) return callWithPoint((a) => ({ t: 'fn', fn: FUNCTIONS[h]!, args: a }), args);
      if (h in WHAT) throw new NotUnderstood(`${WHAT[h]} are not checked`.replace('≫ are', '≫ is').replace('≪ are', '≪ is'));
      if (GREEK.has(h)) throw new NotUnderstood(`the symbol ${h}`);
      throw new NotUnderstood(`the notation ${h}`);
  }
}

function evaluateAt(body: MJ, where: MJ): Term {
  const w = plain(where);
  const items = head(w) === 'Sequence' || head(w) === 'Delimiter' ? groupArgs(w) : [w];
  const point: Record<string, Term> = {};
  for (const item of items.flatMap((i) => (head(i) === 'Sequence' ? (plain(i) as MJ[]).slice(1) : [i]))) {
    const e = plain(item);
    if (head(e) !== 'Equal' || typeof plain((e as MJ[])[1]) !== 'string') throw new NotUnderstood('an evaluation bar whose point is not "variable = value"');
    point[symbolName(plain((e as MJ[])[1]) as string)] = convert((e as MJ[])[2]);
  }
  const inner = convert(body);
  return { t: 'at', body: inner, point };
}

function cases(args: MJ[]): Term {
  const pieces: { value: Term; when: Chain }[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const cond = args[i];
    let value = plain(args[i + 1]);
    if (head(value) === 'Delimiter') {
      const inner = groupArgs(value);
      if (inner.length === 1) value = inner[0];
    }
    const chain = toChains(cond);
    if (chain.length !== 1 || chain[0]!.rels.length === 0) throw new NotUnderstood('a case whose condition is not a relation');
    pieces.push({ value: convert(value), when: chain[0]! });
  }
  if (pieces.length === 0) throw new NotUnderstood('an empty cases environment');
  return { t: 'cases', pieces };
}

/** The terms and relations of a (possibly nested) relation node. */
function flatten(node: MJ): { terms: MJ[]; rels: RelOp[] } {
  const p = plain(node);
  const h = head(p);
  if (!h || !(h in RELATIONS)) return { terms: [p], rels: [] };
  const rel = RELATIONS[h]!;
  const parts = (p as MJ[]).slice(1).map(flatten);
  const terms: MJ[] = [];
  const rels: RelOp[] = [];
  parts.forEach((part, i) => {
    if (i > 0) rels.push(rel);
    terms.push(...part.terms);
    rels.push(...part.rels);
  });
  return { terms, rels };
}

/**
 * The relation chains of a whole parsed formula (several when it lists statements
 * separated by commas).
 *
 * @example
 * ```ts
 * toChains(['Equal', 'a', ['Approx', 'b', 1]]); // one chain a = b ≈ 1
 * ```
 */
export function toChains(node: MJ): Chain[] {
  const p = plain(node);
  const h = head(p);
  if (h === 'Sequence' || (h === 'Delimiter' && head(plain((p as MJ[])[1])) === 'Sequence' && !isTupleDelimiter(p as MJ[]))) {
    const items = h === 'Sequence' ? (p as MJ[]).slice(1) : (plain((p as MJ[])[1]) as MJ[]).slice(1);
    return items.filter((i) => plain(i) !== 'Nothing').flatMap(toChains);
  }
  if (h === 'Annotated') return toChains((p as MJ[])[1]);
  const { terms, rels } = flatten(p);
  if (rels.length === 0) return [{ terms: [convert(terms[0])], rels }];
  const side = (t: MJ, i: number): Term => {
    try {
      return rels[i - 1] === '∈' ? setTerm(t) : convert(t);
    } catch (err) {
      if (err instanceof NotUnderstood) return { t: 'unknown', reason: err.message };
      throw err;
    }
  };
  return [{ terms: terms.map(side), rels }];
}

const isTupleDelimiter = (p: MJ[]): boolean => {
  const sep = plain(p[2]);
  return !!sep && typeof sep === 'object' && 'str' in sep && (sep as { str: string }).str === '(,)';
};

/** The right side of `∈`: an interval, or a tuple `(a, b)` / list `[a, b]` read as an interval. */
function setTerm(x: MJ): Term {
  const p = plain(x);
  const h = head(p);
  if (h === 'Interval') return interval((p as MJ[])[1], (p as MJ[])[2]);
  if (h === 'Delimiter' && isTupleDelimiter(p as MJ[])) {
    const items = groupArgs(p);
    if (items.length === 2) return interval(['Open', items[0]], ['Open', items[1]]);
  }
  if (h === 'List' && (p as MJ[]).length === 3) return interval((p as MJ[])[1], (p as MJ[])[2]);
  throw new NotUnderstood('a set that is not an interval');
}
