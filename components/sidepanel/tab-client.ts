import { browser } from 'wxt/browser';
import { toBase64 } from '@/lib/evidence/transfer';
import type { FormDescription, FormFillItem, FormFillReply, FormUndoReply } from '@/lib/overlay/form-protocol';
import { parseFormDescription, parseFormFillReply, parseFormUndoReply } from '@/lib/overlay/form-replies';
import { ATTACH_SLICE_BYTES, parsePageReply, type PageReply, type TabRequest, type TabResult } from '@/lib/overlay/tab-protocol';

/** One request to the tab's content script; undefined when nothing answers (no content script there, or not yet). */
export async function askTab(tabId: number, request: TabRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    return undefined;
  }
}

export async function askPage(tabId: number): Promise<PageReply | null> {
  return parsePageReply(await askTab(tabId, { pk: 'page' }));
}

const okOf = (raw: unknown) => (raw as TabResult | undefined)?.ok === true;

/** null leaves that field as it is. */
export async function fillLink(tabId: number, name: string | null, url: string | null): Promise<boolean> {
  return okOf(await askTab(tabId, { pk: 'fill-link', name: name?.slice(0, 400) ?? null, url: url?.slice(0, 4000) ?? null }));
}

/** Sends a stored file to the page's file input `index`, slice by slice, each acknowledged. */
export async function attachToTab(tabId: number, index: number, file: Blob, name: string, type: string): Promise<boolean> {
  let offset = 0;
  do {
    const end = Math.min(file.size, offset + ATTACH_SLICE_BYTES);
    const data = toBase64(new Uint8Array(await file.slice(offset, end).arrayBuffer()));
    const ok = okOf(await askTab(tabId, { pk: 'attach', index, name: name.slice(0, 255), type: type.slice(0, 200), size: file.size, offset, data, last: end >= file.size }));
    if (!ok) return false;
    offset = end;
  } while (offset < file.size);
  return true;
}

/** The form in front of the user, described (generic form messages, lib/overlay/form-protocol.ts). */
export async function describeTabForm(tabId: number): Promise<FormDescription | null> {
  return parseFormDescription(await askTab(tabId, { pk: 'form-describe' }));
}

/** Fills fields by index of the form described with `signature`; the page refuses when that form changed. */
export async function fillTabForm(tabId: number, signature: string, fills: readonly FormFillItem[]): Promise<FormFillReply | null> {
  return parseFormFillReply(await askTab(tabId, { pk: 'form-fill', signature, fills }));
}

/** Puts back what the last fill changed. */
export async function undoTabForm(tabId: number): Promise<FormUndoReply | null> {
  return parseFormUndoReply(await askTab(tabId, { pk: 'form-undo' }));
}
