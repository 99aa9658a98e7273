/**
 * Overlay-frame side of an upload: reads the File slice by slice, hashes as it goes, and
 * sends numbered base64 slices with at most WINDOW unacknowledged.
 */
import { browser } from 'wxt/browser';
import { EvidenceError } from './errors';
import { fromPayload } from './describe';
import { createSha256, type IncrementalSha256 } from './sha256';
import { CHUNK_SIZE, MAX_TRANSFER_BYTES, toBase64, UPLOAD_PORT, WINDOW, type UploadClientMessage, type UploadServerMessage } from './transfer';
import type { EvidenceMetaInput } from './model';

export interface SentFile { id: string; title: string; duplicateOf: string | null }

export async function sendFileToBackground(file: File, meta: EvidenceMetaInput, onProgress?: (sent: number) => void): Promise<SentFile> {
  if (file.size === 0) throw new EvidenceError('empty', { name: file.name });
  if (file.size > MAX_TRANSFER_BYTES) throw new EvidenceError('too-large', { name: file.name, size: file.size, limit: MAX_TRANSFER_BYTES });
  try {
    await file.slice(0, 1).arrayBuffer();
  } catch (cause) {
    throw new EvidenceError('unreadable', { name: file.name }, { cause });
  }
  const port = browser.runtime.connect({ name: UPLOAD_PORT });
  const post = (m: UploadClientMessage) => port.postMessage(m);
  return new Promise<SentFile>((resolve, reject) => {
    let acked = 0;
    let nextSeq = 0;
    let reading = false;
    let settled = false;
    const total = Math.ceil(file.size / CHUNK_SIZE);
    let hash: IncrementalSha256 | null = null;
    const settle = (fn: () => void) => { if (settled) return; settled = true; fn(); try { port.disconnect(); } catch { /* already */ } };

    const pump = async () => {
      if (reading || settled) return;
      reading = true;
      try {
        while (!settled && nextSeq < total && nextSeq - acked < WINDOW) {
          const start = nextSeq * CHUNK_SIZE;
          const bytes = new Uint8Array(await file.slice(start, start + CHUNK_SIZE).arrayBuffer());
          hash ??= await createSha256();
          hash.update(bytes);
          post({ t: 'chunk', seq: nextSeq, data: toBase64(bytes) });
          nextSeq++;
        }
        if (!settled && nextSeq === total && acked === total) post({ t: 'end', sha256: (hash ?? (await createSha256())).digestHex() });
      } catch (cause) {
        settle(() => reject(new EvidenceError('unreadable', { name: file.name }, { cause })));
      } finally {
        reading = false;
      }
    };

    port.onMessage.addListener((raw: unknown) => {
      const m = raw as UploadServerMessage;
      if (m.t === 'ack') {
        acked = m.seq + 1;
        onProgress?.(Math.min(file.size, acked * CHUNK_SIZE));
        void pump();
      } else if (m.t === 'done') {
        settle(() => resolve({ id: m.id, title: m.title, duplicateOf: m.duplicateOf }));
      } else if (m.t === 'error') {
        settle(() => reject(fromPayload(m.error)));
      }
    });
    port.onDisconnect.addListener(() => settle(() => reject(new EvidenceError('storage'))));
    post({ t: 'begin', name: file.name || meta.title, type: file.type, size: file.size, meta });
    void pump();
  });
}
