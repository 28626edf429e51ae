/**
 * Vectors (notes p. 1): unit vectors, magnitude, the unit vector of OA = 3î + 2ĵ.
 *
 * @module
 */
import { allOf, identity, inequality, value } from '../src/verify/checks.js';
import { InputError } from '../src/errors.js';
import type { Term } from '../src/latex/index.js';
import { claim, notCheckable, statementClaim, topic } from '../src/proofs/claim.js';
import type { StatementReader } from '../src/proofs/statement.js';

const NORM2 = 'sqrt(x^2 + y^2)';
const NORM3 = 'sqrt(x^2 + y^2 + z^2)';

/** The coefficients of î and ĵ in a sum c₁·î + c₂·ĵ the statement writes (term `i`), as expression text. */
function components(s: StatementReader, i: number): { i: string; j: string } {
  const out: Record<string, string> = {};
  const walk = (t: Term): void => {
    if (t.t === 'op' && t.op === 'add') t.args.forEach(walk);
    else if (t.t === 'op' && t.op === 'mul' && t.args.length === 2 && t.args[1]!.t === 'sym' && /^hat_[ij]$/.test(t.args[1].name)) out[t.args[1].name.slice(4)] = s.text(t.args[0]!);
    else throw new InputError(`expected a sum of multiples of î and ĵ, found ${JSON.stringify(t).slice(0, 60)}`);
  };
  walk(s.term(i));
  if (out.i === undefined || out.j === undefined) throw new InputError('expected both î and ĵ');
  return { i: out.i, j: out.j };
}

/**
 * The claims of the notes on vectors (p. 1), each with its check.
 *
 * @example
 * ```ts
 * runClaims(VECTORS).filter((r) => r.status === 'refuted').map((r) => r.id); // []
 * ```
 */
export const VECTORS = topic('vectors', [
  notCheckable({
    id: 'vec-def',
    source: 'notes p. 1, line 10',
    statement: 'Vector :- Magnitude + Direction',
    reason: 'a definition',
  }),
  claim({
    id: 'vec-unit-def',
    source: 'notes p. 1, lines 12–15',
    statement: 'Unit Vector ✓ Magnitude + direction ↓ value of magnitude is 1 aka directional vectors.',
    kind: 'identity',
    reading: 'v/‖v‖ has magnitude 1 for every nonzero v in ℝ² and ℝ³',
    check: () =>
      allOf(
        identity(`sqrt((x/${NORM2})^2 + (y/${NORM2})^2)`, '1'),
        identity(`sqrt((x/${NORM3})^2 + (y/${NORM3})^2 + (z/${NORM3})^2)`, '1'),
      ),
  }),
  claim({
    id: 'vec-unit-i-direction',
    source: 'notes p. 1, line 19',
    statement: String.raw`Unit vector in the direction of  $\vec{OA}$  is defined as  $\hat{i}$`,
    kind: 'value',
    prose: 'the formulas only name the vectors (OA, î); the claim is about the example that follows',
    reading:
      'î is the unit vector along OA when OA lies along +x, as in the example OA = 3î that follows: 3î/|3î| = î. For OA = 3î + 2ĵ (line 28) the unit vector is not î (see vec-unit-oa)',
    check: () => allOf(value('3/sqrt(3^2 + 0^2)', '1'), value('0/sqrt(3^2 + 0^2)', '0')),
  }),
  claim({
    id: 'vec-oa-3i',
    source: 'notes p. 1, lines 21–22',
    statement: String.raw`If I want to represent a vector in  $\hat{i}$  direction $\vec{OA} = 3\hat{i}$`,
    kind: 'value',
    reading: 'the example: the vector written, c·î, has magnitude |c| = c, so it is c times the unit vector î',
    check: (s) => {
      const c = s.numbers(1)[0]!;
      return value(`sqrt(${c}^2 + 0^2)`, c);
    },
  }),
  notCheckable({
    id: 'vec-oa-example',
    source: 'notes p. 1, line 28',
    statement: String.raw`$$\vec{OA} \rightarrow 3\hat{i} + 2\hat{j} = \vec{OA}$$`,
    reason: 'it sets up the example',
  }),
  claim({
    id: 'vec-unit-oa',
    source: 'notes p. 1, line 30',
    statement: String.raw`$$\boxed{\frac{3}{\sqrt{13}}\hat{i} + \frac{2}{\sqrt{13}}\hat{j} = \hat{OA}}$$`,
    kind: 'value',
    reading: 'the components written have magnitude 1 and are those of OA = (3, 2) (line 28) divided by |OA|',
    check: (s) => {
      const c = components(s, 0);
      return allOf(value(`(${c.i})^2 + (${c.j})^2`, '1'), value('3/sqrt(3^2 + 2^2)', c.i), value('2/sqrt(3^2 + 2^2)', c.j));
    },
  }),
  statementClaim({
    id: 'vec-magnitude-oa',
    source: 'notes p. 1, line 34',
    statement: String.raw`$$\text{magnitude of } \vec{OA} = |\vec{OA}| = \sqrt{3^2 + 2^2} = \sqrt{13}$$`,
    kind: 'value',
    reading: 'the last equality; the first two name the magnitude',
    links: [2],
  }),
  claim({
    id: 'vec-polar-form',
    source: 'notes p. 1, lines 36–38',
    statement: String.raw`Let's say the unit vector in direction of  $\vec{OA}$  is  $\hat{a}$ . $$\vec{OA} = |\vec{OA}| \hat{a}$$`,
    kind: 'identity',
    prose: 'the formulas are vector notation the reader does not compute with; the identity is checked componentwise',
    reading: 'v = ‖v‖·(v/‖v‖), componentwise, for every nonzero v in ℝ²',
    check: () => allOf(identity(`${NORM2}*(x/${NORM2})`, 'x'), identity(`${NORM2}*(y/${NORM2})`, 'y')),
  }),
  claim({
    id: 'vec-unit-formula',
    source: 'notes p. 1, line 41',
    statement: String.raw`$$\frac{\vec{OA}}{|\vec{OA}|} = \hat{a}$$`,
    kind: 'identity',
    prose: 'the formula is vector notation the reader does not compute with; checked componentwise',
    reading: 'v/‖v‖ has magnitude 1 and is a positive multiple of v',
    check: () =>
      allOf(identity(`sqrt((x/${NORM2})^2 + (y/${NORM2})^2)`, '1'), inequality(`1/${NORM2}`, '>', '0', { points: 16 })),
  }),
  notCheckable({
    id: 'vec-components-2d',
    source: 'notes p. 1, line 46',
    statement: String.raw`$$\vec{v} = x\hat{i} + y\hat{j} = \begin{bmatrix} x \\ y \end{bmatrix}$$`,
    reason: 'notation',
  }),
  claim({
    id: 'vec-equality',
    source: 'notes p. 1, lines 43, 48',
    statement:
      '→ Condition for two vectors to become equal. … when magnitude and direction of two vectors are same then it implies those two vectors are equal.',
    kind: 'identity',
    reading:
      'a nonzero vector is recovered from its magnitude and direction, v = ‖v‖·(v/‖v‖) componentwise in ℝ³, so two vectors with the same magnitude and direction are equal',
    check: () =>
      allOf(identity(`${NORM3}*(x/${NORM3})`, 'x'), identity(`${NORM3}*(y/${NORM3})`, 'y'), identity(`${NORM3}*(z/${NORM3})`, 'z')),
  }),
  notCheckable({
    id: 'vec-components-3d',
    source: 'notes p. 1, line 50',
    statement: String.raw`$$\vec{v} = x\hat{i} + y\hat{j} + z\hat{k} = \begin{bmatrix} x \\ y \\ z \end{bmatrix}$$`,
    reason: 'notation',
  }),
  claim({
    id: 'vec-ab',
    source: 'notes p. 1, line 54',
    statement: String.raw`$$\vec{AB} = (x_2 - x_1)\hat{i} + (y_2 - y_1)\hat{j}$$`,
    kind: 'identity',
    reading: 'with A = (x₁, y₁), B = (x₂, y₂): OA + AB = OB, componentwise, with the components written',
    check: (s) => {
      const c = components(s, 1);
      return allOf(identity(`x_1 + (${c.i})`, 'x_2'), identity(`y_1 + (${c.j})`, 'y_2'));
    },
  }),
]);
