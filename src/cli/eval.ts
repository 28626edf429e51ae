/**
 * `gradproof eval <activation> --at <z>[,<z>…] [--order 0|1|2] [--wrt z|<param>] [--digits 50] [--param name=value …] [--vector] [--json]`
 *
 * @module
 */
import { getActivation } from '../activations/_internals/catalogue.js';
import { InputError } from '../errors.js';
import { toDecimal } from '../numeric/evaluate.js';
import { COMMON_OPTIONS, digitsOption, integerOption, parseCommand, pointOption, print } from './args.js';

export const usage = `gradproof eval <activation> --at <z>[,<z>…] [--order 0|1|2] [--wrt z|<param>] [--digits 50] [--param name=value …] [--vector] [--json]

Evaluates an activation (order 0), its derivative (1) or second derivative (2), or with
--wrt <param> its derivative with respect to a parameter, to --digits correct significant
digits at each z. Vector activations (softmax, log_softmax, softmin, maxout, glu) take one
vector with --vector; --order 1 then gives the Jacobian.`;

/** Every `--param` list in one object; a name given twice, in one list or across several, is an error. */
function paramsOption(list: readonly string[] | undefined): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  for (const item of list ?? []) pointOption(item, '--param', params);
  return params;
}

/** `elu`, `elu'`, `elu''`, `∂elu/∂alpha`, `∂²elu/∂alpha²`. */
function label(name: string, order: number, wrt: string): string {
  if (order === 0) return name;
  if (wrt === 'z') return `${name}${"'".repeat(order)}`;
  return order === 1 ? `∂${name}/∂${wrt}` : `∂${order === 2 ? '²' : order}${name}/∂${wrt}${order === 2 ? '²' : `^${order}`}`;
}

/** Runs `gradproof eval`; returns the exit code. */
export function runEval(argv: string[]): number {
  const { values, positionals } = parseCommand(argv, {
    ...COMMON_OPTIONS,
    at: { type: 'string' },
    order: { type: 'string' },
    wrt: { type: 'string' },
    digits: { type: 'string' },
    param: { type: 'string', multiple: true },
    vector: { type: 'boolean', default: false },
  }, { command: 'eval', min: 1, max: 1, what: 'activation name' });
  if (values.help) {
    print(usage);
    return 0;
  }
  const activation = getActivation(positionals[0]!);
  if (values.at === undefined) throw new InputError('eval needs --at <z>[,<z>…]');
  const digits = digitsOption(values.digits);
  const order = integerOption(values.order, 'order', 0, 0, 2);
  const params = paramsOption(values.param);
  const points = values.at.split(',').map((s) => s.trim());
  for (const [i, p] of points.entries()) toDecimal(p, `--at value ${i + 1}`);
  activation.paramValues(params); // checks names and bounds before any work

  if (activation.kind === 'vector') {
    if (!values.vector) throw new InputError(`${activation.name} takes a vector: pass --vector with --at z1,z2,…`);
    if (order === 2) throw new InputError(`${activation.name}: --order 2 is not available for vector activations`);
    if (values.wrt !== undefined) throw new InputError('--wrt is for scalar activations');
    if (order === 0) {
      const value = activation.evaluateVector(points, { digits, params }).map((e) => e.value);
      if (values.json) print(JSON.stringify([{ at: points.join(','), value }], null, 2));
      else for (const [i, v] of value.entries()) print(`y${i + 1} = ${v}`);
    } else {
      const jacobian = activation.evaluateJacobian(points, { digits, params }).map((row) => row.map((e) => e.value));
      if (values.json) print(JSON.stringify([{ at: points.join(','), value: jacobian }], null, 2));
      else for (const [i, row] of jacobian.entries()) print(`∂y${i + 1}/∂z: ${row.join('  ')}`);
    }
    return 0;
  }
  if (values.vector) throw new InputError(`${activation.name} is a scalar activation: drop --vector`);
  const wrt = values.wrt ?? 'z';
  if (wrt !== 'z' && !activation.params.some((p) => p.name === wrt)) {
    throw new InputError(`--wrt must be z or a parameter of ${activation.name}${activation.params.length ? ` (${activation.params.map((p) => p.name).join(', ')})` : ''}, got "${wrt}"`);
  }
  const effectiveOrder = wrt === 'z' ? order : Math.max(order, 1);
  const results = points.map((z) => {
    const e = activation.evaluate(z, { digits, order: effectiveOrder, wrt, params });
    // a value known only to lie below a bound is printed as that bound, never as a bare 0
    return { at: z, value: e.value, ...(e.zeroBound ? { zeroBound: e.zeroBound } : {}) };
  });
  if (values.json) print(JSON.stringify(results, null, 2));
  else {
    const name = label(activation.name, effectiveOrder, wrt);
    for (const r of results) print(`${name}(${r.at}) = ${r.zeroBound ? `0 to every digit: |value| < ${r.zeroBound}` : r.value}`);
  }
  return 0;
}
