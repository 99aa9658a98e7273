// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markerCount, observeSave, waitForSave } from '@/lib/autofill/batch-page';
import type { BatchEntry } from '@/lib/autofill/batch';
import { loadForm } from './fixtures';

const entry: BatchEntry = { id: '2026-12-07', label: 'Senin', date: '2026-12-07', values: {}, savedMarker: 'Mengajar IPA 7A' };

describe('detecting the site\'s save', () => {
  it('waits until the modal is closed and the list shows the entry', async () => {
    const doc = loadForm('progress-harian-modal.html');
    expect(observeSave(doc, '#progress-list tr')).toEqual({ modalOpen: true, listTexts: ['Rapat dinas'] });
    const before = markerCount(doc, '#progress-list tr', entry);
    expect(before).toBe(0);
    const waiting = waitForSave(doc, '#progress-list tr', entry, before, 2000);
    // The user presses the site's OK: the site closes the modal, then adds the row.
    setTimeout(() => {
      const modal = doc.getElementById('modalProgress')!;
      modal.classList.remove('show');
      modal.style.display = 'none';
    }, 30);
    setTimeout(() => {
      const row = doc.createElement('tr');
      row.appendChild(doc.createElement('td')).textContent = 'Mengajar IPA 7A';
      doc.getElementById('progress-list')!.appendChild(row);
    }, 60);
    expect(await waiting).toBe(true);
    expect(markerCount(doc, '#progress-list tr', entry)).toBe(1);
  });
  it('a closed modal without the new row is not a save', async () => {
    const doc = loadForm('progress-harian-modal.html');
    doc.getElementById('modalProgress')!.classList.remove('show');
    expect(await waitForSave(doc, '#progress-list tr', entry, 0, 100)).toBe(false);
  });
});
