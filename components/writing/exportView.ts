import { DOCUMENTS, noteDate, wordingFor, type DocumentKind, type WritingDocument } from '@/lib/writing/model';
import { exportFileName, toPlainText, type ExportHeader, type ExportSection } from '@/lib/writing/export';
import { chosenIndicatorId, findIndicator } from '@/lib/writing/guidance';
import type { WritingMessageKey } from '@/lib/i18n/writing';
import type { AppMessageKey } from '@/lib/i18n/app';
import type { Translate } from '@/lib/i18n/define';
import type { Profile } from '@/lib/settings/profile';
import { getDb } from '@/lib/db/database';
import { periodLabel, roleLabel } from '@/components/app/labels';

export interface ExportView { header: ExportHeader; sections: ExportSection[] }

/** The header and sections of a period's writing (or of one kind), in the user's language. */
export function buildExport(t: Translate<WritingMessageKey>, ta: Translate<AppMessageKey>, profile: Profile, periodId: string, year: number, docs: readonly WritingDocument[], only?: DocumentKind, evidenceTitles: ReadonlyMap<string, string> = new Map()): ExportView {
  const indicator = findIndicator(profile.role, year, chosenIndicatorId(docs));
  const period = periodLabel(ta, year, periodId);
  const header: ExportHeader = {
    title: only ? `${t(`doc.${only}`)} · ${period}` : t('export.title', { period }),
    lines: [
      [t('export.name'), profile.name || '—'],
      [t('export.school'), profile.school || '—'],
      [t('export.role'), roleLabel(ta, profile.role)],
      [t('export.period'), period],
      [t('export.indicator'), indicator?.name ?? '—'],
    ],
  };
  const sections: ExportSection[] = [];
  for (const def of DOCUMENTS) {
    if (only && def.kind !== only) continue;
    const ofKind = docs.filter((d) => d.kind === def.kind);
    const list = def.kind === 'catatan'
      ? [...ofKind].sort((a, b) => noteDate(a).localeCompare(noteDate(b)))
      : [ofKind[0] ?? null];
    const site = wordingFor(def.site, year).map((w) => w.label).join(' / ');
    for (const doc of list) {
      if (def.kind === 'catatan' && !doc) continue;
      const fields = (doc?.fields ?? {}) as Record<string, string>;
      const entries = def.fields
        .filter((f) => !(def.kind === 'catatan' && f.id === 'tanggal'))
        .map((f) => ({ label: t(`field.${def.kind}.${f.id}` as WritingMessageKey), text: f.input === 'indicator' ? (findIndicator(profile.role, year, fields[f.id] ?? '')?.name ?? '') : fields[f.id] ?? '' }));
      const linked = (doc?.evidenceIds ?? []).map((id) => evidenceTitles.get(id)).filter((x): x is string => Boolean(x));
      if (linked.length) entries.push({ label: t('export.linkedEvidence'), text: linked.map((x) => `• ${x}`).join('\n') });
      const title = def.kind === 'catatan' ? t('notes.entry', { date: fields.tanggal || t('notes.noDate') }) : t(`doc.${def.kind}`);
      sections.push({ title, subtitle: def.kind === 'catatan' ? undefined : t('onSite', { year: String(year), labels: site }), entries });
    }
  }
  return { header, sections };
}

/** Titles of the evidence linked to any of `docs` (items deleted since are left out). */
export async function linkedEvidenceTitles(docs: readonly WritingDocument[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.flatMap((d) => d.evidenceIds))];
  const items = ids.length ? await getDb().evidence.bulkGet(ids) : [];
  return new Map(items.flatMap((i) => (i ? [[i.id, i.title] as [string, string]] : [])));
}

export function downloadText(view: ExportView, emptyText: string, periodId: string, part: string): void {
  const blob = new Blob([toPlainText(view.header, view.sections, emptyText)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(periodId, part);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
