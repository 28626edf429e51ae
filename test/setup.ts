/**
 * Set up before every test file (vitest.config.ts `setupFiles`): fast-check's properties
 * draw from one fixed seed unless a property names its own, so a run of the suite is the
 * same on every machine and a failure reproduces (fast-check prints the seed and path).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261130 });
