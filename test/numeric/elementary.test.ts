/**
 * Tests for the high-precision real functions. Reference values come only from
 * independent sources:
 *
 * - published constants and tables (cited next to each value);
 * - independent computations written here with BigInt fixed-point arithmetic
 *   (Machin's formula for π, Taylor series for e^n, the all-positive erf series);
 * - decimal.js's own functions (an independent implementation) at precisions
 *   where it supports them;
 * - mathematical identities.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { DomainError, InputError } from '../../src/errors.js';
import {
  REAL_FUNCTIONS,
  type RealFunction,
} from '../../src/numeric/elementary.js';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const ctor = (p: number) => Decimal.clone({ precision: p });
/** For arithmetic on reference values (never round them to Decimal's default 20 digits). */
const HP = ctor(500);

function fn(name: string): RealFunction {
  const f = REAL_FUNCTIONS[name];
  if (f === undefined) throw new Error(`no function ${name}`);
  return f;
}

/** name(args) at p significant digits. */
function ev(name: string, p: number, ...args: (string | Decimal)[]): Decimal {
  const D = ctor(p);
  return fn(name).apply(
    D,
    args.map((a) => new D(a)),
  );
}

/**
 * |actual − reference| ≤ ulps units in the p-th significant digit of the
 * reference (the reference must carry at least p correct digits).
 */
function expectClose(
  actual: Decimal,
  reference: string | Decimal,
  p: number,
  ulps = 1,
): void {
  const R = Decimal.clone({ precision: p + 60 });
  const ref = new R(reference);
  const tol = new R(10).pow(ref.e - p + 1).times(ulps);
  const diff = new R(actual).minus(ref).abs();
  expect(
    diff.lte(tol),
    `got ${actual.toString()}\nwant ${ref.toSignificantDigits(p).toString()}`,
  ).toBe(true);
}

/** Reference with more digits than p: the result must be within 1 ulp and carry ≤ p digits. */
function expectDigits(actual: Decimal, reference: string, p: number): void {
  expect(actual.sd()).toBeLessThanOrEqual(p);
  expectClose(actual, reference, p, 1);
}

// ---- Independent BigInt fixed-point reference (value · 10^N as a bigint) ----

/** atan(1/m) · S by its Taylor series. */
function atanInv(m: bigint, S: bigint): bigint {
  const m2 = m * m;
  let power = S / m;
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const t = power / (2n * k + 1n);
    sum += k % 2n === 0n ? t : -t;
    power /= m2;
  }
  return sum;
}

/** π · S by Machin's formula π = 16·atan(1/5) − 4·atan(1/239). */
function piFixed(S: bigint): bigint {
  return 16n * atanInv(5n, S) - 4n * atanInv(239n, S);
}

/** ⌊√n⌋. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** e^n · S for a non-negative integer n, by Taylor series. */
function expIntFixed(n: bigint, S: bigint): bigint {
  let term = S;
  let sum = S;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * n) / k;
    sum += term;
  }
  return sum;
}

/**
 * erf(x) for a positive integer x, as a decimal string with about N correct
 * digits after the point, from
 * erf x = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)).
 */
function erfReference(x: bigint, N: number): { erf: string; erfc: string } {
  const G = 20;
  const S = 10n ** BigInt(N + G);
  const sqrtPi = isqrt(piFixed(S) * S);
  const ex2 = expIntFixed(x * x, S);
  const c = 2n * x * x;
  let t = x * S;
  let sum = t;
  for (let k = 1n; t !== 0n; k++) {
    t = (t * c) / (2n * k + 1n);
    sum += t;
  }
  const erfS = (2n * sum * S * S) / (ex2 * sqrtPi);
  const scale = 10n ** BigInt(G);
  return {
    erf: `${erfS / scale}e-${N}`,
    erfc: `${(S - erfS) / scale}e-${N}`,
  };
}

// ---- Published values ----

/** π, 120 digits (any standard table; also decimal.js's stored constant). */
const PI =
  '3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230665';
/** e, 100 digits. */
const E =
  '2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427';
/** ln 2, 100 digits. */
const LN2 =
  '0.6931471805599453094172321214581765680755001343602552541206800094933936219696947156058633269964186875';
/** ln 10, 100 digits. */
const LN10 =
  '2.302585092994045684017991454684364207601101488628772976033327900967572609677352480235997205089598298';
/** √2, 100 digits. */
const SQRT2 =
  '1.414213562373095048801688724209698078569671875376948073176679737990732478462107038850387534327641573';
/** ∛2, 100 digits. */
const CBRT2 =
  '1.259921049894873164767210607278228350570251464701507980081975112155299676513959483729396562436255094';
/** erf(x), 132 digits: table in Cephes qerf.c (S. L. Moshier). */
const ERF_TABLE: Record<string, string> = {
  '0.25':
    '0.276326390168236932985068267764815712065353977892311254082471931262685083897302225185184805849741366790049258312413967593202915724630',
  '0.5':
    '0.520499877813046537682746653891964528736451575757963700058805725647193521716853570914788218734787757032966124386194391236065414690591',
  '0.75':
    '0.711155633653515131598937834591410777374205954096537232278133397125036368764049561110793253890098900043530345370418642747913490195346',
  '1': '0.842700792949714869341220635082609259296066997966302908459937897834717254096010841261983325348144888454158261532021694364852339058255',
};
/** erfc(10), 100 digits: Ruby bigdecimal test suite (BigMath.erfc(10, 100)); also mpmath's tests. */
const ERFC10 =
  '2.088487583762544757000786294957788611560818119321163727012213713938174695833440290610766384285723554e-45';
/** erfc(20), erfc(30), 53 digits: Math.NET Numerics / statrs test tables. */
const ERFC20 = '5.3958656116079009289349991679053456040882726709236071e-176';
const ERFC30 = '2.5646562037561116000333972775014471465488897227786155e-393';
/** erfc(50), 50 digits, and erfc(10⁴), 15 digits: mpmath test suite (test_erf). */
const ERFC50 = '2.0709207788416560484484478751657887929322509209954e-1088';
const ERFC1E4 = '3.63998738656420e-43429453';
/** sin(10²²), 40 digits: J.-M. Muller, "Elementary Functions" (the classic range-reduction test). */
const SIN_1E22 = '-0.8522008497671888017727058937530293682618';

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('REAL_FUNCTIONS table', () => {
  it('has exactly the documented functions with their arity and domain', () => {
    expect(Object.keys(REAL_FUNCTIONS).sort()).toEqual(
      [
        'sqrt',
        'cbrt',
        'exp',
        'log',
        'log10',
        'abs',
        'sign',
        'min',
        'max',
        'sin',
        'cos',
        'tan',
        'sec',
        'csc',
        'cot',
        'asin',
        'acos',
        'atan',
        'asec',
        'acsc',
        'acot',
        'sinh',
        'cosh',
        'tanh',
        'sech',
        'csch',
        'coth',
        'asinh',
        'acosh',
        'atanh',
        'asech',
        'acsch',
        'acoth',
        'erf',
        'erfc',
      ].sort(),
    );
    for (const [key, f] of Object.entries(REAL_FUNCTIONS)) {
      expect(f.name).toBe(key);
      expect(typeof f.domain).toBe('string');
      expect(f.arity).toBe(key === 'min' || key === 'max' ? 'variadic' : 1);
    }
    expect(fn('log').domain).toBe('x > 0');
    expect(fn('asin').domain).toBe('|x| ≤ 1');
    expect(fn('exp').domain).toBe('all reals');
  });
});

describe('published constants', () => {
  it('π = acos(−1) = 2·acot(0) to 100 digits', () => {
    expectDigits(ev('acos', 100, '-1'), PI, 100);
    expectDigits(ev('acot', 100, '0').times(2), PI, 100);
    expect(ev('acos', 100, '-1').toString()).toBe(
      new HP(PI).toSignificantDigits(100).toString(),
    );
  });

  it('e, ln 2, ln 10, √2, ∛2 to 100 digits', () => {
    expectDigits(ev('exp', 100, '1'), E, 100);
    expectDigits(ev('log', 100, '2'), LN2, 100);
    expectDigits(ev('log', 100, '10'), LN10, 100);
    expectDigits(ev('sqrt', 100, '2'), SQRT2, 100);
    expectDigits(ev('cbrt', 100, '2'), CBRT2, 100);
    expectDigits(ev('cbrt', 100, '-2'), `-${CBRT2}`, 100);
  });

  it('erf at 0.25, 0.5, 0.75, 1 to 130 digits (Cephes table)', () => {
    for (const [x, v] of Object.entries(ERF_TABLE)) {
      expectDigits(ev('erf', 130, x), v, 130);
      expectDigits(ev('erf', 130, `-${x}`), `-${v}`, 130);
      // erfc x = 1 − erf x (no cancellation for x ≤ 1)
      expectDigits(ev('erfc', 120, x), new HP(1).minus(v).toString(), 120);
    }
  });

  it('erfc(10) to 100 digits, erfc(20), erfc(30), erfc(50) to 50 digits, erfc(10⁴) to 14', () => {
    expectDigits(ev('erfc', 100, '10'), ERFC10, 100);
    expectDigits(ev('erfc', 50, '20'), ERFC20, 50);
    expectDigits(ev('erfc', 50, '30'), ERFC30, 50);
    expectDigits(ev('erfc', 49, '50'), ERFC50, 49);
    expectDigits(ev('erfc', 14, '1e4'), ERFC1E4, 14);
  });

  it('sin(10²²) to 39 digits (huge-argument reduction)', () => {
    expectDigits(ev('sin', 39, '1e22'), SIN_1E22, 39);
  });
});

describe('independent BigInt reference', () => {
  it('erf(1) to 1000 digits', () => {
    const ref = erfReference(1n, 1010);
    expectDigits(ev('erf', 1000, '1'), ref.erf, 1000);
  });

  it('erfc(30) = 1 − erf(30) to 50 digits (series at 500 digits)', () => {
    const ref = erfReference(30n, 500);
    expect(new HP(ref.erfc).toSignificantDigits(20).toString()).toBe(
      new HP(ERFC30).toSignificantDigits(20).toString(),
    );
    expectDigits(ev('erfc', 50, '30'), ref.erfc, 50);
  });

  it('erfc(10) = 1 − erf(10) to 150 digits (series at 200 digits)', () => {
    const ref = erfReference(10n, 200);
    expectDigits(ev('erfc', 150, '10'), ref.erfc, 150);
    // the published 100-digit value agrees with the independent series
    expectClose(new HP(ref.erfc), ERFC10, 100);
  });

  it('erf(3), erfc(3), erfc(−3) to 300 digits', () => {
    const ref = erfReference(3n, 320);
    expectDigits(ev('erf', 300, '3'), ref.erf, 300);
    expectDigits(ev('erfc', 300, '3'), ref.erfc, 300);
    expectDigits(
      ev('erfc', 300, '-3'),
      new HP(2).minus(ref.erfc).toString(),
      300,
    );
  });
});

describe('agreement with decimal.js (independent implementation) at 200 digits', () => {
  const p = 200;
  const R = ctor(p + 40);
  const cases: [string, (x: Decimal) => Decimal, string[]][] = [
    ['sqrt', (x) => x.sqrt(), ['0.3', '7.25', '1e-301', '12345.678']],
    ['cbrt', (x) => x.cbrt(), ['0.3', '-7.25', '1e-300']],
    [
      'exp',
      (x) => x.exp(),
      ['0.3', '-0.7', '1e-30', '7.25', '-123.456', '1000.5'],
    ],
    [
      'log',
      (x) => x.ln(),
      ['0.3', '1.000001', '0.999999', '7.25', '1e-30', '1e100'],
    ],
    ['log10', (x) => x.log(10), ['0.3', '1.000001', '7.25', '1e-30', '1000']],
    [
      'sin',
      (x) => x.sin(),
      ['0.3', '-0.7', '1e-30', '7.25', '-123.456', '355', '103993'],
    ],
    [
      'cos',
      (x) => x.cos(),
      ['0.3', '-0.7', '1e-30', '7.25', '-123.456', '355', '1.5707963267948966'],
    ],
    [
      'tan',
      (x) => x.tan(),
      ['0.3', '-0.7', '7.25', '-123.456', '1.5707963267948966'],
    ],
    ['asin', (x) => x.asin(), ['0.3', '-0.7', '1e-30', '0.999999', '-1']],
    ['acos', (x) => x.acos(), ['0.3', '-0.7', '0.999999', '-0.999999', '1']],
    ['atan', (x) => x.atan(), ['0.3', '-0.7', '1e-30', '7.25', '-1e20']],
    ['sinh', (x) => x.sinh(), ['0.3', '-0.7', '1e-30', '7.25', '-50.5']],
    ['cosh', (x) => x.cosh(), ['0.3', '-0.7', '1e-30', '7.25', '-50.5']],
    ['tanh', (x) => x.tanh(), ['0.3', '-0.7', '1e-30', '7.25', '-50.5']],
    ['asinh', (x) => x.asinh(), ['0.3', '-0.7', '1e-30', '7.25']],
    ['acosh', (x) => x.acosh(), ['1.000001', '7.25', '1e10']],
    ['atanh', (x) => x.atanh(), ['0.3', '-0.7', '1e-30', '0.999999']],
  ];
  for (const [name, ref, xs] of cases) {
    it(name, () => {
      for (const x of xs) {
        expectClose(ev(name, p, x), ref(new R(x)), p, 1);
      }
    });
  }
});

describe('identities at 60 digits', () => {
  const p = 60;
  const hi = 100; // inner values carry extra digits so only the outer rounding counts
  const R = ctor(200);
  const xs = ['0.5', '1', '2.5', '7', '-0.3', '-3.75'];
  const pos = xs.filter((x) => !x.startsWith('-'));

  it('sech = 1/cosh, csch = 1/sinh, coth·tanh = 1, sinh² − cosh² = −1', () => {
    for (const x of xs) {
      const ch = new R(ev('cosh', hi, x));
      const sh = new R(ev('sinh', hi, x));
      expectClose(ev('sech', p, x), new R(1).div(ch), p);
      expectClose(ev('csch', p, x), new R(1).div(sh), p);
      expectClose(
        new R(ev('coth', hi, x)).times(ev('tanh', hi, x)),
        '1',
        hi - 2,
        2,
      );
      expectClose(sh.times(sh).minus(ch.times(ch)), '-1', hi - 2 - 2 * ch.e, 4);
    }
  });

  it('sec·cos = 1, csc·sin = 1, cot·tan = 1, sin² + cos² = 1', () => {
    for (const x of xs) {
      const s = new R(ev('sin', hi, x));
      const c = new R(ev('cos', hi, x));
      expectClose(ev('sec', p, x), new R(1).div(c), p);
      expectClose(ev('csc', p, x), new R(1).div(s), p);
      expectClose(ev('cot', p, x), c.div(s), p);
      expectClose(ev('tan', p, x), s.div(c), p);
      expectClose(s.times(s).plus(c.times(c)), '1', hi - 1, 2);
    }
  });

  it('inverse functions undo their functions', () => {
    const roundTrip = (outer: string, inner: string, x: string, want = x) =>
      expectClose(ev(outer, p, ev(inner, hi, x)), want, p, 1);
    for (const x of ['0.5', '1', '1.5', '-0.3', '-1.25']) {
      roundTrip('asin', 'sin', x);
      roundTrip('atan', 'tan', x);
      roundTrip('acsc', 'csc', x);
      roundTrip('asinh', 'sinh', x);
      roundTrip('atanh', 'tanh', x);
      roundTrip('acsch', 'csch', x);
      roundTrip('acoth', 'coth', x);
    }
    for (const x of ['0.5', '1', '2.5', '3']) {
      roundTrip('acos', 'cos', x);
      roundTrip('asec', 'sec', x);
      roundTrip('acosh', 'cosh', x);
      roundTrip('acosh', 'cosh', `-${x}`, x);
    }
    for (const x of ['0.5', '1', '1.5']) roundTrip('acot', 'cot', x);
    for (const x of ['-0.5', '-1', '-1.5']) roundTrip('acot', 'cot', x);
    for (const x of pos) {
      roundTrip('asech', 'sech', x);
      roundTrip('acoth', 'coth', x);
      roundTrip('log', 'exp', x);
      roundTrip('exp', 'log', x);
      roundTrip('log10', 'exp', x, new R(x).div(R.ln(10)).toString());
    }
  });

  it('erf + erfc = 1, erfc(−x) = 2 − erfc(x), erf is odd', () => {
    for (const x of ['0.1', '0.5', '1.7', '3', '4.5', '6']) {
      const erf = new R(ev('erf', hi, x));
      const erfc = new R(ev('erfc', hi, x));
      expectClose(erf.plus(erfc), '1', hi - 1, 2);
      expectClose(ev('erfc', p, `-${x}`), new R(2).minus(erfc), p);
      expectClose(ev('erf', p, `-${x}`), erf.neg(), p);
    }
  });

  it('acot convention: atan(1/x), acot(0) = π/2', () => {
    expectClose(ev('acot', p, '0'), new R(PI).div(2), p);
    expectClose(ev('acot', p, '-1'), new R(PI).div(-4), p);
    // acot x = π/2 − x + x³/3 − … for small x > 0 (x³ is below the 60th digit here)
    expectClose(ev('acot', p, '1e-40'), new R(PI).div(2).minus('1e-40'), p);
    expectClose(ev('acot', p, '-1e-40'), new R(PI).div(-2).plus('1e-40'), p);
  });
});

describe('difficult arguments', () => {
  const R = ctor(200);
  it('cos near π/2 and sin near 113π (reduction keeps full relative precision)', () => {
    // Taylor series of sin for a small argument t.
    const sinSeries = (t: Decimal): Decimal => {
      let term = t;
      let sum = t;
      for (
        let k = 1;
        !term.isZero() && term.abs().gt(t.abs().times('1e-80'));
        k++
      ) {
        term = term
          .times(t)
          .times(t)
          .div(-(2 * k) * (2 * k + 1));
        sum = sum.plus(term);
      }
      return sum;
    };
    // cos(π/2 − d) = sin d with d = π/2 − 1.5707963267948966 ≈ 1.9e-17
    const d = new R(PI).div(2).minus('1.5707963267948966');
    expectClose(ev('cos', 60, '1.5707963267948966'), sinSeries(d), 60);
    // sin(355) = −sin(355 − 113π), 355 − 113π ≈ 3.0e-5
    const e = new R(355).minus(new R(PI).times(113));
    expectClose(ev('sin', 60, '355'), sinSeries(e).neg(), 60);
    // tan(π/2 − d) = 1/tan d is huge; sec likewise
    expectClose(
      ev('sec', 60, '1.5707963267948966'),
      new R(1).div(sinSeries(d)),
      60,
    );
  });

  it('cancellation-prone inverse hyperbolics near their branch points', () => {
    // asech(1 − h) = acosh(1/(1 − h)); acoth(1 + h) = ½ ln((2 + h)/h); acosh(1 + h) = ln(1 + h + √(h(2 + h)))
    const h = new R('1e-40');
    const one = new R(1);
    expectClose(
      ev('asech', 60, one.minus(h)),
      one.div(one.minus(h)).acosh(),
      60,
    );
    expectClose(
      ev('acoth', 60, one.plus(h)),
      new R(2).plus(h).div(h).ln().div(2),
      60,
    );
    expectClose(
      ev('acosh', 60, one.plus(h)),
      one
        .plus(h)
        .plus(h.times(h.plus(2)).sqrt())
        .ln(),
      60,
    );
    expectClose(
      ev('atanh', 60, one.minus(h)),
      new R(2).minus(h).div(h).ln().div(2),
      60,
    );
    expectClose(ev('asinh', 60, '-1e10'), new R('1e10').neg().asinh(), 60);
    expectClose(ev('acsch', 60, '1e-30'), new R('1e30').asinh(), 60);
    expectClose(
      ev('log', 60, '1.0000000000000000000000000000001'),
      new R('1e-31').minus('5e-63'),
      60,
    );
  });

  it('tiny and huge arguments', () => {
    expect(ev('sin', 30, '1e-5000').toString()).toBe('1e-5000');
    expect(ev('tanh', 30, '1e-5000').toString()).toBe('1e-5000');
    expect(ev('sinh', 30, '-1e-5000').toString()).toBe('-1e-5000');
    expect(ev('cos', 30, '1e-5000').toString()).toBe('1');
    expect(ev('exp', 30, '1e-5000').toString()).toBe('1');
    expect(ev('tanh', 30, '1e6').toString()).toBe('1');
    expect(ev('coth', 30, '-1e6').toString()).toBe('-1');
    expect(ev('erf', 30, '-1e9').toString()).toBe('-1');
    expect(ev('erfc', 30, '-40').toString()).toBe('2');
    // below the smallest representable magnitude: 0, never NaN
    expect(ev('erfc', 30, '1e9').isZero()).toBe(true);
    expect(ev('sech', 30, '1e17').isZero()).toBe(true);
    expect(ev('exp', 30, '-1e17').isZero()).toBe(true);
    // log10 of powers of ten is exact
    expect(ev('log10', 30, '1e-300').toString()).toBe('-300');
    expect(ev('log10', 30, '1000').toString()).toBe('3');
  });
});

describe('any precision', () => {
  it('rounds once to D.precision with D.rounding', () => {
    expect(ev('exp', 1, '1').toString()).toBe('3');
    expect(ev('exp', 3, '1').toString()).toBe('2.72');
    expect(ev('acos', 10, '-1').toString()).toBe('3.141592654');
    const Down = Decimal.clone({ precision: 10, rounding: Decimal.ROUND_DOWN });
    expect(
      fn('acos')
        .apply(Down, [new Down(-1)])
        .toString(),
    ).toBe('3.141592653');
    expect(ev('max', 5, '1', '1.234567', '-3').toString()).toBe('1.2346');
    expect(ev('min', 5, '1', '1.234567', '-3').toString()).toBe('-3');
    expect(ev('abs', 4, '-2.71828').toString()).toBe('2.718');
    expect(ev('sign', 4, '-2.71828').toString()).toBe('-1');
    expect(ev('sign', 4, '0').toString()).toBe('0');
    expect(ev('sign', 4, '1e-400').toString()).toBe('1');
  });

  it('2000 digits: π (Machin), erf(1) (series), sin² + cos² = 1, exp(log x) = x, acos(1/2) = π/3', () => {
    const p = 2000;
    const S = 10n ** 2030n;
    const pi = new HP(`${piFixed(S)}e-2030`);
    expectDigits(ev('acos', p, '-1'), pi.toString(), p);
    expectDigits(ev('erf', p, '1'), erfReference(1n, 2020).erf, p);
    const R = ctor(2100);
    expectClose(new R(ev('acos', p, '0.5')), new R(pi).div(3), p);
    const s = new R(ev('sin', p, '1.234'));
    const c = new R(ev('cos', p, '1.234'));
    expectClose(s.times(s).plus(c.times(c)), '1', p - 1, 2);
    expectClose(ev('exp', p, ev('log', p + 10, '7.5')), '7.5', p);
  });
});

describe('domain errors', () => {
  const D = ctor(30);
  const cases: [string, string, RegExp][] = [
    ['log', '0', /log\(x\) needs x > 0/],
    ['log', '-1', /log\(x\) needs x > 0/],
    ['log10', '0', /log10\(x\) needs x > 0/],
    ['sqrt', '-1', /sqrt\(x\) needs x ≥ 0/],
    ['asin', '2', /asin\(x\) needs \|x\| ≤ 1/],
    ['acos', '-1.0001', /acos\(x\) needs \|x\| ≤ 1/],
    ['acosh', '0.5', /acosh\(x\) needs x ≥ 1/],
    ['atanh', '1', /atanh\(x\) needs \|x\| < 1/],
    ['atanh', '-1', /atanh\(x\) needs \|x\| < 1/],
    ['csc', '0', /csc\(x\) needs sin\(x\) ≠ 0/],
    ['cot', '0', /cot\(x\) needs sin\(x\) ≠ 0/],
    ['coth', '0', /coth\(x\) needs x ≠ 0/],
    ['csch', '0', /csch\(x\) needs x ≠ 0/],
    ['acsch', '0', /acsch\(x\) needs x ≠ 0/],
    ['asec', '0.5', /asec\(x\) needs \|x\| ≥ 1/],
    ['acsc', '-0.5', /acsc\(x\) needs \|x\| ≥ 1/],
    ['acoth', '0.5', /acoth\(x\) needs \|x\| > 1/],
    ['acoth', '1', /acoth\(x\) needs \|x\| > 1/],
    ['asech', '0', /asech\(x\) needs 0 < x ≤ 1/],
    ['asech', '1.5', /asech\(x\) needs 0 < x ≤ 1/],
    ['exp', '1e17', /exp\(x\) overflows/],
    ['sinh', '-1e17', /sinh\(x\) overflows/],
    ['cosh', '1e17', /cosh\(x\) overflows/],
  ];
  for (const [name, x, message] of cases) {
    it(`${name}(${x}) throws DomainError`, () => {
      const call = () => fn(name).apply(D, [new D(x)]);
      expect(call).toThrow(DomainError);
      expect(call).toThrow(message);
    });
  }

  it('rejects non-finite arguments and wrong argument counts', () => {
    expect(() => fn('exp').apply(D, [new D(Number.NaN)])).toThrow(DomainError);
    expect(() => fn('sin').apply(D, [new D(Number.POSITIVE_INFINITY)])).toThrow(
      DomainError,
    );
    expect(() => fn('sin').apply(D, [])).toThrow(InputError);
    expect(() => fn('sin').apply(D, [new D(1), new D(2)])).toThrow(InputError);
    expect(() => fn('max').apply(D, [])).toThrow(InputError);
  });

  it('accepts the boundary points of closed domains', () => {
    expect(ev('sqrt', 30, '0').toString()).toBe('0');
    expect(ev('acosh', 30, '1').toString()).toBe('0');
    expect(ev('asech', 30, '1').toString()).toBe('0');
    expect(ev('acos', 30, '1').toString()).toBe('0');
    expect(ev('asec', 30, '1').toString()).toBe('0');
    expectClose(ev('asin', 30, '-1'), new HP(PI).div(-2), 30);
    expectClose(ev('asec', 30, '-1'), PI, 30);
    expectClose(ev('acsc', 30, '1'), new HP(PI).div(2), 30);
  });
});
