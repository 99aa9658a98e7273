/**
 * The pages of the host sites that the product understands: one adapter per page in
 * lib/sites/adapters/ (path, wording by year, stage/step, fields), each proven by its saved pages
 * in tests/fixtures/pages/<id>/ (tests/unit/sites/fixtures.test.ts). This module keeps the names
 * the rest of the code imports.
 */
export type { FieldSpec, PageAdapter, SiteId, StageId, Wording } from './adapter';
export { PAGE_ADAPTERS } from './adapters';
