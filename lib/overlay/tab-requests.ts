import { createFormRequests } from './form-requests';
import type { FormDescription, FormFillReply, FormUndoReply } from './form-protocol';
import type { Recognition } from '@/lib/sites/recognise';
import { attachFile, describeFileInput, fillLinkFields, findFileInputs, findLinkFields } from './page-fields';
import {
  createSliceCollector, MAX_FILE_INPUTS, parseTabRequest, summariseRecognition, type PageContext, type PageReply, type TabResult,
} from './tab-protocol';

export interface TabRequestContext {
  /** The generic form messages (form-requests.ts), with the last fill's undo snapshot. */
  forms: ReturnType<typeof createFormRequests>;
  recognition(): Recognition;
  /** File inputs of the last scan; the side panel refers to them by index. */
  fileInputs: HTMLInputElement[];
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const slices = createSliceCollector(decodeBase64);

/** The page as the side panel shows it; one querySelectorAll for the fields, only when asked. */
export function describePage(ctx: TabRequestContext, doc: Document = document): PageReply {
  const r = ctx.recognition();
  ctx.fileInputs = findFileInputs(doc).slice(0, MAX_FILE_INPUTS);
  const page: PageContext | null = r.kind === 'outside' ? null : {
    site: r.site,
    pageId: r.kind === 'page' ? r.page.id : null,
    stage: r.kind === 'page' ? (r.page.stage ?? null) : null,
    step: r.kind === 'page' ? (r.page.step ?? null) : null,
    url: doc.location?.href ?? '',
    title: doc.title.slice(0, 400),
    recognition: summariseRecognition(r),
  };
  return {
    page,
    targets: {
      fileInputs: ctx.fileInputs.map((input, index) => ({
        index, accept: (input.accept || '').slice(0, 500), label: describeFileInput(input).slice(0, 200), multiple: input.multiple,
      })),
      linkFields: findLinkFields(doc) !== null,
    },
  };
}

/**
 * One request from the side panel, checked, then answered. Filling and attaching happen only
 * here, that is only when the teacher clicked in the side panel; nothing is ever submitted.
 */
export function answerTabRequest(raw: unknown, ctx: TabRequestContext, rereadPrefs: () => void, doc: Document = document): PageReply | TabResult | FormDescription | Promise<FormFillReply | FormUndoReply> {
  const request = parseTabRequest(raw);
  if (!request) return { ok: false };
  switch (request.pk) {
    case 'page':
      return describePage(ctx, doc);
    case 'prefs':
      rereadPrefs();
      return { ok: true };
    case 'form-describe':
    case 'form-fill':
    case 'form-undo':
      return ctx.forms.answer(request);
    case 'fill-link':
      return { ok: fillLinkFields(doc, request.name, request.url) };
    case 'attach': {
      let done: ReturnType<typeof slices.add>;
      try {
        done = slices.add(request);
      } catch {
        return { ok: false };
      }
      if (!done) return { ok: true };
      const input = ctx.fileInputs[done.index];
      return { ok: !!input && input.isConnected && attachFile(input, done.file) };
    }
  }
}
