/**
 * The writing of one cycle as typed records: which documents there are, which fields each has,
 * the words each field carries on the site by year (so a field matcher can find its twin on the
 * page), and the zod schemas of what is stored. Pure: no storage, no browser.
 */
import { z } from 'zod';
import { REFLECTION_QUESTIONS, REFLECTION_QUESTIONS_NOTE } from '@/lib/domain';

export const DOCUMENT_KINDS = ['rencana', 'persiapan', 'tindak-lanjut', 'refleksi', 'catatan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A label as the site shows it, for the years it applies to (inclusive; open ends mean "every year"). */
export interface SiteWording {
  readonly label: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  /** 'paraphrased' when our source gives the meaning, not the site's exact words. */
  readonly certainty: 'confirmed' | 'paraphrased';
}

export type FieldInput = 'textarea' | 'text' | 'date' | 'indicator' | 'behaviour';

export interface FieldDef {
  readonly id: string;
  readonly input: FieldInput;
  /** The words of this field on Ruang GTK by year; a matcher compares them by meaning, case-insensitively. */
  readonly site: readonly SiteWording[];
  /** The site's character limit, where the domain reference knows one (it knows none yet: null). */
  readonly maxChars: number | null;
  /** Guidance of the chosen indicator shown beside the field. */
  readonly guidance?: 'indicator' | 'behaviours';
  /**
   * Words that carry the field's meaning besides its labels (synonyms a reworded question may use
   * instead, e.g. "kendala" for "tantangan"); lib/writing/paste.ts weighs them like label words.
   */
  readonly cues?: readonly string[];
}

export interface DocumentDef {
  readonly kind: DocumentKind;
  /** Route segment: #/rencana/<period> or #/refleksi/<period>/<slug>. */
  readonly slug: string;
  /** Step id in lib/domain (evidence tagged to this step is listed beside the document). */
  readonly stepId: string;
  /** The document's name on the site by year (domain.md §3a, §10). */
  readonly site: readonly SiteWording[];
  readonly fields: readonly FieldDef[];
}

const always = (label: string, certainty: SiteWording['certainty'] = 'confirmed'): SiteWording => ({ label, certainty });
const textarea = (id: string, site: SiteWording[], guidance?: FieldDef['guidance']): FieldDef => ({ id, input: 'textarea', site, maxChars: null, guidance });
const short = (id: string, input: FieldInput, site: SiteWording[]): FieldDef => ({ id, input, site, maxChars: null });

const cued = (field: FieldDef, cues: readonly string[]): FieldDef => ({ ...field, cues });

const SCHEDULE_DATE = cued(short('jadwalTanggal', 'date', [always('Tanggal observasi'), always('Tanggal'), always('Jadwal observasi')]), ['hari', 'waktu']);
const SCHEDULE_CLASS = cued(short('jadwalKelas', 'text', [always('Kelas')]), ['rombel', 'rombongan']);
const SCHEDULE_SUBJECT = short('jadwalMapel', 'text', [always('Mata pelajaran'), always('Mapel')]);

/** Words of each reflection question's meaning (domain.md §3a): what a reworded question keeps. */
const REFLECTION_CUES: Record<(typeof REFLECTION_QUESTIONS)[number]['id'], readonly string[]> = {
  inspirasi: ['inspirasi', 'wawasan', 'pelajaran', 'pengalaman', 'peroleh'],
  perubahan: ['perubahan', 'praktik', 'kelas', 'terapkan', 'mengajar', 'pembelajaran'],
  tantangan: ['tantangan', 'tersulit', 'terberat', 'kesulitan', 'hambatan', 'kendala', 'tiga'],
  rencana: ['rencana', 'mengatasi', 'strategi', 'solusi', 'depan', 'cara'],
};

export const DOCUMENTS: readonly DocumentDef[] = [
  {
    kind: 'rencana', slug: 'rencana', stepId: 'praktik-kinerja',
    site: [{ label: 'Praktik Pembelajaran', toYear: 2024, certainty: 'confirmed' }, { label: 'Praktik Kinerja', fromYear: 2025, certainty: 'confirmed' }],
    fields: [
      short('indikator', 'indicator', [{ label: 'Praktik Pembelajaran', toYear: 2024, certainty: 'confirmed' }, { label: 'Praktik Kinerja', fromYear: 2025, certainty: 'confirmed' }, always('Indikator')]),
      textarea('alasan', [always('Alasan memilih indikator', 'paraphrased')], 'indicator'),
      { ...short('fokusPerilaku', 'behaviour', [always('Fokus perilaku'), always('Target perilaku')]), guidance: 'behaviours' },
      textarea('upayaMempelajari', [always('Upaya mempelajari')], 'behaviours'),
      SCHEDULE_DATE, SCHEDULE_CLASS, SCHEDULE_SUBJECT,
    ],
  },
  {
    kind: 'persiapan', slug: 'persiapan', stepId: 'dokumen-persiapan',
    site: [{ label: 'Dokumen Persiapan', toYear: 2025, certainty: 'confirmed' }, { label: 'Diskusi Persiapan', fromYear: 2026, certainty: 'confirmed' }],
    fields: [
      textarea('targetPerilaku', [always('Target perilaku'), always('Fokus perilaku')], 'behaviours'),
      cued(textarea('upayaMempelajari', [always('Upaya mempelajari')], 'behaviours'), ['belajar']),
      SCHEDULE_DATE,
      short('jadwalJenjang', 'text', [always('Jenjang')]),
      SCHEDULE_CLASS, SCHEDULE_SUBJECT,
      cued(short('jadwalCatatan', 'text', [always('Catatan'), always('Jam')]), ['keterangan', 'pukul']),
    ],
  },
  {
    kind: 'tindak-lanjut', slug: 'tindak-lanjut', stepId: 'dokumen-tindak-lanjut',
    site: [{ label: 'Dokumen Tindak Lanjut', toYear: 2025, certainty: 'confirmed' }, { label: 'Rencana Tindak Lanjut', fromYear: 2026, certainty: 'confirmed' }],
    fields: [
      cued(textarea('tantangan', [always('Tantangan yang dihadapi', 'paraphrased')], 'behaviours'), ['kendala', 'hambatan', 'kesulitan', 'masalah']),
      cued(textarea('tujuan', [always('Tujuan perbaikan', 'paraphrased'), always('Sesi Pilihan Belajar')], 'behaviours'), ['dicapai', 'sasaran']),
      cued(textarea('aksi', [always('Aksi', 'paraphrased'), always('Langkah', 'paraphrased')]), ['kegiatan', 'tindakan']),
      cued(textarea('jadwal', [always('Jadwal', 'paraphrased')]), ['waktu', 'kapan', 'pelaksanaan']),
      cued(textarea('dukungan', [always('Dukungan yang dibutuhkan', 'paraphrased')]), ['bantuan', 'diperlukan', 'sumber']),
    ],
  },
  {
    kind: 'refleksi', slug: 'refleksi', stepId: 'dokumen-refleksi',
    site: [{ label: 'Dokumen Refleksi', toYear: 2025, certainty: 'confirmed' }, { label: 'Refleksi Tindak Lanjut', toYear: 2025, certainty: 'confirmed' }, { label: 'Refleksi dan Evaluasi Tindak Lanjut', fromYear: 2026, certainty: 'confirmed' }],
    // The four questions of domain.md §3a, in the site's order; their exact words on the site may differ.
    fields: REFLECTION_QUESTIONS.map((q) => cued(textarea(q.id, [always(q.text, 'paraphrased')], 'behaviours'), REFLECTION_CUES[q.id])),
  },
  {
    kind: 'catatan', slug: 'catatan', stepId: 'upaya-tindak-lanjut',
    site: [always('Catatan harian', 'paraphrased')],
    fields: [short('tanggal', 'date', [always('Tanggal')]), textarea('isi', [always('Catatan', 'paraphrased')])],
  },
];
export const REFLECTION_WORDING_NOTE = REFLECTION_QUESTIONS_NOTE;

export function documentDef(kind: DocumentKind): DocumentDef {
  return DOCUMENTS.find((d) => d.kind === kind)!;
}

export function documentBySlug(slug: string): DocumentDef | undefined {
  return DOCUMENTS.find((d) => d.slug === slug);
}

/** The wordings that apply in `year`, newest rule last. */
export function wordingFor(site: readonly SiteWording[], year: number): SiteWording[] {
  return site.filter((w) => (w.fromYear ?? 0) <= year && year <= (w.toYear ?? Infinity));
}

/** Document id: `<period>/<kind>`, or `<period>/catatan/<entry>` for one daily note. */
export function documentId(periodId: string, kind: DocumentKind, entryId?: string): string {
  return kind === 'catatan' ? `${periodId}/catatan/${entryId ?? ''}` : `${periodId}/${kind}`;
}

// ---- stored records (zod at the storage boundary) ----

const LONG = 20_000;
const SHORT = 200;
const isoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const slugOrEmpty = z.union([z.literal(''), z.string().regex(/^[a-z0-9-]+$/).max(80)]);
const long = z.string().max(LONG).default('');
const line = z.string().max(SHORT).default('');

/** The fields of each kind. Strict: a field the schema does not know is an error, not silently dropped. */
export const FIELD_SCHEMAS = {
  rencana: z.strictObject({
    indikator: slugOrEmpty.default(''), alasan: long, fokusPerilaku: z.string().max(1000).default(''), upayaMempelajari: long,
    jadwalTanggal: isoDateOrEmpty.default(''), jadwalKelas: line, jadwalMapel: line,
  }),
  persiapan: z.strictObject({
    targetPerilaku: long, upayaMempelajari: long, jadwalTanggal: isoDateOrEmpty.default(''), jadwalJenjang: line,
    jadwalKelas: line, jadwalMapel: line, jadwalCatatan: line,
  }),
  'tindak-lanjut': z.strictObject({ tantangan: long, tujuan: long, aksi: long, jadwal: long, dukungan: long }),
  refleksi: z.strictObject({ inspirasi: long, perubahan: long, tantangan: long, rencana: long }),
  catatan: z.strictObject({ tanggal: isoDateOrEmpty.default(''), isi: long }),
} as const satisfies Record<DocumentKind, z.ZodType>;

const periodIdSchema = z.string().regex(/^\d{4}(-\d)?$/);
const isoInstant = z.iso.datetime();
const counters = z.record(z.string(), z.number().int().nonnegative());

const base = {
  id: z.string().min(6).max(120),
  year: z.number().int().min(2024).max(2100),
  periodId: periodIdSchema,
  /** Per field: how many saves it has had (a tab compares it with what it last saw to notice another tab's save). */
  versions: counters,
  /** Per field: the revision the current text is kept in. */
  revs: counters,
  /** Evidence items the writer linked to this document (ids of lib/evidence). */
  evidenceIds: z.array(z.string().min(1).max(100)).max(200).default([]),
  createdAt: isoInstant,
  updatedAt: isoInstant,
};

export const WritingDocumentSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('rencana'), fields: FIELD_SCHEMAS.rencana }),
  z.object({ ...base, kind: z.literal('persiapan'), fields: FIELD_SCHEMAS.persiapan }),
  z.object({ ...base, kind: z.literal('tindak-lanjut'), fields: FIELD_SCHEMAS['tindak-lanjut'] }),
  z.object({ ...base, kind: z.literal('refleksi'), fields: FIELD_SCHEMAS.refleksi }),
  z.object({ ...base, kind: z.literal('catatan'), entryId: z.string().regex(/^[a-z0-9-]{1,40}$/), fields: FIELD_SCHEMAS.catatan }),
]).superRefine((doc, ctx) => {
  const expected = documentId(doc.periodId, doc.kind, 'entryId' in doc ? doc.entryId : undefined);
  if (doc.id !== expected) ctx.addIssue({ code: 'custom', path: ['id'], message: `id harus ${expected}` });
  if (!doc.periodId.startsWith(String(doc.year))) ctx.addIssue({ code: 'custom', path: ['periodId'], message: 'periode tidak cocok dengan tahun' });
});
export type WritingDocument = z.infer<typeof WritingDocumentSchema>;

export const REVISION_ORIGINS = ['typing', 'restore', 'merge', 'import'] as const;
export type RevisionOrigin = (typeof REVISION_ORIGINS)[number];

/** One kept version of one field. Ordered by `id` (auto-increment) within [docId+field]. */
export const WritingRevisionSchema = z.object({
  id: z.number().int().positive().optional(),
  docId: z.string().min(6).max(120),
  field: z.string().regex(/^[a-zA-Z]{1,40}$/),
  text: z.string().max(LONG),
  /** When this version was started and last extended (keystroke saves of one editing spell extend it). */
  at: isoInstant,
  updatedAt: isoInstant,
  /** The editor (one field in one tab) that wrote it: only its own saves are coalesced into it. */
  session: z.string().min(1).max(60),
  origin: z.enum(REVISION_ORIGINS),
  /** Characters removed while coalescing into this revision; capped (revisions.ts) so history never hides real text. */
  deleted: z.number().int().nonnegative(),
});
export type WritingRevision = z.infer<typeof WritingRevisionSchema>;

export function fieldDef(kind: DocumentKind, field: string): FieldDef | undefined {
  return documentDef(kind).fields.find((f) => f.id === field);
}

/** An empty document of a kind, valid by the schema. */
export function emptyDocument(kind: DocumentKind, year: number, periodId: string, now: string, entryId?: string): WritingDocument {
  const fields = FIELD_SCHEMAS[kind].parse({});
  return WritingDocumentSchema.parse({
    id: documentId(periodId, kind, entryId), kind, year, periodId, fields, versions: {}, revs: {}, evidenceIds: [],
    createdAt: now, updatedAt: now, ...(kind === 'catatan' ? { entryId } : {}),
  });
}

/** The date of a daily note ('' for other documents or an undated note). */
export function noteDate(doc: WritingDocument): string {
  return doc.kind === 'catatan' ? doc.fields.tanggal : '';
}
