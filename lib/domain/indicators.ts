/**
 * Praktik kinerja indicators: the 8 teacher sub-indicators (Rapor Pendidikan D.1) and the 8 principal
 * indicators (kepemimpinan pembelajaran). Names are confirmed; descriptions and fokus perilaku come from
 * single secondary sources; what was not retrieved is left empty and marked, never invented.
 */
import { z } from 'zod';
import { RoleSchema, type Role } from './schema';
import { CertaintySchema, SOURCES as S, SourceSchema } from './sources';

export const FokusPerilakuSchema = z.object({
  text: z.string().min(1),
  /** "Perilaku yang dianjurkan" / "Perilaku yang dihindari": listed on the platform, not yet captured here. */
  dianjurkan: z.array(z.string()).optional(),
  dihindari: z.array(z.string()).optional(),
});

export const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  role: RoleSchema,
  /** Position in our list (1–8). For principals the order differs between sources. */
  number: z.number().int().min(1).max(8),
  name: z.string().min(1),
  nameCertainty: CertaintySchema,
  meaning: z.string().min(1).optional(),
  meaningCertainty: CertaintySchema.optional(),
  /** Teacher: fokus perilaku; principal: target perilaku. Three each on the platform. */
  behaviours: z.array(FokusPerilakuSchema).max(3),
  behavioursCertainty: CertaintySchema,
  behavioursNote: z.string().optional(),
  /** Rapor Pendidikan code, e.g. 'D.1'; sub-dimension where inferred. */
  rapor: z.object({ code: z.string(), certainty: CertaintySchema, subDimension: z.string().optional(), subDimensionCertainty: CertaintySchema.optional() }).optional(),
  sources: z.array(SourceSchema).min(1),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const NOT_RETRIEVED = 'Fokus perilaku indikator ini belum didapat dari sumber; lihat teks di Ruang GTK.';
const f = (text: string) => ({ text });
const D1 = (sub: string) => ({ code: 'D.1', certainty: 'confirmed' as const, subDimension: sub, subDimensionCertainty: 'uncertain' as const });
const NAME_SOURCES = [S.pakkar, S.blogpendidikan8, S.slideshareFokus];
const DESC_SOURCES = [S.aleepenaku, S.kumparanKeteraturan, S.rubrikKode];

export const TEACHER_INDICATORS: readonly Indicator[] = [
  {
    id: 'keteraturan-suasana-kelas', role: 'guru', number: 1, name: 'Keteraturan Suasana Kelas', nameCertainty: 'confirmed',
    meaning: 'Membangun kelas yang teratur dan minim gangguan melalui kesepakatan kelas yang direfleksikan bersama.', meaningCertainty: 'single-source',
    behaviours: [f('Komunikasi positif'), f('Strategi pengelompokan yang mengaktifkan murid'), f('Membuat dan mengingatkan kembali aturan/kesepakatan kelas')],
    behavioursCertainty: 'single-source', rapor: D1('D.1.1 Manajemen kelas'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'penerapan-disiplin-positif', role: 'guru', number: 2, name: 'Penerapan Disiplin Positif', nameCertainty: 'confirmed',
    meaning: 'Mengelola perilaku murid dengan prinsip disiplin positif dan kebiasaan yang disepakati.', meaningCertainty: 'single-source',
    behaviours: [f('Merefleksikan dinamika kelas'), f('Penguatan positif'), f('Restitusi: murid menyadari konsekuensi dan memperbaikinya')],
    behavioursCertainty: 'single-source', rapor: D1('D.1.1 Manajemen kelas'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'aktivitas-interaktif', role: 'guru', number: 3, name: 'Aktivitas Interaktif', nameCertainty: 'confirmed',
    meaning: 'Kegiatan belajar yang interaktif (pengelompokan, pembagian peran).', meaningCertainty: 'single-source',
    behaviours: [], behavioursCertainty: 'uncertain', behavioursNote: NOT_RETRIEVED,
    rapor: D1('D.1.3 Metode pembelajaran'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'umpan-balik-konstruktif', role: 'guru', number: 4, name: 'Umpan Balik Konstruktif', nameCertainty: 'confirmed',
    meaning: 'Memberi umpan balik atas kemajuan agar murid memperbaiki cara belajarnya.', meaningCertainty: 'single-source',
    behaviours: [f('Umpan balik spesifik dan berorientasi tujuan'), f('Umpan balik atas proses dan usaha'), f('Kesediaan mendiskusikan umpan balik')],
    behavioursCertainty: 'single-source', rapor: D1('D.1.2 Dukungan psikologis'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'instruksi-pembelajaran', role: 'guru', number: 5, name: 'Instruksi Pembelajaran', nameCertainty: 'confirmed',
    meaning: 'Penjelasan terstruktur yang menuntun pemahaman, penerapan dan refleksi.', meaningCertainty: 'single-source',
    behaviours: [f('Pertanyaan yang memicu berpikir kritis'), f('Peran untuk semua murid'), f('Diskusi kelompok yang interaktif, kritis dan inklusif')],
    behavioursCertainty: 'single-source', behavioursNote: 'Versi 2024: penjelasan yang sesuai dengan pengetahuan awal murid.',
    rapor: D1('D.1.3 Metode pembelajaran'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'instruksi-yang-adaptif', role: 'guru', number: 6, name: 'Instruksi yang Adaptif', nameCertainty: 'confirmed',
    meaning: 'Menyesuaikan pembelajaran dengan kebutuhan murid (diferensiasi).', meaningCertainty: 'single-source',
    behaviours: [], behavioursCertainty: 'uncertain', behavioursNote: NOT_RETRIEVED,
    rapor: D1('D.1.3 Metode pembelajaran'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'perhatian-dan-kepedulian', role: 'guru', number: 7, name: 'Perhatian dan Kepedulian', nameCertainty: 'confirmed',
    meaning: 'Perhatian dan dukungan yang sesuai kebutuhan setiap murid.', meaningCertainty: 'single-source',
    behaviours: [f('Empati'), f('Memahami kebutuhan dan karakteristik murid'), f('Mengapresiasi usaha')],
    behavioursCertainty: 'single-source', rapor: D1('D.1.2 Dukungan psikologis'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
  {
    id: 'ekspektasi-pada-peserta-didik', role: 'guru', number: 8, name: 'Ekspektasi pada Peserta Didik', nameCertainty: 'confirmed',
    meaning: 'Ekspektasi tinggi untuk semua murid.', meaningCertainty: 'single-source',
    behaviours: [], behavioursCertainty: 'uncertain', behavioursNote: NOT_RETRIEVED,
    rapor: D1('D.1.2 Dukungan psikologis'), sources: [...NAME_SOURCES, ...DESC_SOURCES],
  },
];

const KS_SOURCES = [S.gusndol2025, S.kompasianaNovi];
const KS_TARGETS_NOTE = 'Target perilaku indikator ini belum didapat dari sumber; lihat teks di Ruang GTK.';
const ks = (id: string, number: number, name: string, extra: Partial<Indicator> = {}): Indicator => ({
  id, role: 'kepala-sekolah', number, name, nameCertainty: 'confirmed',
  behaviours: [], behavioursCertainty: 'uncertain', behavioursNote: KS_TARGETS_NOTE,
  rapor: { code: 'Kepemimpinan pembelajaran', certainty: 'confirmed' },
  sources: KS_SOURCES, ...extra,
});

/** Our order follows domain.md; gusndol and kompasiana disagree on positions 3 and 4 (held as uncertain). */
export const PRINCIPAL_INDICATOR_ORDER_CERTAINTY = 'uncertain' as const;

export const PRINCIPAL_INDICATORS: readonly Indicator[] = [
  ks('memandu-perencanaan-pembelajaran-berbasis-data', 1, 'Memandu Perencanaan Pembelajaran Berbasis Data', {
    meaning: 'Upaya memimpin perencanaan program dan anggaran berbasis data yang berpusat pada kualitas pembelajaran.', meaningCertainty: 'confirmed',
    sources: [S.potretmatematika, ...KS_SOURCES],
  }),
  ks('presentasi-visi-dan-misi-sekolah', 2, 'Presentasi Visi dan Misi Sekolah', {
    behaviours: [f('Menyampaikan visi dan misi secara konkret dan jelas'), f('Melibatkan audiens'), f('Mengajak audiens bertindak')],
    behavioursCertainty: 'confirmed', behavioursNote: undefined, sources: [S.scribdFokus, S.scribdKs, ...KS_SOURCES],
  }),
  ks('menceritakan-praktik-baik-kepemimpinan-pembelajaran', 3, 'Menceritakan Praktik Baik Kepemimpinan Pembelajaran'),
  ks('presentasi-program-sekolah', 4, 'Presentasi Program Sekolah'),
  ks('refleksi-pengelolaan-kurikulum-sekolah', 5, 'Refleksi Pengelolaan Kurikulum Sekolah'),
  ks('aktivasi-kegiatan-komunitas-belajar', 6, 'Aktivasi Kegiatan Komunitas Belajar'),
  ks('siklus-peningkatan-kualitas-praktik-pembelajaran', 7, 'Siklus Peningkatan Kualitas Praktik Pembelajaran', {
    behavioursNote: `Juga disebut "Siklus Penguatan Kualitas Praktik Pembelajaran". ${KS_TARGETS_NOTE}`,
  }),
  ks('refleksi-program-pengembangan-kompetensi-guru', 8, 'Refleksi Program Pengembangan Kompetensi Guru', { sources: [S.potretmatematika, ...KS_SOURCES] }),
];

/** Forms of activity and the bukti a principal prepares for an indicator (scribd 731916649). */
export const PRINCIPAL_ACTIVITY_FORMS = ['Rapat', 'In House Training (IHT)', 'Komunitas belajar'] as const;
export const PRINCIPAL_EVIDENCE = ['Agenda', 'Materi', 'Umpan balik', 'Notulen', 'Daftar hadir', 'Foto kegiatan'] as const;

/**
 * The indicator catalogue for a role and year. Every modelled year (2024–2026) uses the same 8+8 names;
 * no source showed a new list for 2026, so later years reuse it.
 */
export function indicatorsFor(role: Role, _year: number): readonly Indicator[] {
  return role === 'guru' ? TEACHER_INDICATORS : PRINCIPAL_INDICATORS;
}

/** The label of the teacher's indicator step: "Praktik Pembelajaran" in the 2024 UI, "Praktik Kinerja" from 2025. */
export function praktikLabel(year: number): string {
  return year <= 2024 ? 'Praktik Pembelajaran' : 'Praktik Kinerja';
}
