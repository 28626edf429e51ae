import fc from 'fast-check';

/** Random elementary expressions in x that are defined on all reals (bounded depth). */
export const smoothExpression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('x'),
    fc.integer({ min: 1, max: 9 }).map(String),
    fc.constantFrom('0.5', '1.25', 'pi', 'e'),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a} + ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a} - ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a})*(${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(${a})/(2 + sin(${b}))`),
    fc.tuple(tie('e'), fc.integer({ min: 2, max: 3 })).map(([a, n]) => `(${a})^${n}`),
    fc.tuple(fc.constantFrom('sin', 'cos', 'tanh', 'atan', 'erf', 'asinh'), tie('e')).map(([f, a]) => `${f}(${a})`),
    tie('e').map((a) => `log(1 + (${a})^2)`),
    tie('e').map((a) => `sqrt(1 + (${a})^2)`),
    tie('e').map((a) => `e^(-(${a})^2)`),
  ),
})).e;

/** Token soups: pieces of the expression language in random order. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('x', 'y', '1', '0.5', '1e-3', '+', '-', '*', '/', '^', '(', ')', ',', 'sin', 'log', 'max', 'sqrt', 'e', 'pi', ' ', 'foo', '2x', '.'), {
    maxLength: 14,
  })
  .map((parts) => parts.join(''));
