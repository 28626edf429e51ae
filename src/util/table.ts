/**
 * Lookup tables keyed by user text. A plain object literal inherits `toString`,
 * `constructor`, `__proto__` … from Object.prototype, so `table[name]` with a name the
 * user typed can find a JavaScript built-in instead of nothing. Every table gradproof
 * looks user text up in is made here: frozen and without a prototype.
 *
 * @module
 */

/**
 * A frozen, prototype-free copy of `entries`: a lookup of any name it does not own is `undefined`.
 *
 * @example
 * ```ts
 * const t = nameTable({ pi: 'pi' });
 * t.pi;         // 'pi'
 * t.toString;   // undefined
 * ```
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
