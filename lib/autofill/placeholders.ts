/**
 * Placeholders in template values, filled at fill time: `{tanggal}`, `{bulan}`, `{triwulan}`,
 * `{tahun}`, `{nama}`, `{link}` (the evidence link chosen), … Pure. An unknown placeholder, or a
 * known one without data (no evidence chosen), is reported and the value is not used: a form
 * must never receive a literal "{link}".
 */

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;
export const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export interface PlaceholderContext {
  /** The activity's date, ISO (YYYY-MM-DD). */
  readonly date: string;
  readonly nama?: string;
  readonly nip?: string;
  readonly sekolah?: string;
  /** The evidence chosen for this entry. */
  readonly evidence?: { readonly name: string; readonly url: string } | null;
  readonly jamMulai?: string;
  readonly jamSelesai?: string;
}

/** The placeholders a template may use, with what each becomes (for the help text on #/skp). */
export const PLACEHOLDER_NAMES = [
  'tanggal', 'tanggal_panjang', 'hari', 'bulan', 'bulan_angka', 'triwulan', 'tahun', 'nama', 'nip', 'sekolah', 'link', 'nama_bukti', 'jam_mulai', 'jam_selesai',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export function placeholderValues(ctx: PlaceholderContext): Record<PlaceholderName, string | undefined> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const valid = m !== null && month >= 1 && month <= 12;
  const weekday = valid ? new Date(Date.UTC(year, month - 1, day)).getUTCDay() : NaN;
  return {
    tanggal: valid ? ctx.date : undefined,
    tanggal_panjang: valid ? `${day} ${MONTHS_ID[month - 1]} ${year}` : undefined,
    hari: valid ? WEEKDAYS_ID[weekday] : undefined,
    bulan: valid ? MONTHS_ID[month - 1] : undefined,
    bulan_angka: valid ? String(month).padStart(2, '0') : undefined,
    triwulan: valid ? ROMAN[Math.floor((month - 1) / 3)] : undefined,
    tahun: valid ? String(year) : undefined,
    nama: ctx.nama || undefined,
    nip: ctx.nip || undefined,
    sekolah: ctx.sekolah || undefined,
    link: ctx.evidence?.url || undefined,
    nama_bukti: ctx.evidence?.name || undefined,
    jam_mulai: ctx.jamMulai || undefined,
    jam_selesai: ctx.jamSelesai || undefined,
  };
}

export interface Expansion {
  readonly text: string;
  /** Placeholders this product does not know (a typo such as {tangal}). */
  readonly unknown: readonly string[];
  /** Known placeholders with no data now (e.g. {link} without a chosen evidence link). */
  readonly missing: readonly string[];
  /** True when the text can be filled as is. */
  readonly ok: boolean;
}

/** `{{` and `}}` stand for literal braces. */
export function expandPlaceholders(template: string, ctx: PlaceholderContext): Expansion {
  const values = placeholderValues(ctx);
  const unknown: string[] = [];
  const missing: string[] = [];
  const text = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, rawName: string | undefined) => {
    if (whole === '{{') return '{';
    if (whole === '}}') return '}';
    const name = (rawName ?? '').trim().toLowerCase();
    if (!(PLACEHOLDER_NAMES as readonly string[]).includes(name)) {
      if (!unknown.includes(whole)) unknown.push(whole);
      return whole;
    }
    const value = values[name as PlaceholderName];
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return value;
  });
  return { text, unknown, missing, ok: unknown.length === 0 && missing.length === 0 };
}

/** Placeholders used in a text that this product does not know (checked when a template is saved). */
export function unknownPlaceholders(template: string): string[] {
  return expandPlaceholders(template, { date: '2000-01-01', nama: 'x', nip: 'x', sekolah: 'x', evidence: { name: 'x', url: 'x' }, jamMulai: 'x', jamSelesai: 'x' }).unknown.slice();
}
