/**
 * Only for entrypoints/background.ts's `afterWrite: bumpDataRevision`, which the side-panel branch
 * owns: the evidence store now announces its own writes (store.ts). Delete this file when that line goes.
 */
export { bumpDataRevision } from '@/lib/data-revision';
