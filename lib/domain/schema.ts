import { z } from 'zod';
import { CertaintySchema, SourceSchema } from './sources';
import { IsoDateSchema, compareIso } from './time';

/** Stable kebab-case id: the key other modules and stored data use. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id harus kebab-case');

export const RoleSchema = z.enum(['guru', 'kepala-sekolah']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES: readonly Role[] = RoleSchema.options;
export const ROLE_LABEL: Readonly<Record<Role, string>> = { guru: 'Guru', 'kepala-sekolah': 'Kepala Sekolah' };

export const StageIdSchema = z.enum(['perencanaan', 'pelaksanaan', 'penilaian']);
export type StageId = z.infer<typeof StageIdSchema>;
export const STAGE_IDS: readonly StageId[] = StageIdSchema.options;

/** Who does the work of a step. */
export const PersonSchema = z.enum(['guru', 'kepala-sekolah', 'pengawas', 'kepala-dinas', 'operator', 'sistem']);
export type Person = z.infer<typeof PersonSchema>;

/** In which capacity, seen from the pegawai whose plan it is. */
export const CapacitySchema = z.enum(['pegawai', 'atasan', 'ppk', 'tim-kinerja', 'operator', 'sistem']);
export type Capacity = z.infer<typeof CapacitySchema>;

export const ActorSchema = z.object({ who: PersonSchema, as: CapacitySchema });
export type Actor = z.infer<typeof ActorSchema>;

export const ProductKindSchema = z.enum(['data', 'dokumen', 'persetujuan', 'observasi', 'penilaian', 'predikat', 'tindakan', 'sinkronisasi']);
export type ProductKind = z.infer<typeof ProductKindSchema>;

export const SiteSchema = z.enum(['pmm', 'ruang-gtk', 'ekinerja']);
export type Site = z.infer<typeof SiteSchema>;

/** Where on the site the step happens; the path is a hint matching the demo site, not a promise about the live one. */
export const PlaceSchema = z.object({ site: SiteSchema, path: z.string().startsWith('/') });
export type Place = z.infer<typeof PlaceSchema>;

const Attributed = {
  certainty: CertaintySchema,
  sources: z.array(SourceSchema).min(1),
  /** Why the fact is not confirmed, or a caveat; required when certainty is not 'confirmed'. */
  note: z.string().min(1).optional(),
};

function noteWhenUncertain(v: { certainty: string; note?: string | undefined }): boolean {
  return v.certainty === 'confirmed' || Boolean(v.note);
}
const NOTE_MESSAGE = { message: 'Fakta yang belum pasti wajib diberi alasan (note)' };

export const WindowIdSchema = z.string().regex(/^\d{4}(-\d)?\/[a-z-]+(\/[a-z0-9-]+)?\/(guru|kepala-sekolah)$/, 'id jadwal tidak sah');

/**
 * A date window, inclusive at both ends. Stage windows have id `period/stage/role`;
 * sub-windows shared by one or more steps have id `period/stage/slug/role`.
 */
export const CalendarWindowSchema = z
  .object({
    id: WindowIdSchema,
    periodId: z.string(),
    role: RoleSchema,
    stageId: StageIdSchema,
    /** Set for a sub-window inside a stage. */
    slug: IdSchema.optional(),
    label: z.string().min(1),
    start: IsoDateSchema,
    end: IsoDateSchema,
    /** 'batas' = an official deadline; 'anjuran' = recommended schedule (linimasa) that the site does not enforce. */
    binding: z.enum(['batas', 'anjuran']),
    /** The end before an official extension; the dates above already include it. */
    extension: z.object({ originalEnd: IsoDateSchema, sources: z.array(SourceSchema).min(1) }).optional(),
    ...Attributed,
  })
  .refine((w) => compareIso(w.start, w.end) <= 0, { message: 'Tanggal selesai sebelum tanggal mulai' })
  .refine(noteWhenUncertain, NOTE_MESSAGE);
export type CalendarWindow = z.infer<typeof CalendarWindowSchema>;

export const StepSchema = z.object({
  id: IdSchema,
  /** Our name for the step, in Bahasa Indonesia. */
  label: z.string().min(1),
  /** The words the site shows (menu, heading or button), when known. */
  siteLabel: z.string().min(1).optional(),
  /** Slug of the sub-window; absent = the step runs over the whole stage. */
  window: IdSchema.optional(),
  actor: ActorSchema,
  produces: z.object({ kind: ProductKindSchema, name: z.string().min(1) }),
  optional: z.boolean().optional(),
  place: PlaceSchema.optional(),
  ...Attributed,
}).refine(noteWhenUncertain, NOTE_MESSAGE);
export type Step = z.infer<typeof StepSchema>;

export const StageSchema = z.object({
  id: StageIdSchema,
  label: z.string().min(1),
  siteLabel: z.string().min(1).optional(),
  /**
   * How the sub-windows of the steps relate: 'berurutan' = the rules give disjoint consecutive windows
   * (2026 planning 1–7 / 8–21 / 22–31); 'bertahap' = windows may overlap but never start before the previous step's.
   */
  stepOrder: z.enum(['berurutan', 'bertahap']),
  steps: z.array(StepSchema).min(1),
});
export type Stage = z.infer<typeof StageSchema>;

export const PeriodSchema = z.object({
  id: z.string().regex(/^\d{4}(-\d)?$/),
  label: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
  ...Attributed,
}).refine(noteWhenUncertain, NOTE_MESSAGE);
export type Period = z.infer<typeof PeriodSchema>;

const RuleMeta = { certainty: CertaintySchema, sources: z.array(SourceSchema).min(1), note: z.string().optional() };

export const RegimeRulesSchema = z.object({
  platform: z.object({ name: z.string().min(1), site: SiteSchema, ...RuleMeta }),
  observationCyclesPerPeriod: z.object({ value: z.literal(1), ...RuleMeta }),
  pengembanganKompetensi: z.object({
    mode: z.enum(['poin', 'refleksi']),
    minPoin: z.number().int().positive().optional(),
    maxPoin: z.number().int().positive().optional(),
    ...RuleMeta,
  }),
  /** Upload of bukti dukung inside PMM / Ruang GTK (2024 only). */
  evidenceUpload: z.object({
    allowed: z.boolean(),
    formats: z.array(z.string()).optional(),
    maxSizeMb: z.number().positive().optional(),
    ...RuleMeta,
  }),
  tugasTambahan: z.object({ present: z.boolean(), ...RuleMeta }),
  ekinerjaSync: z.object({ mode: z.enum(['sinkron-manual', 'otomatis']), ...RuleMeta }),
});
export type RegimeRules = z.infer<typeof RegimeRulesSchema>;

export const RegimeSchema = z.object({
  year: z.number().int().min(2024),
  label: z.string().min(1),
  /** False for a year the ministry has not described yet: the UI must show "Jadwal belum resmi". */
  official: z.boolean(),
  /** For an unofficial regime, the year whose schedule was copied. */
  basedOnYear: z.number().int().optional(),
  periods: z.array(PeriodSchema).min(1),
  windows: z.array(CalendarWindowSchema).min(1),
  tracks: z.object({ guru: z.array(StageSchema).length(3), 'kepala-sekolah': z.array(StageSchema).length(3) }),
  rules: RegimeRulesSchema,
  sources: z.array(SourceSchema).min(1),
});
export type Regime = z.infer<typeof RegimeSchema>;

export function stageWindowId(periodId: string, stageId: StageId, role: Role): string {
  return `${periodId}/${stageId}/${role}`;
}

export function subWindowId(periodId: string, stageId: StageId, slug: string, role: Role): string {
  return `${periodId}/${stageId}/${slug}/${role}`;
}

/** The id of the window a step runs in, for one period. */
export function stepWindowId(periodId: string, stageId: StageId, step: Pick<Step, 'window'>, role: Role): string {
  return step.window ? subWindowId(periodId, stageId, step.window, role) : stageWindowId(periodId, stageId, role);
}
