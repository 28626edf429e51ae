/**
 * gradproof's own expression parser. The CAS's parser is not used for user text: it
 * silently reads an unknown `foo(x)` as the variable `foo` (dropping the argument),
 * reads `1e-5` as `1e − 5`, and rounds long decimals to float64. This parser keeps
 * every literal exact, knows the function list, and reports errors with a position.
 *
 * Grammar: `+ - * / ^` (also `**`), unary minus, parentheses, decimal literals with
 * exponents, the constants `pi` and `e`, calls `f(a, b)`. `-x^2` is `-(x^2)` and `^`
 * is right-associative, as in mathematics.
 *
 * @module
 */
import { ParseError } from '../errors.js';
import { CONSTANT_NAMES, closestNames, FUNCTION_ALIASES, FUNCTION_ARITY } from './functions.js';
import type { Expr } from './tree.js';
import { nameTable } from '../util/table.js';

interface Token {
  readonly type: 'num' | 'ident' | 'op' | 'lparen' | 'rparen' | 'comma' | 'end';
  readonly text: string;
  readonly pos: number;
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_π][A-Za-z0-9_]*/;
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
      tokens.push({ type: 'ident', text: id[0], pos: i });
      i += id[0].length;
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
    const constant = CONSTANT_NAMES[t.text];
    if (constant && !isCall) return { kind: 'const', name: constant };
    const fn = FUNCTION_ALIASES[t.text] ?? t.text;
    const arity = FUNCTION_ARITY[fn];
    if (!isCall) {
      if (arity !== undefined) this.fail(`function "${t.text}" needs its argument in parentheses`, t);
      return { kind: 'var', name: t.text };
    }
    if (arity === undefined) {
      const hint = closestNames(t.text, Object.keys(FUNCTION_ARITY));
      this.fail(`unknown function "${t.text}"${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}`, t);
    }
    this.next(); // (
    this.enter();
    const args: Expr[] = [];
    if (this.peek().type === 'rparen') this.fail(`${fn}() needs an argument`);
    for (;;) {
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
    if (arity !== 'variadic' && args.length !== arity) {
      this.fail(`${fn} takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`, t);
    }
    return { kind: 'call', fn, args };
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
