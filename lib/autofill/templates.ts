/**
 * Templates: named sets of field values for one e-Kinerja form kind, with placeholders filled at
 * fill time. The zod schemas are the boundary for the database rows, the import file and the
 * edit form. Starting templates for a guru and a kepala sekolah come from lib/domain.
 */
import { z } from 'zod';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { EXAMPLE_RHK_KEPALA_SEKOLAH, SKP_LAMPIRAN } from '@/lib/domain/skp-vocabulary';
import { FORM_KINDS, type FormKind } from './forms';
import { unknownPlaceholders } from './placeholders';
import { keysOf } from './vocabulary';

export const TEMPLATE_ROLES = ['guru', 'kepala-sekolah', 'semua'] as const;
export const TEMPLATE_ORIGINS = ['bawaan', 'pengguna', 'impor', 'halaman'] as const;
export const MAX_VALUE_LENGTH = 5000;

const IsoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

/** What a template holds, without bookkeeping: the edit form and the import both check this. */
export const TemplateContentSchema = z.object({
  name: z.string().trim().min(1).max(120),
  formKind: z.enum(FORM_KINDS),
  role: z.enum(TEMPLATE_ROLES),
  /** Template key (lib/autofill/vocabulary) → value with placeholders. */
  values: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().max(MAX_VALUE_LENGTH)),
  note: z.string().max(500).optional(),
}).superRefine((t, ctx) => {
  const known = new Set(keysOf(t.formKind));
  for (const [key, value] of Object.entries(t.values)) {
    if (!known.has(key)) ctx.addIssue({ code: 'custom', path: ['values', key], message: 'unknown-key', params: { key } });
    for (const p of unknownPlaceholders(value)) ctx.addIssue({ code: 'custom', path: ['values', key], message: 'unknown-placeholder', params: { key, placeholder: p } });
  }
  if (!Object.values(t.values).some((v) => v.trim() !== '')) ctx.addIssue({ code: 'custom', path: ['values'], message: 'empty' });
});
export type TemplateContent = z.infer<typeof TemplateContentSchema>;

/** One row of the `templates` table (schema version 6). */
export const TemplateRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().trim().min(1).max(120),
  formKind: z.enum(FORM_KINDS),
  role: z.enum(TEMPLATE_ROLES),
  values: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().max(MAX_VALUE_LENGTH)),
  note: z.string().max(500).optional(),
  origin: z.enum(TEMPLATE_ORIGINS),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type TemplateRecord = z.infer<typeof TemplateRecordSchema>;

/** The export/import file: templates alone, shared between teachers of a school. */
export const TEMPLATE_FILE_KIND = 'pendamping-kinerja/templates';
export const TemplateFileSchema = z.object({
  kind: z.literal(TEMPLATE_FILE_KIND),
  version: z.literal(1),
  exportedAt: IsoInstant,
  templates: z.array(TemplateContentSchema).min(1).max(500),
});
export type TemplateFile = z.infer<typeof TemplateFileSchema>;

export function newTemplateId(): string {
  return `tpl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function toFile(templates: readonly TemplateRecord[], now: Date): TemplateFile {
  return {
    kind: TEMPLATE_FILE_KIND,
    version: 1,
    exportedAt: now.toISOString(),
    templates: templates.map(({ name, formKind, role, values, note }) => ({ name, formKind, role, values, ...(note ? { note } : {}) })),
  };
}

type Starter = Omit<TemplateContent, 'note'> & { id: string; note: string };

const BERAKHLAK_EXPECTATIONS: Record<string, string> = Object.fromEntries(
  BERAKHLAK.map((v) => [`ekspektasi-${v.id}`, v.panduanPerilaku.join('; ')]),
);

/**
 * Starting templates from the domain data: the principal's RHK example with its three targets,
 * the 7 BerAKHLAK rows (panduan perilaku as the expectation), the lampiran, and examples of the
 * monthly rencana aksi, eviden and daily progress entries with placeholders. Teachers edit them.
 */
export const STARTER_TEMPLATES: readonly Starter[] = [
  {
    id: 'bawaan-ks-rhk', name: 'RHK kepala sekolah: perangkat pembelajaran', formKind: 'rhk', role: 'kepala-sekolah',
    note: 'Contoh RHK dari SKP kepala sekolah 2022; sesuaikan dengan SKP Anda.',
    values: {
      rhk: EXAMPLE_RHK_KEPALA_SEKOLAH.rhk,
      'iki-kuantitas': 'Jumlah dokumen perangkat pembelajaran guru yang tersusun', 'target-kuantitas': EXAMPLE_RHK_KEPALA_SEKOLAH.targets.kuantitas,
      'iki-kualitas': 'Persentase kesesuaian dokumen dengan kurikulum', 'target-kualitas': EXAMPLE_RHK_KEPALA_SEKOLAH.targets.kualitas,
      'iki-waktu': 'Waktu penyusunan dokumen', 'target-waktu': EXAMPLE_RHK_KEPALA_SEKOLAH.targets.waktu,
    },
  },
  {
    id: 'bawaan-guru-rhk', name: 'RHK guru: pembelajaran', formKind: 'rhk', role: 'guru',
    note: 'Contoh; salin RHK dari SKP yang disetujui atasan Anda.',
    values: {
      rhk: 'Terlaksananya pembelajaran yang berpusat pada murid',
      'iki-kuantitas': 'Jumlah modul ajar yang dilaksanakan', 'target-kuantitas': '2 Dokumen',
      'iki-kualitas': 'Persentase pembelajaran yang sesuai modul ajar', 'target-kualitas': '100%',
      'iki-waktu': 'Waktu pelaksanaan pembelajaran', 'target-waktu': '12 Bulan',
    },
  },
  ...(['guru', 'kepala-sekolah'] as const).map((role): Starter => ({
    id: `bawaan-${role === 'guru' ? 'guru' : 'ks'}-perilaku`, name: 'Perilaku kerja BerAKHLAK (ekspektasi)', formKind: 'perilaku', role,
    note: 'Panduan perilaku BerAKHLAK (SE MenPANRB 20/2021) sebagai ekspektasi; ubah sesuai arahan atasan.',
    values: BERAKHLAK_EXPECTATIONS,
  })),
  {
    id: 'bawaan-lampiran', name: `Lampiran SKP (${SKP_LAMPIRAN.join(', ')})`, formKind: 'lampiran', role: 'semua',
    note: 'Contoh isian lampiran SKP.',
    values: {
      'dukungan-sumber-daya': 'Sarana prasarana sekolah, dukungan kepala sekolah dan rekan sejawat',
      'skema-pertanggungjawaban': 'Laporan kinerja {triwulan} {tahun} kepada atasan langsung',
      konsekuensi: 'Sesuai ketentuan peraturan perundang-undangan',
    },
  },
  {
    id: 'bawaan-guru-rencana-aksi', name: 'Rencana aksi bulanan guru', formKind: 'rencana-aksi', role: 'guru',
    note: '{bulan} dan {tahun} diisi saat formulir diisi.',
    values: { 'rencana-aksi': 'Menyusun dan melaksanakan modul ajar bulan {bulan} {tahun}', target: '1 Dokumen' },
  },
  {
    id: 'bawaan-ks-rencana-aksi', name: 'Rencana aksi bulanan kepala sekolah', formKind: 'rencana-aksi', role: 'kepala-sekolah',
    values: { 'rencana-aksi': 'Supervisi perangkat pembelajaran guru bulan {bulan} {tahun}', target: '1 Laporan' },
    note: '{bulan} dan {tahun} diisi saat formulir diisi.',
  },
  {
    id: 'bawaan-eviden', name: 'Bukti dukung dari Bukti Kinerja', formKind: 'eviden', role: 'semua',
    note: '{nama_bukti} dan {link} diambil dari bukti yang Anda pilih.',
    values: { 'nama-bukti': '{nama_bukti}', 'link-bukti': '{link}', realisasi: '{nama_bukti} triwulan {triwulan} {tahun}' },
  },
  {
    id: 'bawaan-guru-progress', name: 'Progress harian: mengajar', formKind: 'progress-harian', role: 'guru',
    note: 'Rencana Aksi harus sama persis dengan pilihan di e-Kinerja.',
    values: {
      'rencana-aksi': 'Menyusun dan melaksanakan modul ajar bulan {bulan} {tahun}',
      tanggal: '{tanggal}', 'jam-mulai': '07:00', 'jam-selesai': '12:00',
      kegiatan: 'Melaksanakan pembelajaran sesuai jadwal hari {hari}, {tanggal_panjang}', realisasi: '1', satuan: 'Kegiatan', 'bukti-dukung': '{link}',
    },
  },
];

/** Rows for the starting templates (written once, on first use of #/skp). */
export function starterRecords(now: Date): TemplateRecord[] {
  const at = now.toISOString();
  return STARTER_TEMPLATES.map((s) => TemplateRecordSchema.parse({ ...s, origin: 'bawaan', createdAt: at, updatedAt: at }));
}

/** The keys of a form kind with the template's values, in form order; for the editor. */
export function valuesInFormOrder(kind: FormKind, values: Readonly<Record<string, string>>): [string, string][] {
  return keysOf(kind).map((k) => [k, values[k] ?? '']);
}
