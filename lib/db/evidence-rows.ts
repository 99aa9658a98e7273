/**
 * What the evidence tables hold (`evidence`, `evidenceBodies`, `evidenceThumbs`): the row shapes,
 * declared here with the database so that lib/db imports nothing from lib/evidence. The rules
 * around them (validation, search words, limits) are lib/evidence/model.ts, which re-exports these.
 */
import type { IsoDate } from '@/lib/domain';

export type EvidenceStage = 'perencanaan' | 'pelaksanaan' | 'penilaian';
export type MediaKind = 'pdf' | 'image' | 'video' | 'audio' | 'document' | 'other' | 'link';

export interface FileInfo {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}
export interface LinkInfo {
  readonly name: string;
  readonly url: string;
}

export interface EvidenceItem {
  readonly id: string;
  readonly kind: 'file' | 'link';
  readonly media: MediaKind;
  readonly title: string;
  readonly description: string;
  readonly activityDate: IsoDate;
  readonly year: number;
  readonly periodId: string | null;
  readonly stage: EvidenceStage | null;
  readonly step: string | null;
  readonly indicator: string | null;
  readonly tags: readonly string[];
  readonly file: FileInfo | null;
  readonly link: LinkInfo | null;
  /** SHA-256 hex of the file body, or `url:<normalised url>` for a link: equal means duplicate. */
  readonly contentHash: string;
  readonly hasThumb: boolean;
  /** Search tokens of title, description, tags and names (multiEntry index). */
  readonly words: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface EvidenceBody { readonly id: string; readonly blob: Blob }
export interface EvidenceThumb { readonly id: string; readonly blob: Blob }
