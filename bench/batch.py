"""
The activation batch in SymPy + mpmath, for bench/batch.ts (which starts this script and
reads its answer). Input on stdin, JSON: {"mode": "bench" | "reference", "digits": 50,
"items": [{"expr": "<gradproof syntax, parameters substituted>", "z": "<decimal>"}, ...]}.

bench: SymPy parses each expression (decimal literals kept exact as rationals), takes its
derivative, and evaluates value and derivative at z with N(…, digits) (SymPy's evalf, on
mpmath). Two passes in one process: the first cold (after imports), the second warm (SymPy's
caches full). Times are CPU seconds of this process (time.process_time).

reference: the same values by mpmath at 1200 digits, checked against 1700 digits.
"""
import json
import sys
import time

import mpmath
import sympy
from sympy.parsing.sympy_parser import convert_xor, parse_expr, rationalize, standard_transformations

sys.set_int_max_str_digits(0)
Z = sympy.Symbol('z')
NAMES = {
    'z': Z, 'e': sympy.E, 'pi': sympy.pi, 'erf': sympy.erf, 'erfc': sympy.erfc, 'log': sympy.log, 'exp': sympy.exp,
    'sqrt': sympy.sqrt, 'tanh': sympy.tanh, 'abs': sympy.Abs, 'sign': sympy.sign, 'max': sympy.Max, 'min': sympy.Min,
}
TRANSFORMS = standard_transformations + (convert_xor, rationalize)


def parse(text):
    return parse_expr(text, local_dict=dict(NAMES), transformations=TRANSFORMS)


def text_of(x, digits):
    if x == 0:
        return '0'
    return mpmath.nstr(mpmath.mpf(x), digits, strip_zeros=False, min_fixed=1, max_fixed=0)


def run_pass(items, digits):
    out = []
    for it in items:
        f = parse(it['expr'])
        df = sympy.diff(f, Z)
        at = {Z: sympy.Rational(it['z'])}
        out.append([str(sympy.N(f, digits, subs=at)), str(sympy.N(df, digits, subs=at))])
    return out


def bench(items, digits):
    t0 = time.process_time()
    values = run_pass(items, digits)
    t1 = time.process_time()
    run_pass(items, digits)
    t2 = time.process_time()
    return {'cold_ms': (t1 - t0) * 1000, 'warm_ms': (t2 - t1) * 1000, 'values': values}


def reference(items, digits):
    out = []
    for it in items:
        f = parse(it['expr'])
        pair = []
        for g in (f, sympy.diff(f, Z)):
            fn = sympy.lambdify(Z, g, 'mpmath')
            got = []
            for dps in (1200, 1700):
                mpmath.mp.dps = dps
                got.append(text_of(fn(mpmath.mpf(it['z'])), digits + 10))
            assert got[0] == got[1], (it, got)
            pair.append(got[0])
        out.append(pair)
    return {'values': out}


def main():
    job = json.load(sys.stdin)
    items, digits = job['items'], job['digits']
    result = bench(items, digits) if job['mode'] == 'bench' else reference(items, digits)
    result['versions'] = {'sympy': sympy.__version__, 'mpmath': mpmath.__version__, 'python': sys.version.split()[0]}
    json.dump(result, sys.stdout)


main()
