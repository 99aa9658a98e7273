/**
 * Predikat and angka kredit: pure functions over the domain-model tables (no browser APIs, no storage).
 * Rules are dated entries (rules.ts); arithmetic is exact (exact.ts); display follows the regulation's
 * examples (format.ts). The store (store.ts) is the only part that touches the database, and is not exported here.
 */
export * from './exact';
export * from './format';
export * from './rules';
export * from './conversion';
export * from './predikat';
export * from './plan';
export * from './ledger';
export * from './distribution';
