/**
 * Public API of the domain model: rules as data plus pure queries. No browser, storage or DOM code here
 * (enforced by tests/unit/domain/purity.test.ts). See README.md.
 */
export * from './time';
export * from './sources';
export * from './schema';
export * from './regimes';
export { REGIME_2024 } from './regimes/2024';
export { REGIME_2025 } from './regimes/2025';
export { REGIME_2026 } from './regimes/2026';
export * from './overrides';
export * from './calendar';
export * from './consistency';
export * from './indicators';
export * from './observation';
export * from './berakhlak';
export * from './skp-vocabulary';
export * from './predikat';
export * from './angka-kredit';
export * from './site-labels';
export * from './site-paths';
