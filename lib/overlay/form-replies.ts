/**
 * The content script's answers to the form messages, checked on the side panel's side with zod (a
 * changed or hostile page may answer anything). Side panel only: the content script never imports
 * this file, so zod stays out of it.
 */
import { z } from 'zod';
import {
  CONTROL_KINDS, FILL_PROBLEMS, FORM_OPTIONS_MAX, FORM_SCOPES, FORM_TEXT_MAX, FORM_VALUE_MAX, MAX_FORM_FIELDS,
  type FormDescription, type FormFillReply, type FormUndoReply,
} from './form-protocol';

const index = z.number().int().min(0).max(MAX_FORM_FIELDS - 1);
const text = z.string().max(FORM_TEXT_MAX);

export const FormFieldSchema = z.object({
  index, control: z.enum(CONTROL_KINDS), name: z.string().max(200), id: z.string().max(200), nameShared: z.boolean(),
  labelFor: text, labelWrap: text, labelGroup: text, ariaLabel: text, placeholder: text, section: text,
  value: z.string().max(FORM_VALUE_MAX), disabled: z.boolean(),
  options: z.array(text).max(FORM_OPTIONS_MAX).optional(), format: z.string().max(40).optional(),
});

export const FormDescriptionSchema = z.object({
  ok: z.literal(true), scope: z.enum(FORM_SCOPES), title: text, signature: z.string().max(64),
  fields: z.array(FormFieldSchema).max(MAX_FORM_FIELDS),
});

export const FormFillReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    outcomes: z.array(z.object({ index, ok: z.boolean(), value: z.string().max(FORM_VALUE_MAX), problem: z.enum(FILL_PROBLEMS).optional() })).max(MAX_FORM_FIELDS),
    didNotStick: z.array(index).max(MAX_FORM_FIELDS),
  }),
  z.object({ ok: z.literal(false), reason: z.enum(['form-berubah', 'tidak-ada-formulir']) }),
]);

export const FormUndoReplySchema = z.union([
  z.object({ ok: z.literal(true), failed: z.array(index).max(MAX_FORM_FIELDS) }),
  z.object({ ok: z.literal(false), reason: z.literal('tidak-ada-isian') }),
]);

export const parseFormDescription = (raw: unknown): FormDescription | null => FormDescriptionSchema.safeParse(raw).data ?? null;
export const parseFormFillReply = (raw: unknown): FormFillReply | null => FormFillReplySchema.safeParse(raw).data ?? null;
export const parseFormUndoReply = (raw: unknown): FormUndoReply | null => FormUndoReplySchema.safeParse(raw).data ?? null;
