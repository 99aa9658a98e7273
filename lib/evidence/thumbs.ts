/**
 * Image thumbnails, made once after an image is stored and kept in `evidenceThumbs`, so a
 * list never decodes full images. Browser-only (createImageBitmap + OffscreenCanvas).
 */
import type { PendampingDB } from '@/lib/db/database';
import { getEvidenceBody, saveThumb } from './store';

export const THUMB_WIDTH = 160;
const pending = new Set<string>();

export async function makeThumb(blob: Blob): Promise<Blob | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const bitmap = await createImageBitmap(blob, { resizeWidth: THUMB_WIDTH, resizeQuality: 'medium' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  } finally {
    bitmap.close();
  }
}

/** Makes and stores the thumbnail of an image item once; later calls for the same id do nothing. */
export async function ensureThumb(db: PendampingDB, id: string, body?: Blob): Promise<void> {
  if (pending.has(id)) return;
  pending.add(id);
  try {
    const source = body ?? (await getEvidenceBody(db, id));
    if (!source) return;
    const thumb = await makeThumb(source);
    if (thumb) await saveThumb(db, id, thumb);
  } catch {
    // An image the browser cannot decode keeps its generic icon.
  }
}
