/**
 * Evidence requests the overlay frame sends to the background (JSON only). The frame's own
 * IndexedDB is partitioned under the host site, so it reads and writes evidence through here.
 * Spread into lib/messages/schema.ts; handled by createEvidenceHandlers.
 */
import { z } from 'zod';
import type { PendampingDB } from '@/lib/db/database';
import { EvidenceError } from './errors';
import { itemWarnings, STAGES, type EvidenceItem, type ItemWarning } from './model';
import { evidenceForPage } from './query';
import { addLinkEvidence, getEvidence, getEvidenceBody } from './store';
import { toBase64, BODY_CHUNK_MAX } from './transfer';
import { toPayload } from './describe';

const slug = z.string().regex(/^[a-z0-9-]+$/).max(80);

export const evidenceRequests = [
  z.object({
    type: z.literal('evidence-for-page'),
    stage: z.enum(STAGES).nullable(),
    step: slug.nullable(),
    kind: z.enum(['file', 'link']),
  }),
  z.object({
    type: z.literal('evidence-save-link'),
    title: z.string().max(400),
    url: z.string().max(4000),
    stage: z.enum(STAGES).nullable(),
    step: slug.nullable(),
    activityDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  z.object({
    type: z.literal('evidence-body-chunk'),
    id: z.string().max(80),
    offset: z.number().int().nonnegative(),
    length: z.number().int().positive().max(BODY_CHUNK_MAX),
  }),
] as const;

/** What the overlay needs to show an offer: never the search words, never the body. */
export interface EvidenceSummary {
  id: string;
  title: string;
  kind: 'file' | 'link';
  media: EvidenceItem['media'];
  activityDate: string;
  stage: string | null;
  step: string | null;
  tags: readonly string[];
  file: EvidenceItem['file'];
  link: EvidenceItem['link'];
  contentHash: string;
  warnings: ItemWarning[];
}

export function summarise(item: EvidenceItem): EvidenceSummary {
  const { id, title, kind, media, activityDate, stage, step, tags, file, link, contentHash } = item;
  return { id, title, kind, media, activityDate, stage, step, tags, file, link, contentHash, warnings: itemWarnings(item) };
}

export interface BodyChunk { data: string; size: number; type: string; name: string; done: boolean }

export type EvidenceSaveResult = { ok: true; id: string; duplicateOf: string | null } | { ok: false; error: ReturnType<typeof toPayload> };

export interface EvidenceHandlerDeps {
  db: () => PendampingDB;
}

type Req<T extends string> = Extract<z.infer<(typeof evidenceRequests)[number]>, { type: T }>;

export function createEvidenceHandlers(deps: EvidenceHandlerDeps) {
  return {
    'evidence-for-page': async (req: Req<'evidence-for-page'>): Promise<EvidenceSummary[]> =>
      (await evidenceForPage(deps.db(), { stage: req.stage, step: req.step, kind: req.kind })).map(summarise),
    'evidence-save-link': async (req: Req<'evidence-save-link'>): Promise<EvidenceSaveResult> => {
      try {
        const { item, duplicates } = await addLinkEvidence(deps.db(), {
          title: req.title.trim().slice(0, 200) || req.url.slice(0, 200), activityDate: req.activityDate, stage: req.stage, step: req.step,
        }, { name: req.title.trim().slice(0, 200), url: req.url });
        return { ok: true, id: item.id, duplicateOf: duplicates[0]?.title ?? null };
      } catch (error) {
        return { ok: false, error: toPayload(error) };
      }
    },
    'evidence-body-chunk': async (req: Req<'evidence-body-chunk'>): Promise<BodyChunk> => {
      const db = deps.db();
      const [item, body] = await Promise.all([getEvidence(db, req.id), getEvidenceBody(db, req.id)]);
      if (!item || !body || !item.file) throw new EvidenceError('not-found');
      const end = Math.min(body.size, req.offset + req.length);
      const bytes = new Uint8Array(await body.slice(req.offset, end).arrayBuffer());
      return { data: toBase64(bytes), size: body.size, type: item.file.type, name: item.file.name, done: end >= body.size };
    },
  };
}
