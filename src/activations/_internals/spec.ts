/**
 * What an activation *is*: the declaration each `src/activations/<name>.ts` file
 * writes. It never contains the derivative the code uses: that is derived by the CAS
 * (piece by piece) and checked. The textbook derivative is a *claim*, checked against
 * the derived one.
 *
 * Expressions are gradproof expression text in the variable `z` and the parameter
 * names. In textbook claims the variable `f` stands for the activation's own value
 * (so σ(1 − σ) is written `f*(1 - f)`).
 *
 * @module
 */

/** A parameter with its default and where that default comes from. */
export interface ParamSpec {
  /** Name used in the expressions (e.g. `alpha`). */
  readonly name: string;
  /** Default as an exact decimal string or a constant's name. */
  readonly default: string;
  /** Where the default comes from (the notes, Keras, PyTorch, a paper). */
  readonly source: string;
  /** Allowed values: lower bound (exclusive unless `minClosed`). */
  readonly min?: string;
  readonly minClosed?: boolean;
  /** Allowed values: upper bound (exclusive unless `maxClosed`). */
  readonly max?: string;
  readonly maxClosed?: boolean;
  /** True when the parameter is learned with the weights (PReLU's α, swish's β). */
  readonly learnable?: boolean;
}

/** One piece of a piecewise function: where it applies and its formula. */
export interface PieceSpec {
  /** Condition on z: `z < 0`, `z >= 0`, `-3 < z <= 3`, `z > lambda` … (bounds may use parameters). */
  readonly when: string;
  /** The formula on that piece. */
  readonly expr: string;
}

/** One end of an interval: a value (expression text, `inf` or `-inf`) and whether it belongs to the set. */
export interface EndSpec {
  /** Exact expression text (`0`, `1/4`, `-lambda*alpha`), `inf`/`-inf`, or `critical` for an interior extremum. */
  readonly value: string;
  /** Whether the end is attained (closed). */
  readonly closed: boolean;
  /**
   * Where a closed end is attained (z, as expression text); for an open end, the finite z it
   * is approached next to (omit when approached as z → ±∞); for `critical`, a starting guess.
   */
  readonly at?: string;
  /** For `critical` ends: the value to a few digits, as a claim checked against the computed extremum. */
  readonly approx?: string;
}

/**
 * A range, as a SET: one interval (`{ lo, hi }`), a finite set of values (`{ values }`:
 * ReLU′ takes only 0 and 1), or any union of intervals and points in the spec form of
 * `parseRangeSet` (`'{value} U (threshold, inf)'`, `'(-inf, -lambda) U {0} U (lambda, inf)'`;
 * an end may carry `@ z`, where it is attained or approached). Declare the set the function
 * takes, never a hull: every entry's range is proved equal to it for all z.
 */
export type RangeSpec = { readonly lo: EndSpec; readonly hi: EndSpec } | { readonly values: readonly string[] } | string;

/** The notes' remarks on an activation. */
export interface Remarks {
  readonly advantages?: readonly string[];
  readonly disadvantages?: readonly string[];
}

interface CommonSpec {
  /** snake_case name, as in Keras. */
  readonly name: string;
  /** Other accepted names (PyTorch's class names, common spellings). */
  readonly aliases?: readonly string[];
  /** A human title. */
  readonly title: string;
  /** Page of the lecture notes that discusses it, when it is one of the notes' thirteen. */
  readonly notesPage?: string;
  /** Parameters with defaults. */
  readonly params?: readonly ParamSpec[];
  /** The notes' (or the literature's) remarks. */
  readonly remarks?: Remarks;
  /** Where the definition comes from and how sources differ. */
  readonly references?: readonly string[];
}

/** A function of one real variable z. */
export interface ScalarSpec extends CommonSpec {
  readonly kind: 'scalar';
  /** The formula, when it is one smooth expression. Exactly one of `expr` and `pieces`. */
  readonly expr?: string;
  /** The pieces, for piecewise functions (conditions must cover the real line without overlap). */
  readonly pieces?: readonly PieceSpec[];
  /** Textbook first derivative (claim): one expression, or one per piece. */
  readonly textbookDerivative?: string | readonly string[];
  /** Textbook second derivative (claim), for smooth functions. */
  readonly textbookSecondDerivative?: string;
  /** Range of the function. */
  readonly range: RangeSpec;
  /** Range of the first derivative (away from kinks; at a kink the convention's value is included). */
  readonly derivativeRange: RangeSpec;
  /** Points (expression text) where the slope jumps. */
  readonly kinks?: readonly string[];
  /** Points (expression text) where the function itself jumps. */
  readonly jumps?: readonly string[];
  /** True when the function is smooth everywhere (second derivative derived and verified). */
  readonly smooth?: boolean;
}

/** A function of a vector z = (z1, …, zn). */
export interface VectorSpec extends CommonSpec {
  readonly kind: 'vector';
  /** Component formulas for input size n, in the variables z1 … zn. */
  readonly components: (n: number) => readonly string[];
  /** Textbook Jacobian (claim) for input size n: entry [i][j] = ∂yᵢ/∂zⱼ, may use y1 … ym for the outputs. */
  readonly textbookJacobian?: (n: number) => readonly (readonly string[])[];
  /** Valid input sizes (GLU needs an even n). */
  readonly validSize?: (n: number) => string | undefined;
  /** Range of each output component, stated in words (checked: see `componentRange`). */
  readonly componentRange?: RangeSpec;
  /** A relation the outputs satisfy for every input (softmax: they sum to 1), as expression text in y1 … ym. */
  readonly invariant?: (n: number) => { readonly left: string; readonly right: string };
}

/** Any activation declaration. */
export type ActivationSpec = ScalarSpec | VectorSpec;
