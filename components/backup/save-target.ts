/**
 * Where a backup stream goes. On Chromium the File System Access API writes it straight to the
 * file the person picked, chunk by chunk; elsewhere (Firefox) the chunks are collected into a
 * Blob (which the browser may keep on disk) and offered as a download when the zip is complete.
 */
export interface SaveTarget {
  readonly stream: WritableStream<Uint8Array>;
  /** Called after the zip is closed: the download fallback starts the download here. */
  finish(): Promise<void>;
  /** Called on cancel or error: the half-written file is discarded. */
  abort(): Promise<void>;
  readonly viaPicker: boolean;
}

interface SaveFilePicker {
  (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    createWritable(): Promise<WritableStream<Uint8Array> & { abort(): Promise<void> }>;
  }>;
}

export function canPickSaveFile(): boolean {
  return typeof (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function';
}

/** Resolves to null when the person closes the picker without choosing. */
export async function openSaveTarget(fileName: string, description: string): Promise<SaveTarget | null> {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (picker) {
    let handle;
    try {
      handle = await picker({ suggestedName: fileName, types: [{ description, accept: { 'application/zip': ['.zip'] } }] });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return null;
      throw error;
    }
    const writable = await handle.createWritable();
    // zip.js closes the stream it was given when the zip is complete, which commits the file.
    return {
      stream: writable, viaPicker: true,
      finish: async () => {},
      abort: async () => { try { await writable.abort(); } catch { /* already closed */ } },
    };
  }
  const chunks: BlobPart[] = [];
  const stream = new WritableStream<Uint8Array>({ write(chunk) { chunks.push(chunk.slice()); } });
  return {
    stream, viaPicker: false,
    finish: async () => {
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    abort: async () => { chunks.length = 0; },
  };
}
