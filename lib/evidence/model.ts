/**
 * The evidence item: what is stored, how it is validated, and the pure rules around it
 * (search words, period of a date, site upload limits, link checks). No storage here.
 */
import { z } from 'zod';
import { regimeForDate, UPLOAD_LIMITS_2024, type IsoDate } from '@/lib/domain';
import type { EvidenceItem, EvidenceStage, FileInfo, MediaKind } from '@/lib/db/evidence-rows';

// The stored shapes live with the database that declares their tables (lib/db), so lib/db needs nothing from here.
export type { EvidenceBody, EvidenceItem, EvidenceStage, EvidenceThumb, FileInfo, LinkInfo, MediaKind } from '@/lib/db/evidence-rows';

export const STAGES = ['perencanaan', 'pelaksanaan', 'penilaian'] as const satisfies readonly EvidenceStage[];

/** Steps where evidence belongs, by stage: a subset of lib/domain's step ids (a unit test holds it there). */
export const EVIDENCE_STEPS: Readonly<Record<EvidenceStage, readonly string[]>> = {
  perencanaan: ['praktik-kinerja', 'pengembangan-kompetensi', 'tugas-tambahan', 'pelaksanaan-tugas-pokok'],
  pelaksanaan: ['dokumen-persiapan', 'observasi', 'dokumen-tindak-lanjut', 'upaya-tindak-lanjut', 'dokumen-refleksi'],
  // What a teacher keeps after the principal's rating: a screenshot of the predikat and of the e-Kinerja sync.
  penilaian: ['predikat-kinerja', 'sinkron-ekinerja'],
};
export const ALL_EVIDENCE_STEPS = Object.values(EVIDENCE_STEPS).flat();

/** Ruang GTK asks for PDF uploads on these steps (2024: ≤10 MB; the observation's modul ajar). */
export const PDF_UPLOAD_STEPS: readonly string[] = ['pengembangan-kompetensi', 'tugas-tambahan', 'dokumen-persiapan'];
export const PDF_UPLOAD_LIMIT = UPLOAD_LIMITS_2024.maxSizeBytes;

export const MEDIA_KINDS: readonly MediaKind[] = ['pdf', 'image', 'video', 'audio', 'document', 'other', 'link'];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'tanggal tidak sah');
const slug = z.string().regex(/^[a-z0-9-]+$/).max(80);

export const tagSchema = z.string().trim().min(1).max(40);

/** What a person (or the overlay) gives for a new item; derived fields are computed. */
export const evidenceMetaInput = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).default(''),
  activityDate: isoDate,
  stage: z.enum(STAGES).nullable().default(null),
  step: slug.nullable().default(null),
  indicator: slug.nullable().default(null),
  tags: z.array(tagSchema).max(30).default([]),
  /** Normally derived from the date; given only when the person chooses another period. */
  periodId: z.string().regex(/^\d{4}(-\d)?$/).nullable().optional(),
});
export type EvidenceMetaInput = z.input<typeof evidenceMetaInput>;
export type EvidenceMeta = z.output<typeof evidenceMetaInput>;

export const editableFields = evidenceMetaInput.partial().extend({
  link: z.object({ name: z.string().trim().min(1).max(200), url: z.string() }).optional(),
});
export type EvidencePatch = z.input<typeof editableFields>;

/** A file's name without its extension: the title a new evidence item starts with ('modul.ajar.pdf' → 'modul.ajar'). */
export function stripExtension(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 ? name.slice(0, i) : name;
}

export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');
    if (tag && !seen.has(tag)) seen.set(tag, tag);
  }
  return [...seen.values()].sort();
}

/** Lower-case, accents removed, split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('id-ID')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
}

export function searchWords(parts: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const part of parts) if (part) for (const w of tokenize(part)) words.add(w.slice(0, 40));
  return [...words];
}

/** The period of a date in that year's regime (2024 has two, later years one). */
export function periodForDate(date: IsoDate): string | null {
  const regime = regimeForDate(date);
  const period = regime?.periods.find((p) => p.start <= date && date <= p.end);
  return period?.id ?? regime?.periods[0]?.id ?? null;
}

export function mediaKindOf(type: string, name: string): MediaKind {
  const lower = name.toLowerCase();
  if (type === 'application/pdf' || lower.endsWith('.pdf')) return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (/\.(docx?|xlsx?|pptx?|odt|ods|odp|txt|rtf)$/.test(lower) || type.startsWith('text/')
    || type.includes('officedocument') || type.includes('msword') || type.includes('ms-excel') || type.includes('ms-powerpoint')) return 'document';
  return 'other';
}

export type UrlCheck = { ok: true; url: string } | { ok: false };

/** The longest link kept, the same in the app, the side panel and the background messages. */
export const LINK_URL_MAX = 4000;

/** Only web addresses: javascript:, data:, file: and the like are refused, and none longer than LINK_URL_MAX. */
export function checkUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (text.length > LINK_URL_MAX) return { ok: false };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false };
  if (!url.hostname) return { ok: false };
  return { ok: true, url: url.href };
}

export function linkHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return `url:${u.href}`;
}

export function isGoogleDriveUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'drive.google.com' || host === 'docs.google.com';
  } catch {
    return false;
  }
}

export type ItemWarning =
  | { code: 'too-big'; size: number; limit: number }
  | { code: 'not-pdf' }
  | { code: 'drive-sharing' };

/**
 * What to tell the person before they try to use the item on the site: a PDF over Ruang
 * GTK's 10 MB upload, a non-PDF tagged for a PDF-only upload, a Drive link's sharing.
 */
export function itemWarnings(item: Pick<EvidenceItem, 'kind' | 'media' | 'file' | 'link' | 'step'>): ItemWarning[] {
  const out: ItemWarning[] = [];
  if (item.kind === 'file' && item.file) {
    const forPdfUpload = item.step !== null && PDF_UPLOAD_STEPS.includes(item.step);
    if ((item.media === 'pdf' || forPdfUpload) && item.file.size > PDF_UPLOAD_LIMIT) {
      out.push({ code: 'too-big', size: item.file.size, limit: PDF_UPLOAD_LIMIT });
    }
    if (forPdfUpload && item.media !== 'pdf') out.push({ code: 'not-pdf' });
  }
  if (item.kind === 'link' && item.link && isGoogleDriveUrl(item.link.url)) out.push({ code: 'drive-sharing' });
  return out;
}

/** True when an accept attribute takes PDFs only (".pdf", "application/pdf"). */
export function acceptsPdfOnly(accept: string): boolean {
  const parts = accept.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => p === '.pdf' || p === 'application/pdf');
}

/**
 * Warnings for putting a file into ONE file input on the page. The input's own `accept` decides:
 * a PDF-only input (Ruang GTK's uploads) gets "not a PDF" and the site's 10 MB limit; an input
 * that takes any file (e-Kinerja's "Unggah Bukti") gets neither, whatever step the item is tagged for.
 */
export function inputWarnings(item: Pick<EvidenceItem, 'kind' | 'media' | 'file'>, accept: string): ItemWarning[] {
  if (item.kind !== 'file' || !item.file || !acceptsPdfOnly(accept)) return [];
  const out: ItemWarning[] = [];
  if (item.file.size > PDF_UPLOAD_LIMIT) out.push({ code: 'too-big', size: item.file.size, limit: PDF_UPLOAD_LIMIT });
  if (item.media !== 'pdf') out.push({ code: 'not-pdf' });
  return out;
}

/** "14,2 MB" in Indonesian, "14.2 MB" in English (1 MB = 1024 × 1024 bytes, as the site counts). */
export function formatBytes(bytes: number, locale: 'id' | 'en' = 'id'): string {
  const fmt = (n: number, digits: number) =>
    new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
  if (bytes < 1024) return `${fmt(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024, 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${fmt(bytes / 1024 / 1024, 1)} MB`;
  return `${fmt(bytes / 1024 / 1024 / 1024, 2)} GB`;
}

/** Time-ordered ids: items added on the same activity date list newest first. */
export function newEvidenceId(now: Date = new Date()): string {
  const rand = new Uint8Array(6);
  crypto.getRandomValues(rand);
  return `ev-${now.getTime().toString(36).padStart(9, '0')}-${Array.from(rand, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Accept-attribute matching (".pdf", "application/pdf", "image/*") for the attach offer. */
export function acceptsFile(accept: string, file: FileInfo): boolean {
  const parts = accept.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return parts.some((p) => {
    if (p.startsWith('.')) return name.endsWith(p);
    if (p.endsWith('/*')) return type.startsWith(p.slice(0, -1));
    return type === p || (p === 'application/pdf' && name.endsWith('.pdf') && !type);
  });
}
