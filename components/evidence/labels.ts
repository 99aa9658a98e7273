import type { Translate } from '@/lib/i18n/define';
import type { EvidenceMessageKey } from '@/lib/i18n/evidence';
import type { AppMessageKey } from '@/lib/i18n/app';
import { ALL_EVIDENCE_STEPS } from '@/lib/evidence/model';

export function stepLabel(t: Translate<EvidenceMessageKey>, step: string): string {
  return (ALL_EVIDENCE_STEPS as readonly string[]).includes(step) ? t(`step.${step}` as EvidenceMessageKey) : step;
}

export function stageLabel(ta: Translate<AppMessageKey>, stage: string): string {
  return stage === 'perencanaan' || stage === 'pelaksanaan' || stage === 'penilaian' ? ta(`stage.${stage}`) : stage;
}

export function formatDate(iso: string, locale: 'id' | 'en'): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function parseTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter(Boolean);
}
