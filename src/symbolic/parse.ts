/**
 * gradproof's own expression parser. The CAS's parser is not used for user text: it
 * silently reads an unknown `foo(x)` as the variable `foo` (dropping the argument),
 * reads `1e-5` as `1e − 5`, and rounds long decimals to float64. This parser keeps
 * every literal exact, knows the function list, and reports errors with a position.
 *
 * Grammar: `+ - * / ^` (also `**`), unary minus, parentheses, decimal literals with
 * exponents, the constants `pi` and `e`, calls `f(a, b)`. `-x^2` is `-(x^2)` and `^`
 * is right-associative, as in mathematics. Besides the elementary functions, a call may
 * name a catalogue activation registered in symbolic/registry.ts (`relu(x)`,
 * `leaky_relu(x, 0.2)`), or its derivative with primes (`relu'(x)`).
 *
 * @module
 */
import { ParseError } from '../errors.js';
import { CONSTANT_NAMES, closestNames, FUNCTION_ALIASES, FUNCTION_ARITY } from './functions.js';
import { type CatalogueFunction, catalogueFunction, catalogueNames, MAX_PRIMES, primed } from './registry.js';
import type { Expr } from './tree.js';
import { nameTable } from '../util/table.js';

interface Token {
  readonly type: 'num' | 'ident' | 'op' | 'lparen' | 'rparen' | 'comma' | 'end';
  readonly text: string;
  readonly pos: number;
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_π][A-Za-z0-9_]*/;
/** Primes after a name: the derivative of a catalogue function (`relu'(x)`); ′ is read as '. */
const PRIMES = /^['′]+/;
const SYNONYMS = nameTable({ '−': '-', '×': '*', '·': '*', '÷': '/' });

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = input.slice(i);
    const n = NUMBER.exec(rest);
    if (n) {
      // a number directly followed by a letter (`2x`, `3pi`) is a missing operator
      const after = input[i + n[0].length];
      if (after !== undefined && /[A-Za-z_π]/.test(after) && !/[eE]$/.test(n[0])) {
        const word = IDENT.exec(input.slice(i + n[0].length))?.[0] ?? after;
        throw new ParseError(`missing operator between "${n[0]}" and "${word}" (write ${n[0]}*${word})`, i + n[0].length, input);
      }
      tokens.push({ type: 'num', text: n[0], pos: i });
      i += n[0].length;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      const primes = PRIMES.exec(rest.slice(id[0].length))?.[0] ?? '';
      tokens.push({ type: 'ident', text: `${id[0]}${"'".repeat(primes.length)}`, pos: i });
      i += id[0].length + primes.length;
      continue;
    }
    if (rest.startsWith('**')) {
      tokens.push({ type: 'op', text: '^', pos: i });
      i += 2;
      continue;
    }
    const op = SYNONYMS[ch] ?? ch;
    if ('+-*/^'.includes(op)) tokens.push({ type: 'op', text: op, pos: i });
    else if (ch === '(') tokens.push({ type: 'lparen', text: ch, pos: i });
    else if (ch === ')') tokens.push({ type: 'rparen', text: ch, pos: i });
    else if (ch === ',') tokens.push({ type: 'comma', text: ch, pos: i });
    else throw new ParseError(`unexpected character "${ch}"`, i, input);
    i++;
  }
  tokens.push({ type: 'end', text: '', pos: input.length });
  return tokens;
}

/** The deepest nesting the parser accepts (guards the call stack against hostile input). */
export const MAX_DEPTH = 200;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly input: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private fail(what: string, t: Token = this.peek()): never {
    throw new ParseError(what, t.pos, this.input);
  }
  private describe(t: Token): string {
    return t.type === 'end' ? 'end of input' : `"${t.text}"`;
  }

  parseAll(): Expr {
    if (this.peek().type === 'end') this.fail('empty expression');
    const e = this.additive();
    const t = this.peek();
    if (t.type === 'rparen') this.fail('unmatched ")"', t);
    if (t.type !== 'end') this.fail(`expected an operator before ${this.describe(t)}`, t);
    return e;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`expression nested deeper than ${MAX_DEPTH} levels`);
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' || (t.text !== '+' && t.text !== '-')) return left;
      this.next();
      const right = this.multiplicative();
      left = { kind: t.text === '+' ? 'add' : 'sub', left, right };
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'op' || (t.text !== '*' && t.text !== '/')) return left;
      this.next();
      const right = this.unary();
      left = { kind: t.text === '*' ? 'mul' : 'div', left, right };
    }
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      this.enter();
      const arg = this.unary();
      this.depth--;
      return t.text === '-' ? { kind: 'neg', arg } : arg;
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.primary();
    const t = this.peek();
    if (t.type === 'op' && t.text === '^') {
      this.next();
      this.enter();
      const exponent = this.unary();
      this.depth--;
      return { kind: 'pow', left: base, right: exponent };
    }
    return base;
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'num':
        return { kind: 'num', value: t.text };
      case 'lparen': {
        this.enter();
        if (this.peek().type === 'rparen') this.fail('empty parentheses');
        const e = this.additive();
        this.depth--;
        if (this.peek().type !== 'rparen') this.fail(`expected ")" to close "(" at position ${t.pos}, found ${this.describe(this.peek())}`);
        this.next();
        return e;
      }
      case 'ident':
        return this.identifier(t);
      default:
        return this.fail(`expected a number, variable, function or "(" but found ${this.describe(t)}`, t);
    }
  }

  private identifier(t: Token): Expr {
    const isCall = this.peek().type === 'lparen';
    const primes = /'*$/.exec(t.text)![0].length;
    const name = t.text.slice(0, t.text.length - primes);
    if (primes > 0) return this.catalogueCall(t, name, primes, isCall);
    const constant = CONSTANT_NAMES[name];
    if (constant && !isCall) return { kind: 'const', name: constant };
    const fn = FUNCTION_ALIASES[name] ?? name;
    const arity = FUNCTION_ARITY[fn];
    if (!isCall) {
      if (arity !== undefined) this.fail(`function "${name}" needs its argument in parentheses`, t);
      return { kind: 'var', name };
    }
    if (arity === undefined) return this.catalogueCall(t, name, 0, isCall);
    const args = this.arguments(fn);
    if (arity !== 'variadic' && args.length !== arity) {
      this.fail(`${fn} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`, t);
    }
    return { kind: 'call', fn, args };
  }

  /** The arguments of a call, from its "(" to its ")" (with the token each starts at, in `starts`). */
  private arguments(fn: string, starts: Token[] = []): Expr[] {
    this.next(); // (
    this.enter();
    const args: Expr[] = [];
    if (this.peek().type === 'rparen') this.fail(`${fn}() needs an argument`);
    for (;;) {
      starts.push(this.peek());
      args.push(this.additive());
      const sep = this.peek();
      if (sep.type === 'comma') {
        this.next();
        continue;
      }
      if (sep.type === 'rparen') {
        this.next();
        break;
      }
      this.fail(`expected "," or ")" in the arguments of ${fn}, found ${this.describe(sep)}`, sep);
    }
    this.depth--;
    return args;
  }

  /**
   * A call of a catalogue activation (symbolic/registry.ts), or of its derivative with
   * primes: `relu(x)`, `sigmoid'(2*x)`, `leaky_relu(x, 0.2)`. Anything else is an unknown
   * function, with the closest known names.
   */
  private catalogueCall(t: Token, name: string, primes: number, isCall: boolean): Expr {
    const f = catalogueFunction(name);
    if (!f) {
      if (primes > 0) this.fail(`a prime marks the derivative of a catalogue function, as in relu'(x); "${name}" is not one`, t);
      const known = catalogueNames();
      const hint = [...new Set(closestNames(name, [...Object.keys(FUNCTION_ARITY), ...Object.keys(known)], 6).map((n) => known[n] ?? n))].slice(0, 3);
      this.fail(`unknown function "${name}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`, t);
    }
    if (f.unavailable) this.fail(`${f.name} cannot be called in an expression: ${f.unavailable}`, t);
    if (!isCall) this.fail(`function "${t.text}" needs its argument in parentheses`, t);
    if (primes > MAX_PRIMES) this.fail(`"${t.text}": at most ${MAX_PRIMES} primes (derivatives of order 1…${MAX_PRIMES})`, t);
    const fn = primed(f.name, primes);
    const starts: Token[] = [];
    const args = this.arguments(fn, starts);
    this.checkParameters(t, f, fn, args, starts);
    return { kind: 'call', fn, args };
  }

  /** Extra arguments are parameters, in their declared order, written as numbers inside their bounds. */
  private checkParameters(t: Token, f: CatalogueFunction, fn: string, args: readonly Expr[], starts: readonly Token[]): void {
    const names = f.params.map((p) => p.name);
    if (args.length > names.length + 1) {
      const takes = names.length ? `1 to ${names.length + 1} arguments (z, then ${names.join(', ')})` : '1 argument';
      this.fail(`${fn} takes ${takes}, got ${args.length}`, t);
    }
    args.slice(1).forEach((a, i) => {
      const value = a.kind === 'num' ? a.value : a.kind === 'neg' && a.arg.kind === 'num' ? `-${a.arg.value}` : undefined;
      const where = starts[i + 1]!;
      if (value === undefined) this.fail(`the parameter ${names[i]} of ${f.name} must be a number written out (as in ${f.name}(x, 0.2)), not an expression`, where);
      const problem = f.checkParam?.(names[i]!, value);
      if (problem) this.fail(problem, where);
    });
  }
}

/**
 * Parses expression text into a gradproof {@link Expr} tree.
 *
 * Literals are kept as exact strings; `pi`/`π` and `e`/`E` are constants; any other
 * identifier not followed by `(` is a variable. Throws {@link ParseError} naming the
 * position of the first problem.
 *
 * @example
 * ```ts
 * parse('1/(1+e^(-x))');   // { kind: 'div', … }
 * parse('sin(x');          // throws ParseError: expected ")" to close "(" … at position 5
 * ```
 */
export function parse(input: string): Expr {
  if (input.length > MAX_LENGTH) throw new ParseError(`expression longer than ${MAX_LENGTH} characters`, MAX_LENGTH, `${input.slice(0, 40)}…`);
  const tokens = tokenize(input);
  // every node of the tree comes from a token: bounding the tokens bounds all later work
  if (tokens.length - 1 > MAX_NODES) throw new ParseError(`expression of ${tokens.length - 1} tokens, more than the limit of ${MAX_NODES}`, tokens[MAX_NODES]!.pos, `${input.slice(0, 40)}…`);
  return new Parser(tokens, input).parseAll();
}

/** Longest expression text accepted. */
export const MAX_LENGTH = 10_000;
/** Most tokens (hence tree nodes) an expression may have: it bounds the depth of every walk of the tree too. */
export const MAX_NODES = 2_000;
