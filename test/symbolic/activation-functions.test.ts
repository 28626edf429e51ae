/**
 * Catalogue activations as functions inside expressions: `sigmoid(x)`, `relu(x)*x`,
 * `softplus(2*x)`, `leaky_relu(x, 0.2)`, with the catalogue's values, its derived
 * derivatives (`relu'(x)`) and its conventions at the kinks and jumps.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, checkIdentity, derive, evaluate, format, InputError, ParseError, parse, type ScalarActivation, toTex, verifyDerivative } from '../../src/index.js';
import { CasFailure, casDiff } from '../../src/symbolic/cas.js';
import { catalogueCall, catalogueFunction, catalogueSwitches } from '../../src/symbolic/registry.js';
import { ruleDerivative } from '../../src/symbolic/rules.js';
import { switchingExpressions } from '../../src/verify/point.js';
import { simplify } from '../../src/verify/simplify.js';

const SCALAR = ACTIVATIONS.filter((a): a is ScalarActivation => a.kind === 'scalar');
/** Every scalar activation callable by its own name (tanh is the elementary tanh, the same function). */
const CALLABLE = SCALAR.filter((a) => a.name !== 'tanh');

// mpmath 1.3.0, mp.dps = 80
const REF = {
  sigmoidThird: '0.5825702064623146768663946139612295590528', // 1/(1 + e^(-1/3))
  sigmoidPrimeHalf: '0.2350037122015944890693026950210069441901', // σ(1/2)(1 − σ(1/2))
  softplusPoint6: '1.037487950485885626451340153220247693198', // log(1 + e^0.6)
  dSoftplus2x: '1.291312612451590905818221272823765928154', // 2σ(0.6)
  geluThird: '0.2101862199394121205757359059768088055572', // (1/3)(1 + erf(1/(3√2)))/2
  seluMinusOne: '-1.111330737812562761798640662427800380598', // λα(e^(−1) − 1), α and λ from their closed forms
  eluMinusTwoThirds: '-0.4865828809674079731280135738734048579403', // e^(−2/3) − 1
  dxSigmoidAtOne: '0.9276705118714867317885839754077452999874', // σ(1) + σ(1)(1 − σ(1))
};

describe('parsing and printing', () => {
  it('reads every scalar activation, its derivatives and its aliases, and prints what it reads back', () => {
    for (const a of CALLABLE) {
      for (const text of [`${a.name}(x)`, `${a.name}'(2*x - 1)`, `${a.name}''(x)^2`, `y*${a.name}(${a.name}(x))`]) {
        const tree = parse(text);
        expect(parse(format(tree))).toEqual(tree);
      }
      for (const alias of a.spec.aliases ?? []) {
        if (alias === 'Tanh') continue;
        expect((parse(`${alias}(x)`) as { fn: string }).fn).toBe(a.name);
      }
    }
    expect(format(parse('LeakyReLU(x, 0.2)'))).toBe('leaky_relu(x, 0.2)');
    expect(format(parse('threshold(x, 1, -2)'))).toBe('threshold(x, 1, -2)');
    expect(format(parse('relu′(x)'))).toBe("relu'(x)");
  });

  it('round-trips random expressions with activation calls (property)', () => {
    const leaf = fc.constantFrom('x', 'y', '2', '0.5', 'pi');
    const names = CALLABLE.map((a) => a.name);
    const expr = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([l, op, r]) => `(${l})${op}(${r})`),
        fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 2 }), tie('e')).map(([n, k, u]) => `${n}${"'".repeat(k)}(${u})`),
        tie('e').map((u) => `-(${u})`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, (text) => {
        const tree = parse(text);
        expect(parse(format(tree))).toEqual(tree);
      }),
      { numRuns: 200 },
    );
  });

  it('gives unknown names a hint that includes the activations', () => {
    expect(() => parse('sigmod(x)')).toThrow(/unknown function "sigmod" \(did you mean sigmoid\?\)/);
    expect(() => parse('Relu(x)')).toThrow(/did you mean relu/);
    expect(() => parse('leaky_rel(x)')).toThrow(/did you mean leaky_relu/);
    expect(() => parse('sofplus(x)')).toThrow(/did you mean softplus/);
  });

  it('keeps hostile names unknown functions, never a JavaScript member', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
      expect(() => parse(`${name}(x)`)).toThrow(ParseError);
      expect(() => parse(`${name}(x)`)).toThrow(/unknown function/);
      expect(() => parse(`${name}'(x)`)).toThrow(/a prime marks the derivative of a catalogue function/);
      expect(catalogueFunction(name)).toBeUndefined();
    }
    // a name alone is still a variable, activation names included
    expect(parse('relu*x')).toEqual({ kind: 'mul', left: { kind: 'var', name: 'relu' }, right: { kind: 'var', name: 'x' } });
  });

  it.each([
    ["x'", /a prime marks the derivative of a catalogue function, as in relu'\(x\); "x" is not one/],
    ["sin'(x)", /"sin" is not one/],
    ["relu'", /function "relu'" needs its argument in parentheses/],
    ["relu'''''''''(x)", /at most 8 primes/],
    ['softmax(x)', /softmax cannot be called in an expression: softmax takes a vector/],
    ['relu(x, 1)', /relu takes 1 argument, got 2/],
    ['leaky_relu(x, 0.2, 3)', /leaky_relu takes 1 to 2 arguments \(z, then alpha\), got 3/],
    ['leaky_relu(x, a)', /the parameter alpha of leaky_relu must be a number written out/],
    ['leaky_relu(x, 2*0.1)', /must be a number written out/],
    ['leaky_relu(x, -1)', /leaky_relu parameter alpha must be in \[0, ∞\), got -1 at position 14/],
    ['hardshrink(x, -0.5)', /hardshrink parameter lambda must be in \[0, ∞\)/],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => parse(text)).toThrow(ParseError);
    expect(() => parse(text)).toThrow(message);
  });
});

describe('values', () => {
  it("are the catalogue's own, at the kinks and jumps too (its conventions), for orders 0 and 1 (and 2 for some)", () => {
    for (const a of CALLABLE) {
      // every kink and jump (where the conventions act), and a point on each side
      const ends = [...(a.spec.kinks ?? []), ...(a.spec.jumps ?? [])].map((k) => evaluate(k, a.paramValues(), { digits: 10 }).decimal);
      const zs = [...new Set(['-1.7', '0.3', ...ends.flatMap((b) => [b.minus('0.25'), b, b.plus('0.25')].map(String))])];
      // second derivatives for a few (each costs a CAS derivation per piece)
      for (const order of ['sigmoid', 'gelu', 'elu', 'hardshrink', 'selu'].includes(a.name) ? [0, 1, 2] : [0, 1]) {
        for (const z of zs) {
          let expected: string | undefined;
          try {
            expected = a.evaluate(z, { order, digits: 25 }).value;
          } catch {
            expected = undefined; // outside the domain or not evaluable: the expression must fail too
          }
          const text = `${a.name}${"'".repeat(order)}(x)`;
          if (expected === undefined) expect(() => evaluate(text, { x: z }, { digits: 25 })).toThrow();
          else expect(evaluate(text, { x: z }, { digits: 25 }).value, `${text} at ${z}`).toBe(expected);
        }
      }
    }
  });

  it('agree with mpmath, with arguments that are not exact decimals', () => {
    expect(evaluate('sigmoid(x/3)', { x: '1' }, { digits: 40 }).value).toBe(REF.sigmoidThird);
    expect(evaluate("sigmoid'(x)", { x: '0.5' }, { digits: 40 }).value).toBe(REF.sigmoidPrimeHalf);
    expect(evaluate('softplus(2*x)', { x: '0.3' }, { digits: 40 }).value).toBe(REF.softplusPoint6);
    expect(evaluate('gelu(x/3)', { x: '1' }, { digits: 40 }).value).toBe(REF.geluThird);
    expect(evaluate('selu(x)', { x: '-1' }, { digits: 40 }).value).toBe(REF.seluMinusOne);
    expect(evaluate('elu(-2*x/3)', { x: '1' }, { digits: 40 }).value).toBe(REF.eluMinusTwoThirds);
    // 0.2·(1/3 − 1) = −2/15
    expect(evaluate('leaky_relu(x/3 - 1, 0.2)', { x: '1' }, { digits: 30 }).value).toBe(`-0.1${'3'.repeat(29)}`);
  });

  it('follow the conventions at kinks and jumps (the closed ends of the pieces)', () => {
    expect(evaluate("relu'(x)", { x: '0' }, { digits: 10 }).value).toBe('0');
    expect(evaluate("leaky_relu'(x)", { x: '0' }, { digits: 10 }).value).toBe('0.01000000000');
    expect(evaluate("leaky_relu'(x, 0.2)", { x: '0' }, { digits: 10 }).value).toBe('0.2000000000');
    expect(evaluate('hardshrink(x)', { x: '0.5' }, { digits: 10 }).value).toBe('0');
    expect(evaluate('hardshrink(x)', { x: '0.5000001' }, { digits: 10 }).value).toBe('0.5000001000');
    expect(evaluate('hardshrink(x, 2)', { x: '-2' }, { digits: 10 }).value).toBe('0');
    expect(evaluate('threshold(x, 1, -2)', { x: '1' }, { digits: 10 }).value).toBe('-2.000000000');
  });

  it('never guess which piece holds an argument whose error straddles a jump', () => {
    // 3·(1/6) is 0.5 only to the working precision: hardshrink jumps there, so no digit is certain
    expect(() => evaluate('hardshrink(3*(x/6))', { x: '1' }, { digits: 10 })).toThrow(/could not reach 10 correct digits/);
    // at a kink the pieces meet: a value of 0 within a bound, never a wrong digit
    const kink = evaluate('relu(3*(x/6) - 0.5)', { x: '1' }, { digits: 10 });
    expect(kink.value).toBe('0');
    expect(kink.zeroBound).toBeDefined();
  });
});

describe('derivatives', () => {
  it("chain the catalogue's derivative: act(u)′ = act′(u)·u′", () => {
    expect(format(ruleDerivative(parse('relu(2*x)'), 'x'))).toBe("relu'(2*x)*2");
    expect(format(ruleDerivative(parse("leaky_relu'(3*x, 0.2)"), 'x'))).toBe("leaky_relu''(3*x, 0.2)*3");
    expect(format(ruleDerivative(parse('relu(y)'), 'x'))).toBe('0');
    expect(() => ruleDerivative(parse("relu''''''''(x)"), 'x')).toThrow(InputError);
  });

  it('send smooth activations to the CAS as their formulas, and piecewise ones not at all', () => {
    expect(format(derive('sigmoid(x)', 'x').expr)).toBe('(1 + e^(-x))^(-2)*e^(-x)');
    expect(derive('softplus(2*x)', 'x').source).toBe('cas');
    const piecewise = derive('relu(x)*x', 'x');
    expect(piecewise.source).toBe('rules');
    expect(piecewise.casIssue).toBe('piecewise function relu: the CAS has no piecewise support');
    expect(() => casDiff(parse('relu(x)'), 'x')).toThrow(CasFailure);
  });

  it('simplify with activation calls kept whole (the CAS would read relu(x) as relu·x)', () => {
    const s = simplify('relu(x)*x + x*relu(x)');
    expect(s.simplified).toBe(true);
    expect(format(s.expr)).toMatch(/relu\(x\)/);
    expect(evaluate(s.expr, { x: '1.5' }, { digits: 10 }).value).toBe('4.500000000');
  });

  it.each([
    ['sigmoid(x)', 1],
    ['relu(x)*x', 1],
    ['softplus(2*x)', 1],
    ['leaky_relu(x)', 1],
    ['hardshrink(x)', 1],
    ['selu(x)*x', 1],
    ['gelu(x/3)', 1],
    ['swish(x, 2)*x', 1],
    ['relu(sin(x))', 1],
    ['softshrink(x^2 - 1)', 1],
    ['sigmoid(x)', 2],
    ['elu(x)*x', 2],
  ])('of %s (order %i) are verified against finite differences', (text, order) => {
    const v = verifyDerivative(text, 'x', { digits: 30, points: 6, order });
    expect(v.status, v.summary).toBe('verified');
  });

  it('a wrong claimed derivative with an activation inside is refuted', () => {
    const product = verifyDerivative('relu(x)*x', 'x', { digits: 20, points: 6, derivative: 'relu(x)' });
    expect(product.status).toBe('refuted');
    expect(product.counterexample?.text).toMatch(/the claimed derivative is/);
    // relu′ for leaky_relu′: 0 where the slope is 0.01
    expect(verifyDerivative('leaky_relu(x)', 'x', { digits: 20, points: 6, derivative: "relu'(x)" }).status).toBe('refuted');
    // σ for σ′
    expect(verifyDerivative('sigmoid(x)', 'x', { digits: 20, points: 6, derivative: 'sigmoid(x)' }).status).toBe('refuted');
    // the chain rule's missing factor 2
    expect(verifyDerivative('softplus(2*x)', 'x', { digits: 20, points: 6, derivative: "softplus'(2*x)" }).status).toBe('refuted');
    // a convention outside the one-sided slopes at the named kink: 1 − relu′(x) − relu′(−x) is 1 at 0 only
    const outside = verifyDerivative('leaky_relu(x)', 'x', { digits: 20, points: 4, at: [{ x: '0' }], derivative: "leaky_relu'(x) + 5*(1 - relu'(x) - relu'(-x))" });
    expect(outside.status).toBe('refuted');
    expect(outside.counterexample?.text).toMatch(/not between the one-sided slopes/);
  });

  it('and the right claims hold: the textbook σ(1 − σ), softplus′ = σ', () => {
    expect(verifyDerivative('sigmoid(x)', 'x', { digits: 30, points: 6, derivative: 'sigmoid(x)*(1 - sigmoid(x))' }).status).toBe('verified');
    expect(verifyDerivative('softplus(2*x)', 'x', { digits: 30, points: 6, derivative: '2*sigmoid(2*x)' }).status).toBe('verified');
    expect(verifyDerivative('x*sigmoid(x)', 'x', { digits: 40, points: 2, at: [{ x: '1' }] }).checks[0]!.derivative).toBe(REF.dxSigmoidAtOne);
    expect(verifyDerivative('softplus(2*x)', 'x', { digits: 40, points: 2, at: [{ x: '0.3' }] }).checks[0]!.derivative).toBe(REF.dSoftplus2x);
  });

  it('an identity between an activation and its formula is proved by the CAS', () => {
    expect(checkIdentity('sigmoid(x)', '1/(1 + e^(-x))', { digits: 20, points: 4 }).status).toBe('proved');
    expect(checkIdentity('relu(x)', 'max(x, 0)', { digits: 20, points: 8 }).holds).toBe(true);
    expect(checkIdentity('relu(x)', 'abs(x)', { digits: 20, points: 8 }).holds).toBe(false);
  });
});

describe('kinks and jumps at named points', () => {
  it("see every declared kink and jump as the end of a piece", () => {
    for (const a of CALLABLE) {
      const ends = catalogueSwitches(catalogueCall(parse(`${a.name}(x)`))!).map((u) => evaluate(u, { x: '0' }, { digits: 10 }).decimal.neg().toString());
      for (const k of [...(a.spec.kinks ?? []), ...(a.spec.jumps ?? [])]) {
        const at = evaluate(k, a.paramValues(), { digits: 10 }).decimal.toString();
        expect(ends, `${a.name}: ${k}`).toContain(at);
      }
    }
    expect(switchingExpressions(parse('hardshrink(x, 2)')).map(format)).toEqual(['x - -2', 'x - 2']);
    expect(switchingExpressions(parse('sigmoid(x)'))).toEqual([]);
  });

  it('leaky_relu at 0: a kink, left 0.01 and right 1, with the convention 0.01', () => {
    const v = verifyDerivative('leaky_relu(x)', 'x', { digits: 30, points: 4, at: [{ x: '0' }] });
    expect(v.status).toBe('verified');
    const c = v.checks[0]!;
    expect(c.differentiableAt).toBe(false);
    expect(c.singularity).toMatchObject({ shape: 'kink', convention: '0.01', conventionIs: 'left' });
    expect(Number(c.singularity!.left)).toBeCloseTo(0.01, 20);
    expect(Number(c.singularity!.right)).toBeCloseTo(1, 20);
  });

  it('hardshrink at 0.5: a jump from 0 to 0.5; the derivative used there is 0', () => {
    const c = verifyDerivative('hardshrink(x)', 'x', { digits: 30, points: 4, at: [{ x: '0.5' }] }).checks[0]!;
    expect(c.singularity).toMatchObject({ shape: 'jump', convention: '0' });
    expect(Number(c.singularity!.limits!.left)).toBe(0);
    expect(Number(c.singularity!.limits!.right)).toBeCloseTo(0.5, 20);
    expect(c.note).toMatch(/^not differentiable at x=0.5: jump/);
  });

  it('relu(x)*x at 0: the switch is seen, and the function is differentiable there (derivative 0)', () => {
    const v = verifyDerivative('relu(x)*x', 'x', { digits: 30, points: 4, at: [{ x: '0' }] });
    expect(v.status).toBe('verified');
    expect(v.checks[0]).toMatchObject({ differentiableAt: true, status: 'zero' });
  });

  it('relu(x - 1) at 1 and relu(x^2 - 1) at -1: kinks of the inner argument', () => {
    for (const [text, at, left, right] of [
      ['relu(x - 1)', '1', 0, 1],
      ['relu(x^2 - 1)', '-1', -2, 0],
    ] as const) {
      const s = verifyDerivative(text, 'x', { digits: 20, points: 2, at: [{ x: at }] }).checks[0]!.singularity!;
      expect(s.shape).toBe('kink');
      expect(Number(s.left)).toBeCloseTo(left, 15);
      expect(Number(s.right)).toBeCloseTo(right, 15);
    }
  });
});

describe('TeX', () => {
  it.each([
    ['sigmoid(x)', '\\sigma\\left(x\\right)'],
    ["sigmoid''(x)", "\\sigma''\\left(x\\right)"],
    ["relu'(x)*x", "\\operatorname{relu}'\\left(x\\right) x"],
    ['leaky_relu(2*x, 0.2)', '\\operatorname{leaky\\_relu}\\left(2\\,x, 0.2\\right)'],
    ['relu(x)^2', '\\left(\\operatorname{relu}\\left(x\\right)\\right)^{2}'],
    ['softplus(x)^2', '\\operatorname{softplus}\\left(x\\right)^{2}'],
  ])('%s → %s, which KaTeX renders', (text, tex) => {
    expect(toTex(text)).toBe(tex);
    expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});

describe('loading', () => {
  // the built package (npm ci builds it), each in a process of its own: a fresh module graph
  const root = join(import.meta.dirname, '../..');
  const run = (code: string): string => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

  it('the public entry registers the activations: parse("relu(x)") works after importing it', () => {
    expect(run(`const g = await import('./dist/src/index.js'); console.log(g.format(g.parse("relu(x)*leaky_relu'(x, 0.2)")));`)).toBe("relu(x)*leaky_relu'(x, 0.2)\n");
  });

  it('the CLI registers them: gradproof diff "relu(x)*x" as a program of its own', () => {
    const out = execFileSync(process.execPath, [join(root, 'dist/cli/gradproof.js'), 'diff', 'relu(x)*x', '--digits', '10', '--points', '2'], { encoding: 'utf8' });
    expect(out).toContain("  = x*relu'(x) + relu(x)\n");
  });

  it('src/symbolic alone knows only the elementary functions (documented in symbolic/registry.ts)', () => {
    const out = run(`const { parse } = await import('./dist/src/symbolic/parse.js'); try { parse('relu(x)'); console.log('parsed'); } catch (e) { console.log(e.message); }`);
    expect(out).toMatch(/^unknown function "relu"/);
  });
});

describe('layers', () => {
  it('src/symbolic imports nothing from numeric/, verify/ or activations/', () => {
    const dir = join(import.meta.dirname, '../../src/symbolic');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const imports = [...readFileSync(join(dir, f), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => /\/(numeric|verify|activations)\//.test(i)), f).toEqual([]);
    }
  });
});
