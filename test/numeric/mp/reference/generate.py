"""
Reference values for the BigInt engine's tests, computed by mpmath (an independent
implementation: Python integers, its own algorithms) at twice the digits tested plus 30
(60 for expressions, 800 for the cancelling ones), and checked at 500 or 1000 digits more.

    python3 test/numeric/mp/reference/generate.py > test/numeric/mp/reference/mpmath.ts

Conventions follow gradproof's real functions: cbrt is real for negative arguments,
asec x = acos(1/x), acsc x = asin(1/x), acot x = atan(1/x) with acot 0 = pi/2,
asech x = acosh(1/x), acsch x = asinh(1/x), acoth x = atanh(1/x).
"""
import sys
import mpmath
from mpmath import mp, mpf

sys.set_int_max_str_digits(0)


def cbrt(x):
    return mpmath.sign(x) * mpmath.cbrt(abs(x)) if x else mpf(0)


F = {
    'sqrt': mpmath.sqrt, 'cbrt': cbrt, 'exp': mpmath.exp, 'log': mpmath.ln, 'log10': mpmath.log10,
    'abs': abs, 'sign': mpmath.sign,
    'sin': mpmath.sin, 'cos': mpmath.cos, 'tan': mpmath.tan, 'sec': mpmath.sec, 'csc': mpmath.csc, 'cot': mpmath.cot,
    'asin': mpmath.asin, 'acos': mpmath.acos, 'atan': mpmath.atan,
    'asec': lambda x: mpmath.acos(1 / x), 'acsc': lambda x: mpmath.asin(1 / x),
    'acot': lambda x: mpmath.pi / 2 if x == 0 else mpmath.atan(1 / x),
    'sinh': mpmath.sinh, 'cosh': mpmath.cosh, 'tanh': mpmath.tanh, 'sech': mpmath.sech, 'csch': mpmath.csch, 'coth': mpmath.coth,
    'asinh': mpmath.asinh, 'acosh': mpmath.acosh, 'atanh': mpmath.atanh,
    'asech': lambda x: mpmath.acosh(1 / x), 'acsch': lambda x: mpmath.asinh(1 / x), 'acoth': lambda x: mpmath.atanh(1 / x),
    'erf': mpmath.erf, 'erfc': mpmath.erfc,
}

# (function, points at 40 digits, points at 250 digits, point at 2000 digits)
POINTS = {
    'sqrt': (['2', '0.5', '1e-31', '123456.789', '7.25e301'], ['2', '3e-200', '0.999'], '2'),
    'cbrt': (['2', '-0.5', '1e-31', '-27.001', '1e300'], ['-2', '7.7e-150', '1000.5'], '3'),
    'exp': (['0.7', '-0.7', '1e-40', '-700.5', '1000.25'], ['1', '-123.456', '1e-100'], '0.7'),
    'log': (['2', '0.5', '1.0000000000000000000001', '1e-300', '0.99'], ['10', '0.9999999999', '3e400'], '2'),
    'log10': (['2', '0.001', '7.5', '1e-300', '1.01'], ['3', '0.5', '1e250'], '7'),
    'abs': (['-2.5', '3.75'], ['-1e-100'], '-0.3'),
    'sign': (['-2.5', '0', '1e-300'], ['-1e-100'], '5'),
    'sin': (['1', '-0.5', '1e-30', '3.14159265358979', '1e20'], ['355', '-1.5707963267948966', '0.001'], '1'),
    'cos': (['1', '1.5707963267948966', '1e-30', '100', '-1e20'], ['0.5', '3.14159265358979323846', '1e10'], '1'),
    'tan': (['1', '1.5707963267948966', '-0.3', '100', '1e-25'], ['1.5707963', '-2.5', '1e5'], '1'),
    'sec': (['1', '1.5707', '-3', '1e-20', '50'], ['0.75', '-1.5707963267948966'], '0.5'),
    'csc': (['1', '3.1415926', '-0.2', '1e-20', '50'], ['0.75', '-3.14159265358979323846'], '0.5'),
    'cot': (['1', '1e-10', '-2', '1.5707963267948966', '50'], ['0.75', '-3.14159'], '0.5'),
    'asin': (['0.5', '-0.999999999999', '1e-30', '1', '-1'], ['0.25', '0.99999999999999999999', '-0.5'], '0.5'),
    'acos': (['0.5', '-0.999999999999', '0.999999999999', '1', '0'], ['0.25', '-1', '1e-50'], '0.5'),
    'atan': (['1', '-0.5', '1e-30', '1e30', '2'], ['0.3', '-7.5', '1e-100'], '0.5'),
    'asec': (['2', '-1.0000001', '1', '-1', '1e20'], ['1.5', '-3', '1.0000000000000000000001'], '2'),
    'acsc': (['2', '-1.0000001', '1', '-1', '1e20'], ['1.5', '-3', '1e100'], '2'),
    'acot': (['0', '0.5', '-0.5', '2', '-1e20'], ['0.3', '-7.5', '1e-100'], '0.5'),
    'sinh': (['0.5', '-1e-30', '30', '-0.9', '1'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'cosh': (['0.5', '1e-30', '-30', '1', '700'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'tanh': (['0.5', '-1e-30', '30', '200', '-0.001'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'sech': (['0.5', '-30', '1e-20', '1', '700'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'csch': (['0.5', '-1e-30', '30', '1', '-700'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'coth': (['0.5', '-1e-30', '30', '1', '-0.001'], ['0.25', '-100.5', '1e-60'], '0.7'),
    'asinh': (['0.5', '-1e-30', '1e30', '3', '-1000.5'], ['0.25', '-1e200', '1e-60'], '0.7'),
    'acosh': (['1.5', '1.000000000000001', '1e30', '1', '7'], ['1.25', '1e200', '1.0000000000000000000000000000001'], '2'),
    'atanh': (['0.5', '-1e-30', '0.9999999999999', '-0.75', '0.001'], ['0.25', '-0.99999999999999999999', '1e-60'], '0.5'),
    'asech': (['0.5', '0.9999999999999', '1e-30', '1', '0.01'], ['0.25', '0.99999999999999999999', '1e-60'], '0.5'),
    'acsch': (['0.5', '-1e-30', '1e30', '3', '-7'], ['0.25', '-1e200', '1e-60'], '0.7'),
    'acoth': (['1.5', '-1.0000000000001', '1e30', '3', '-7'], ['1.25', '-1e200', '1.00000000000000000001'], '2'),
    'erf': (['0.5', '-1e-30', '3', '-6.5', '27'], ['0.7', '-5.25', '1e-60'], '0.7'),
    'erfc': (['0.5', '-3', '6.5', '27', '1000.5'], ['0.7', '-5.25', '26.5'], '0.7'),
}


def value(name, x, digits):
    out = []
    for dps in (2 * digits + 30, 2 * digits + 530):
        mp.dps = dps
        out.append(mp.nstr(F[name](mpf(x)), digits + 10, strip_zeros=False, min_fixed=1, max_fixed=0))
    assert out[0] == out[1], (name, x, out)
    return out[0]


print('// Generated by test/numeric/mp/reference/generate.py with mpmath %s; see its docstring for the precisions.' % mpmath.__version__)
print('// Each value carries 10 digits more than the precision it is used at. Do not edit.')
print('/** [function, argument, digits tested, reference value] */')
print('export const FUNCTION_REFERENCES: readonly (readonly [string, string, number, string])[] = [')
for name, (p40, p250, p2000) in POINTS.items():
    for x in p40:
        print("  ['%s', '%s', 40, '%s']," % (name, x, value(name, x, 40)))
    for x in p250:
        print("  ['%s', '%s', 250, '%s']," % (name, x, value(name, x, 250)))
    print("  ['%s', '%s', 2000, '%s']," % (name, p2000, value(name, p2000, 2000)))
print('];')

# expressions in gradproof syntax and the same in mpmath
EXPRS = [
    ('e^(-z)/(1+e^(-z))^2', lambda z: mpmath.exp(-z) / (1 + mpmath.exp(-z)) ** 2),
    ('(1+erf(z/sqrt(2)))/2 + z*e^(-z^2/2)/sqrt(2*pi)', lambda z: (1 + mpmath.erf(z / mpmath.sqrt(2))) / 2 + z * mpmath.exp(-z ** 2 / 2) / mpmath.sqrt(2 * mpmath.pi)),
    ('z*(1 + erf(z/sqrt(2)))/2', lambda z: z * (1 + mpmath.erf(z / mpmath.sqrt(2))) / 2),
    ('log(1+e^z)', lambda z: mpmath.log(1 + mpmath.exp(z))),
    ('z*tanh(log(1+e^z))', lambda z: z * mpmath.tanh(mpmath.log(1 + mpmath.exp(z)))),
    ('z/(1+abs(z))', lambda z: z / (1 + abs(z))),
    ('(z + sqrt(z^2 + 4))/2', lambda z: (z + mpmath.sqrt(z ** 2 + 4)) / 2),
    ('z^(1/3) + (z^2+1)^(-1/2) + 2^z', lambda z: cbrt(z) + (z ** 2 + 1) ** mpf(-0.5) + mpf(2) ** z),
    ('sin(z)*cos(2*z) - atan(z)*asinh(z)', lambda z: mpmath.sin(z) * mpmath.cos(2 * z) - mpmath.atan(z) * mpmath.asinh(z)),
    ('1/(1+e^(-z)) - 1/2 - z/4', lambda z: 1 / (1 + mpmath.exp(-z)) - mpf(1) / 2 - z / 4),
    # arguments with no short exact form: the full-length series paths
    ('erf(pi*z/4) - erfc(pi*z/3) + e^(pi*z/5)', lambda z: mpmath.erf(mpmath.pi * z / 4) - mpmath.erfc(mpmath.pi * z / 3) + mpmath.exp(mpmath.pi * z / 5)),
]
ZS = ['-3.7', '0.7', '1e-20', '12.5']


def evalexpr(f, z, digits, extra=60):
    # evaluated at two precisions 1000 digits apart: a reference that cancels must not pass
    out = []
    for dps in (2 * digits + extra, 2 * digits + extra + 1000):
        mp.dps = dps
        out.append(mp.nstr(f(mpf(z)), digits + 10, strip_zeros=False, min_fixed=1, max_fixed=0))
    assert out[0] == out[1], (z, out)
    return out[0]


print('/** [expression, z, digits tested, reference value] */')
print('export const EXPRESSION_REFERENCES: readonly (readonly [string, string, number, string])[] = [')
for text, f in EXPRS:
    for z in ZS:
        for digits in (50, 1000):
            print("  ['%s', '%s', %d, '%s']," % (text, z, digits, evalexpr(f, z, digits)))
# cancellation: the running error bound must see it
for text, f, z in [
    ('1 + tanh(z)', lambda z: 1 + mpmath.tanh(z), '-200'),
    ('1/(1+e^(-z)) - 1/2 - z/4', lambda z: 1 / (1 + mpmath.exp(-z)) - mpf(1) / 2 - z / 4, '1e-65'),
    ('(1+erf(z/sqrt(2)))/2 + z*e^(-z^2/2)/sqrt(2*pi)', lambda z: (1 + mpmath.erf(z / mpmath.sqrt(2))) / 2 + z * mpmath.exp(-z ** 2 / 2) / mpmath.sqrt(2 * mpmath.pi), '-37.5'),
]:
    print("  ['%s', '%s', %d, '%s']," % (text, z, 50, evalexpr(f, z, 50, 800)))
print('];')

# erf and erfc of exact decimals, for the decimal.js functions' exact-square hint
print('/** [function, x, digits tested, reference value] */')
print('export const ERF_HINT_REFERENCES: readonly (readonly [string, string, number, string])[] = [')
for name in ('erf', 'erfc'):
    for x in ('0.7', '2.5', '4.75', '9.5', '26.5'):
        for digits in (50, 300):
            print("  ['%s', '%s', %d, '%s']," % (name, x, digits, value(name, x, digits)))
print('];')

# ill-conditioned expressions: the running error bound must not claim digits it lost
print('/** [expression, z, reference value to 60 digits] */')
print('export const BOUND_REFERENCES: readonly (readonly [string, string, string])[] = [')
for text, f, z in [
    ('tan(pi/2 - z)', lambda z: mpmath.tan(mpmath.pi / 2 - z), '1e-30'),
    ('sec(pi/2 - z)', lambda z: mpmath.sec(mpmath.pi / 2 - z), '1e-25'),
    ('cot(pi - z)', lambda z: mpmath.cot(mpmath.pi - z), '1e-30'),
    ('atanh(1 - z)', lambda z: mpmath.atanh(1 - z), '1e-40'),
    ('asin(1 - z)', lambda z: mpmath.asin(1 - z), '1e-40'),
    ('acosh(1 + z)', lambda z: mpmath.acosh(1 + z), '1e-40'),
    ('log(1 - e^(-z))', lambda z: mpmath.log(1 - mpmath.exp(-z)), '1e-30'),
    ('(e^z - 1)/z - 1', lambda z: (mpmath.exp(z) - 1) / z - 1, '1e-20'),
    ('sqrt(1 + z) - 1', lambda z: mpmath.sqrt(1 + z) - 1, '1e-35'),
    ('1/(1 - cos(z))', lambda z: 1 / (1 - mpmath.cos(z)), '1e-12'),
]:
    print("  ['%s', '%s', '%s']," % (text, z, evalexpr(f, z, 60, 400)))
print('];')
