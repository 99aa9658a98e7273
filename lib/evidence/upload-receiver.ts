/**
 * Background side of an overlay upload: checks every message, assembles the slices into a
 * Blob (each slice its own small Blob, so the worker never holds the file as one buffer),
 * verifies size and SHA-256, then stores it in one transaction.
 */
import type { PendampingDB } from '@/lib/db/database';
import { EvidenceError } from './errors';
import { toPayload } from './describe';
import { createSha256 } from './sha256';
import { addFileEvidence } from './store';
import { fromBase64, MAX_TRANSFER_BYTES, uploadClientMessage, type UploadServerMessage } from './transfer';
import type { EvidenceMeta } from './model';

export interface PortLike {
  postMessage(message: UploadServerMessage): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface ReceiverDeps {
  db: () => PendampingDB;
  /** Ignored: the evidence store announces its own writes. Optional until the callers stop passing it (see lib/evidence/revision.ts). */
  afterWrite?: () => Promise<void>;
  maxBytes?: number;
}

export function receiveUpload(port: PortLike, deps: ReceiverDeps): void {
  let header: { name: string; type: string; size: number; meta: EvidenceMeta } | null = null;
  let parts: Blob[] = [];
  let received = 0;
  let nextSeq = 0;
  let finished = false;
  // Updates chain on the hasher in arrival order; the end check waits for all of them.
  let hashing = createSha256();
  const max = deps.maxBytes ?? MAX_TRANSFER_BYTES;

  const fail = (error: unknown) => {
    if (finished) return;
    finished = true;
    parts = [];
    try { port.postMessage({ t: 'error', error: toPayload(error) }); } catch { /* port gone */ }
  };

  port.onDisconnect.addListener(() => { finished = true; parts = []; });
  port.onMessage.addListener((raw) => {
    if (finished) return;
    const parsed = uploadClientMessage.safeParse(raw);
    if (!parsed.success) return fail(new EvidenceError('invalid', { fields: 'transfer' }));
    const message = parsed.data;
    if (message.t === 'begin') {
      if (header) return fail(new EvidenceError('invalid', { fields: 'begin' }));
      if (message.size === 0) return fail(new EvidenceError('empty', { name: message.name }));
      if (message.size > max) return fail(new EvidenceError('too-large', { name: message.name, size: message.size, limit: max }));
      header = { name: message.name, type: message.type, size: message.size, meta: message.meta };
      return;
    }
    if (!header) return fail(new EvidenceError('invalid', { fields: 'begin' }));
    if (message.t === 'chunk') {
      if (message.seq !== nextSeq) return fail(new EvidenceError('hash-mismatch'));
      const bytes = fromBase64(message.data);
      received += bytes.length;
      if (received > header.size) return fail(new EvidenceError('hash-mismatch'));
      hashing = hashing.then((h) => { h.update(bytes); return h; });
      parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      nextSeq++;
      port.postMessage({ t: 'ack', seq: message.seq });
      return;
    }
    // end
    if (received !== header.size) return fail(new EvidenceError('hash-mismatch'));
    finished = true;
    const file = new File(parts, header.name, { type: header.type });
    parts = [];
    const { meta } = header;
    void hashing
      .then((h) => {
        if (h.digestHex() !== message.sha256) throw new EvidenceError('hash-mismatch');
        return addFileEvidence(deps.db(), meta, file, { sha256: message.sha256 });
      })
      .then(({ item, duplicates }) => {
        port.postMessage({ t: 'done', id: item.id, title: item.title, duplicateOf: duplicates[0]?.title ?? null });
      })
      .catch((error: unknown) => {
        try { port.postMessage({ t: 'error', error: toPayload(error) }); } catch { /* port gone */ }
      });
  });
}
