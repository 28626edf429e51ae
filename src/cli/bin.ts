#!/usr/bin/env node
/**
 * The executable behind `gradproof` (see `run.ts`).
 *
 * @module
 */
import { main } from './run.js';

process.exitCode = await main(process.argv.slice(2));
