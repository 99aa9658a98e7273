/**
 * The three steps put together for the page side (content script), so the side panel only shows
 * the preview and relays "Isi sekarang", "Batalkan isian" and "Simpan sebagai template".
 */
import { collectForm, type CollectedForm } from './collect';
import type { FormKind } from './forms';
import { fillForm, recheckAfter, restoreSnapshot, type InsertOutcome, type UndoSnapshot } from './insert';
import { templateFromForm } from './learn';
import { guessFormKind, matchFields, type MatchResult } from './match';
import type { PlaceholderContext } from './placeholders';
import { buildPreview, type Preview, type PreviewOptions } from './preview';
import type { TemplateContent } from './templates';
import { FORM_VOCABULARIES } from './vocabulary';

export interface PreparedFill {
  readonly form: CollectedForm;
  readonly kind: FormKind;
  readonly match: MatchResult;
  readonly preview: Preview;
}

/** Collect and match the form in front of the user against a template; nothing is written. */
export function prepareFill(doc: Document, template: Pick<TemplateContent, 'formKind' | 'values'>, ctx: PlaceholderContext, opts: PreviewOptions = {}): PreparedFill {
  const form = collectForm(doc);
  const vocabulary = FORM_VOCABULARIES[template.formKind];
  const match = matchFields(form.fields, vocabulary);
  return { form, kind: template.formKind, match, preview: buildPreview(form.fields, match, template.values, ctx, opts) };
}

export interface FillReport {
  readonly outcomes: readonly InsertOutcome[];
  readonly snapshot: UndoSnapshot;
  /** Field indexes whose value was gone a moment after filling. */
  readonly didNotStick: readonly number[];
}

/** "Isi sekarang": fills what the preview said, then re-checks a moment later. */
export async function runFill(prepared: PreparedFill, opts: { optionTimeoutMs?: number; recheckDelayMs?: number } = {}): Promise<FillReport> {
  const { snapshot, outcomes } = await fillForm(prepared.form, prepared.preview.instructions, opts);
  const didNotStick = await recheckAfter(prepared.form, outcomes, opts.recheckDelayMs);
  return { outcomes, snapshot, didNotStick };
}

/** "Batalkan isian". */
export function undoFill(prepared: PreparedFill, report: FillReport): Promise<number[]> {
  return restoreSnapshot(prepared.form, report.snapshot);
}

/** "Simpan sebagai template": reads the form in front of the user (its kind guessed when not given). */
export function learnFromPage(doc: Document, name: string, role: TemplateContent['role'], kind?: FormKind, ctx: { date?: string; link?: string } = {}) {
  const form = collectForm(doc);
  const vocabulary = kind ? FORM_VOCABULARIES[kind] : guessFormKind(form.fields, form.title, Object.values(FORM_VOCABULARIES));
  if (!vocabulary) return { ok: false as const, reason: 'tidak-dikenali' as const };
  return templateFromForm(form.fields, matchFields(form.fields, vocabulary), vocabulary.kind, name, role, ctx);
}
