/**
 * Plain text of a statement term, for summaries and the JSON report.
 *
 * @module
 */
import type { Term } from '../latex/term.js';

const OPS = { add: ' + ', sub: ' - ', mul: '·', div: '/', pow: '^' } as const;

/**
 * A readable one-line form of a term.
 *
 * @example
 * ```ts
 * termText({ t: 'apply', name: 'sigma', primes: 1, args: [{ t: 'sym', name: 'z' }] }); // "sigma'(z)"
 * ```
 */
export function termText(t: Term): string {
  const wrap = (x: Term): string => (x.t === 'op' && x.op !== 'pow' ? `(${termText(x)})` : termText(x));
  switch (t.t) {
    case 'num':
      return t.value;
    case 'sym':
      return t.name;
    case 'unknown':
      return `[${t.reason}]`;
    case 'op':
      if (t.op === 'neg') return `-${wrap(t.args[0]!)}`;
      return t.args.map((a) => (t.op === 'add' ? termText(a) : wrap(a))).join(OPS[t.op]);
    case 'fn':
    case 'juxt':
      return `${t.t === 'fn' ? t.fn : t.name}(${t.args.map(termText).join(', ')})`;
    case 'apply':
      return `${t.name}${"'".repeat(t.primes)}${t.args.length ? `(${t.args.map(termText).join(', ')})` : ''}`;
    case 'deriv':
      return `d${t.order > 1 ? `^${t.order}` : ''}/d${t.wrt}${t.order > 1 ? `^${t.order}` : ''} ${wrap(t.body)}`;
    case 'at':
      return `${wrap(t.body)} at ${Object.entries(t.point)
        .map(([k, x]) => `${k} = ${termText(x)}`)
        .join(', ')}`;
    case 'cases':
      return `{ ${t.pieces.map((p) => `${termText(p.value)} if ${p.when.terms.map(termText).join(` ${p.when.rels[0]} `)}`).join('; ')} }`;
    case 'interval':
      return `${t.loOpen ? '(' : '['}${t.lo ? termText(t.lo) : '-∞'}, ${t.hi ? termText(t.hi) : '∞'}${t.hiOpen ? ')' : ']'}`;
  }
}
