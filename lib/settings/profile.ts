import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/define';

/**
 * The user's profile: who they are in the cycle and which year/period they are working on.
 * Stored in the `settings` table under PROFILE_KEY and parsed with this schema on every read,
 * so a row written by an older version or edited by hand can never crash a view.
 */
export const PROFILE_KEY = 'profile';

export const ROLES = ['guru', 'kepala-sekolah'] as const;
export const JENJANG = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'] as const;
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;

export const profileSchema = z.object({
  role: z.enum(ROLES),
  name: z.string().trim().max(120),
  school: z.string().trim().max(160),
  jenjang: z.enum(JENJANG).nullable(),
  year: z.number().int().min(2024).max(2100),
  /** e.g. '2024-1', '2024-2', '2026' — the ids of lib/domain periods. */
  periodId: z.string().min(4).max(16),
  timeZone: z.enum(TIME_ZONES),
  locale: z.enum(LOCALES),
});
export type Profile = z.infer<typeof profileSchema>;

export function defaultProfile(today: Date): Profile {
  const year = today.getFullYear();
  return { role: 'guru', name: '', school: '', jenjang: null, year, periodId: String(year), timeZone: 'WIB', locale: 'id' };
}

/** A stored value that no longer fits the schema falls back field by field, never throws. */
export function parseStoredProfile(value: unknown, today: Date): Profile {
  const parsed = profileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fallback = defaultProfile(today);
  if (typeof value !== 'object' || value === null) return fallback;
  const merged: Record<string, unknown> = { ...fallback };
  for (const [key, field] of Object.entries(profileSchema.shape)) {
    const candidate = (value as Record<string, unknown>)[key];
    if (field.safeParse(candidate).success) merged[key] = candidate;
  }
  return profileSchema.parse(merged);
}
