import type { Rule } from './rule.js';
// Group A
// Group B

/** Every lint rule, in the order of charter-format.md. All are on by default. */
export const RULES: readonly Rule[] = Object.freeze([
  // Group A entries
  // Group B entries
]);
