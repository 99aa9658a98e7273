/** BerAKHLAK: the 7 ASN core values (SE MenPANRB 20/2021), each with its 3 panduan perilaku. Rows of the SKP perilaku table. */
import { z } from 'zod';
import { SOURCES as S, SourceSchema } from './sources';

export const CoreValueSchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string().min(1),
  /** A common gloss, not the regulation's wording. */
  meaning: z.string().min(1),
  panduanPerilaku: z.array(z.string().min(1)).length(3),
});
export type CoreValue = z.infer<typeof CoreValueSchema>;

export const BERAKHLAK_SOURCES = z.array(SourceSchema).parse([S.berakhlakSe20, S.kodeSkp]);
export const BERAKHLAK_TAGLINE = 'Bangga Melayani Bangsa';

export const BERAKHLAK: readonly CoreValue[] = [
  {
    id: 'berorientasi-pelayanan', name: 'Berorientasi Pelayanan', meaning: 'Komitmen memberikan pelayanan prima demi kepuasan masyarakat',
    panduanPerilaku: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  },
  {
    id: 'akuntabel', name: 'Akuntabel', meaning: 'Bertanggung jawab atas kepercayaan yang diberikan',
    panduanPerilaku: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    id: 'kompeten', name: 'Kompeten', meaning: 'Terus belajar dan mengembangkan kapabilitas',
    panduanPerilaku: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
  },
  {
    id: 'harmonis', name: 'Harmonis', meaning: 'Saling peduli dan menghargai perbedaan',
    panduanPerilaku: ['Menghargai setiap orang apa pun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  },
  {
    id: 'loyal', name: 'Loyal', meaning: 'Berdedikasi dan mengutamakan kepentingan bangsa dan negara',
    panduanPerilaku: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    id: 'adaptif', name: 'Adaptif', meaning: 'Terus berinovasi dan antusias menghadapi perubahan',
    panduanPerilaku: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  {
    id: 'kolaboratif', name: 'Kolaboratif', meaning: 'Membangun kerja sama yang sinergis',
    panduanPerilaku: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];
