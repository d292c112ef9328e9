/**
 * How many cases the battery tries: CI-sized under `npm test`, the full counts under
 * `npm run test:stress` (ASEAN_REF_STRESS=1), which the README's reliability figures come from.
 */
export const FULL = process.env.ASEAN_REF_STRESS === '1';

export const count = (ci: number, full: number): number => (FULL ? full : ci);
