/**
 * The side panel ↔ content script messages. The side panel (an extension page) asks the
 * tab's content script with `tabs.sendMessage`; the content script answers, and tells the
 * side panel when the page changed with `runtime.sendMessage`. Both are JSON only, so a file
 * crosses in numbered base64 slices that the content script checks one by one.
 *
 * Checked by hand, not with zod: the content script runs on every page load of the host
 * sites and must stay small (see README, Design notes). tests/unit/tab-protocol.test.ts holds
 * these guards to zod schemas of the same shapes.
 */
import { parseFormRequest, type FormRequest } from './form-protocol';

export const TAB_MESSAGE = 'pk';

export const SITE_IDS = ['ruang-gtk', 'ekinerja'] as const;
export const STAGE_IDS = ['perencanaan', 'pelaksanaan', 'penilaian'] as const;

/**
 * How the content script recognised the page, for the side panel to explain in its own language
 * (lib/sites/explain.ts) and to hold back filling on a changed page (`missing` non-empty).
 */
export type RecognitionSummary =
  | { readonly kind: 'unknown'; readonly why: 'no-match' | 'not-found' | 'ambiguous' }
  | {
    readonly kind: 'page';
    readonly by: 'path+heading' | 'path' | 'heading';
    readonly match?: { readonly heading: string; readonly phrase: string };
    readonly missing: readonly string[];
  };

/** What the side panel shows about the tab's page. */
export interface PageContext {
  readonly site: (typeof SITE_IDS)[number];
  /** lib/sites adapter id, or null when the page is not recognised. */
  readonly pageId: string | null;
  readonly stage: (typeof STAGE_IDS)[number] | null;
  readonly step: string | null;
  readonly url: string;
  readonly title: string;
  readonly recognition: RecognitionSummary;
}

/** A file input the page shows, by its position in the content script's last scan. */
export interface FileTarget {
  readonly index: number;
  readonly accept: string;
  readonly label: string;
  readonly multiple: boolean;
}

export interface PageTargets {
  readonly fileInputs: readonly FileTarget[];
  /** e-Kinerja's "Nama/Link Bukti Dukung" pair is on the page. */
  readonly linkFields: boolean;
}

export interface PageReply {
  readonly page: PageContext | null;
  readonly targets: PageTargets;
}

/** One slice of a stored file on its way into the page's `<input type=file>` number `index`. */
export interface AttachSlice {
  readonly pk: 'attach';
  readonly index: number;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly offset: number;
  /** base64 */
  readonly data: string;
  readonly last: boolean;
}

/** Side panel → content script. */
export type TabRequest =
  | FormRequest
  | { readonly pk: 'page' }
  | { readonly pk: 'prefs' }
  /** null: leave that field as it is (the teacher did not confirm it). */
  | { readonly pk: 'fill-link'; readonly name: string | null; readonly url: string | null }
  | AttachSlice;

export interface TabResult { readonly ok: boolean }

/** Content script → side panel: "ask me again". */
export interface PageChanged { readonly pk: 'page-changed' }

export const ATTACH_SLICE_BYTES = 512 * 1024;
/** Largest file the side panel attaches into a page (the sites' own limits are far lower). */
export const ATTACH_MAX_BYTES = 200 * 1024 * 1024;
export const MAX_FILE_INPUTS = 20;
const NAME_MAX = 400;
const URL_MAX = 4000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A request as the content script accepts it, or null. */
export function parseTabRequest(raw: unknown): TabRequest | null {
  if (!isRecord(raw)) return null;
  switch (raw.pk) {
    case 'page':
    case 'prefs':
      return { pk: raw.pk };
    case 'fill-link':
      return (raw.name === null || isText(raw.name, NAME_MAX)) && (raw.url === null || isText(raw.url, URL_MAX)) && (raw.name !== null || raw.url !== null)
        ? { pk: 'fill-link', name: raw.name as string | null, url: raw.url as string | null } : null;
    case 'attach': {
      const { index, name, type, size, offset, data, last } = raw;
      if (!isIndex(index, MAX_FILE_INPUTS - 1) || !isText(name, 255) || !isText(type, 200) || typeof last !== 'boolean') return null;
      if (!isIndex(size, ATTACH_MAX_BYTES) || !isIndex(offset, size)) return null;
      if (!isText(data, Math.ceil(ATTACH_SLICE_BYTES / 3) * 4) || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return null;
      return { pk: 'attach', index, name, type, size, offset, data, last };
    }
    default:
      return parseFormRequest(raw);
  }
}

export function isPageChanged(raw: unknown): raw is PageChanged {
  return isRecord(raw) && raw.pk === 'page-changed';
}

/** The content script's answer to 'page', checked on the side panel's side (a changed page may say anything). */
export function parsePageReply(raw: unknown): PageReply | null {
  if (!isRecord(raw) || !isRecord(raw.targets)) return null;
  const t = raw.targets;
  if (!Array.isArray(t.fileInputs) || t.fileInputs.length > MAX_FILE_INPUTS || typeof t.linkFields !== 'boolean') return null;
  const fileInputs: FileTarget[] = [];
  for (const f of t.fileInputs) {
    if (!isRecord(f) || !isIndex(f.index, MAX_FILE_INPUTS - 1) || !isText(f.accept, 500) || !isText(f.label, 200) || typeof f.multiple !== 'boolean') return null;
    fileInputs.push({ index: f.index, accept: f.accept, label: f.label, multiple: f.multiple });
  }
  let page: PageContext | null = null;
  if (raw.page !== null) {
    const p = raw.page;
    if (!isRecord(p)) return null;
    if (!(SITE_IDS as readonly unknown[]).includes(p.site)) return null;
    if (p.pageId !== null && !isText(p.pageId, 80)) return null;
    if (p.stage !== null && !(STAGE_IDS as readonly unknown[]).includes(p.stage)) return null;
    if (p.step !== null && !isText(p.step, 80)) return null;
    if (!isText(p.url, URL_MAX) || !isText(p.title, NAME_MAX)) return null;
    const recognition = parseRecognitionSummary(p.recognition);
    if (!recognition) return null;
    page = { site: p.site as PageContext['site'], pageId: p.pageId as string | null, stage: p.stage as PageContext['stage'], step: p.step as string | null, url: p.url, title: p.title, recognition };
  }
  return { page, targets: { fileInputs, linkFields: t.linkFields } };
}

const UNKNOWN_WHY = ['no-match', 'not-found', 'ambiguous'] as const;
const PAGE_BY = ['path+heading', 'path', 'heading'] as const;
const TEXT_MAX = 200;
const MISSING_MAX = 5;

export function parseRecognitionSummary(raw: unknown): RecognitionSummary | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'unknown') return (UNKNOWN_WHY as readonly unknown[]).includes(raw.why) ? { kind: 'unknown', why: raw.why as (typeof UNKNOWN_WHY)[number] } : null;
  if (raw.kind !== 'page' || !(PAGE_BY as readonly unknown[]).includes(raw.by)) return null;
  if (!Array.isArray(raw.missing) || raw.missing.length > MISSING_MAX || !raw.missing.every((m) => isText(m, TEXT_MAX))) return null;
  let match: { heading: string; phrase: string } | undefined;
  if (raw.match !== undefined) {
    if (!isRecord(raw.match) || !isText(raw.match.heading, TEXT_MAX) || !isText(raw.match.phrase, TEXT_MAX)) return null;
    match = { heading: raw.match.heading, phrase: raw.match.phrase };
  }
  return { kind: 'page', by: raw.by as (typeof PAGE_BY)[number], ...(match ? { match } : {}), missing: raw.missing as string[] };
}

/** The summary of a recognition as it crosses to the side panel (texts capped, as the guard expects). */
export function summariseRecognition(r: RecognitionSummary): RecognitionSummary {
  if (r.kind === 'unknown') return { kind: 'unknown', why: r.why };
  const cap = (s: string) => s.slice(0, TEXT_MAX);
  return {
    kind: 'page', by: r.by,
    ...(r.match ? { match: { heading: cap(r.match.heading), phrase: cap(r.match.phrase) } } : {}),
    missing: r.missing.slice(0, MISSING_MAX).map(cap),
  };
}

/**
 * Collects attach slices into one file, checking each: the same file (name, type, size and
 * target), the next offset, never more bytes than declared. Pure, so it tests without a page.
 */
export function createSliceCollector(decode: (base64: string) => Uint8Array) {
  let current: { index: number; name: string; type: string; size: number; parts: Uint8Array[]; received: number } | null = null;
  return {
    /** The whole file once the last slice is in; null while more are to come; throws on a bad slice. */
    add(slice: AttachSlice): { index: number; file: File } | null {
      if (slice.offset === 0) current = { index: slice.index, name: slice.name, type: slice.type, size: slice.size, parts: [], received: 0 };
      const c = current;
      if (!c || c.index !== slice.index || c.name !== slice.name || c.type !== slice.type || c.size !== slice.size || c.received !== slice.offset) {
        current = null;
        throw new Error('slice out of order');
      }
      const bytes = decode(slice.data);
      if (bytes.length > ATTACH_SLICE_BYTES || c.received + bytes.length > c.size) {
        current = null;
        throw new Error('slice too large');
      }
      c.parts.push(bytes);
      c.received += bytes.length;
      if (!slice.last) return null;
      current = null;
      if (c.received !== c.size) throw new Error('file incomplete');
      return { index: c.index, file: new File(c.parts as BlobPart[], c.name, { type: c.type }) };
    },
  };
}
