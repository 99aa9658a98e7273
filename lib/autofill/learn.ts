/**
 * "Simpan sebagai template": a form the user filled by hand becomes a new template, so the first
 * manual entry is the last one. Pure over the collected descriptors and the match.
 */
import type { FieldDescriptor } from './collect';
import type { FormKind } from './forms';
import type { MatchResult } from './match';
import { TemplateContentSchema, type TemplateContent } from './templates';

/** Turns the dates and links of this one entry back into placeholders, so the template fits the next day too. */
export function generalise(value: string, ctx: { date?: string; link?: string }): string {
  let out = value;
  if (ctx.link && out.includes(ctx.link)) out = out.split(ctx.link).join('{link}');
  if (ctx.date && out.trim() === ctx.date) out = '{tanggal}';
  return out;
}

export function templateFromForm(
  fields: readonly FieldDescriptor[],
  match: MatchResult,
  formKind: FormKind,
  name: string,
  role: TemplateContent['role'],
  ctx: { date?: string; link?: string } = {},
): { ok: true; template: TemplateContent } | { ok: false; reason: 'kosong' | 'tidak-valid' } {
  const values: Record<string, string> = {};
  for (const m of match.matches) {
    const f = fields[m.fieldIndex];
    if (!f || f.value.trim() === '') continue;
    // Braces typed by the user must stay literal in a template.
    values[m.key] = generalise(f.value.replace(/\{/g, '{{').replace(/\}/g, '}}'), ctx);
  }
  if (Object.keys(values).length === 0) return { ok: false, reason: 'kosong' };
  const parsed = TemplateContentSchema.safeParse({ name, formKind, role, values });
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, reason: 'tidak-valid' };
}
