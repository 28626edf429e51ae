/**
 * How soon V8 optimizes gradproof's functions, for the command line only. Imported first
 * by `bin.ts`, so it runs before any other module of the CLI is loaded.
 *
 * V8 counts the bytecode a function runs (its interrupt budget) and, after a few budgets'
 * worth, hands it to the optimizing compiler on a background thread. With V8's default
 * budget (67584 in Node 20) a run of `gradproof sheet` compiled hundreds of functions of
 * decimal.js and the CAS, several of them again and again, about 2.5 s of CPU on a
 * 2-core machine where every thread of the sheet (the claims, the worker's verifications,
 * Chromium) wants a core. A budget about 4.4 times larger optimizes only the functions
 * that stay hot: `gradproof sheet` 10.7 s → 9.3 s and `verify-all` 3.9 s → 3.3 s (medians
 * of 3 alternating runs), the sheet byte for byte the same (docs/benchmarks.md, "npm
 * start, fourth round"; `npx tsx bench/interrupt-budget.ts`). The flag changes when code
 * is optimized, never what it computes.
 *
 * V8's flags belong to the whole process, so the library never sets them: a program that
 * imports gradproof keeps its own. A budget given on node's command line
 * (`node --interrupt-budget=… gradproof …`) is kept as given.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The interrupt budget the command line runs with (V8's `--interrupt-budget`, bytecode
 * bytes between two checks of whether to optimize a function).
 *
 * @example
 * ```ts
 * INTERRUPT_BUDGET; // 300000
 * ```
 */
export const INTERRUPT_BUDGET = 300_000;

if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget='))) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
