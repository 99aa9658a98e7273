/**
 * The generic form messages between the side panel and the tab's content script: describe the
 * form in front of the user, fill some of its fields by index, undo that fill. Generic on purpose:
 * the auto-fill templates (issue 13) and the writing paste (issue 12) both use them; the content
 * script knows nothing of templates. Checked by hand like tab-protocol.ts (the content script stays
 * small); tests/unit/form-protocol.test.ts holds the guards to zod schemas of the same shapes.
 */
export const MAX_FORM_FIELDS = 200;
export const FORM_VALUE_MAX = 5000;
export const FORM_TEXT_MAX = 400;
export const FORM_OPTIONS_MAX = 300;
import type { FieldDescriptor } from '@/lib/autofill/collect';
import type { ControlKind } from '@/lib/autofill/forms';

export const CONTROL_KINDS = ['text', 'textarea', 'select', 'vue-select', 'date', 'time'] as const satisfies readonly ControlKind[];
/** Where the fields were found: the open modal, the page form holding the focus, or the whole page. */
export const FORM_SCOPES = ['modal', 'form', 'page'] as const;
export const FILL_PROBLEMS = ['opsi-tidak-ditemukan', 'tidak-bisa-diisi', 'sudah-terisi', 'tidak-ada'] as const;

/**
 * One field as the side panel sees it: lib/autofill's descriptor is plain data already, so it crosses
 * as it is (a type-only import: nothing of lib/autofill/collect is added to the content script by it).
 */
export type FormField = FieldDescriptor;

export interface FormDescription {
  readonly ok: true;
  readonly scope: (typeof FORM_SCOPES)[number];
  readonly title: string;
  /** Changes when the form's fields change; a fill names the form it was previewed on. */
  readonly signature: string;
  readonly fields: readonly FormField[];
}

export interface FormFillItem {
  readonly index: number;
  readonly value: string;
  /** Replace a value the field already holds ("timpa"). */
  readonly overwrite: boolean;
}

export interface FormFillOutcome {
  readonly index: number;
  readonly ok: boolean;
  /** The text the field should now show. */
  readonly value: string;
  readonly problem?: (typeof FILL_PROBLEMS)[number];
}

export type FormFillReply =
  | { readonly ok: true; readonly outcomes: readonly FormFillOutcome[]; readonly didNotStick: readonly number[] }
  /** `form-berubah`: the form is no longer the one previewed; nothing was filled. */
  | { readonly ok: false; readonly reason: 'form-berubah' | 'tidak-ada-formulir' };

export type FormUndoReply =
  | { readonly ok: true; readonly failed: readonly number[] }
  | { readonly ok: false; readonly reason: 'tidak-ada-isian' };

export type FormRequest =
  | { readonly pk: 'form-describe' }
  | { readonly pk: 'form-fill'; readonly signature: string; readonly fills: readonly FormFillItem[] }
  | { readonly pk: 'form-undo' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A form request as the content script accepts it, or null. */
export function parseFormRequest(raw: unknown): FormRequest | null {
  if (!isRecord(raw)) return null;
  switch (raw.pk) {
    case 'form-describe':
    case 'form-undo':
      return { pk: raw.pk };
    case 'form-fill': {
      if (!isText(raw.signature, 64) || !Array.isArray(raw.fills) || raw.fills.length > MAX_FORM_FIELDS) return null;
      const fills: FormFillItem[] = [];
      for (const f of raw.fills) {
        if (!isRecord(f) || !isIndex(f.index, MAX_FORM_FIELDS - 1) || !isText(f.value, FORM_VALUE_MAX) || typeof f.overwrite !== 'boolean') return null;
        fills.push({ index: f.index, value: f.value, overwrite: f.overwrite });
      }
      return { pk: 'form-fill', signature: raw.signature, fills };
    }
    default:
      return null;
  }
}

/** A short, stable fingerprint of the fields (kind, name, id, label), FNV-1a over their text. */
export function formSignature(fields: readonly Pick<FormField, 'control' | 'name' | 'id' | 'labelFor' | 'labelWrap' | 'labelGroup' | 'ariaLabel' | 'placeholder'>[]): string {
  let h = 0x811c9dc5;
  const text = fields.map((f) => [f.control, f.name, f.id, f.labelFor, f.labelWrap, f.labelGroup, f.ariaLabel, f.placeholder].join('\u0001')).join('\u0002');
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${fields.length}-${h.toString(36)}`;
}
