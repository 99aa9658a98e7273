import { describe, expect, it } from 'vitest';
import { batchReducer, entriesForWeek, isEntrySaved, startBatch, summarise, type BatchEvent, type BatchState } from '@/lib/autofill/batch';

const week = entriesForWeek('2026-12-07', {
  1: { kegiatan: 'Mengajar IPA 7A', 'jam-mulai': '07:00' },
  2: { kegiatan: 'Mengajar IPA 7B' },
  3: { kegiatan: 'Mengajar IPA 8A' },
  4: { kegiatan: 'Mengajar IPA 8B' },
  5: { kegiatan: 'Mengajar IPA 9A' },
}, ['2026-12-10']);

const run = (events: BatchEvent[], s: BatchState = startBatch(week)) => events.reduce(batchReducer, s);

describe('batch queue', () => {
  it('one entry per school day of the week, holidays and weekends left out', () => {
    expect(week.map((e) => [e.date, e.label, e.savedMarker])).toEqual([
      ['2026-12-07', 'Senin, 2026-12-07', 'Mengajar IPA 7A'],
      ['2026-12-08', 'Selasa, 2026-12-08', 'Mengajar IPA 7B'],
      ['2026-12-09', 'Rabu, 2026-12-09', 'Mengajar IPA 8A'],
      ['2026-12-11', 'Jumat, 2026-12-11', 'Mengajar IPA 9A'],
    ]);
    expect(week[0]!.values).toEqual({ tanggal: '{tanggal}', kegiatan: 'Mengajar IPA 7A', 'jam-mulai': '07:00' });
  });

  it('fill, wait for the site\'s save, next; ends with a summary', () => {
    let s = run([{ type: 'mulai' }]);
    expect([s.phase, s.current]).toEqual(['mengisi', 0]);
    s = run([{ type: 'terisi' }], s);
    expect(s.phase).toBe('menunggu-simpan');
    // Nothing moves on before the save is detected.
    expect(run([{ type: 'mulai' }], s)).toEqual(s);
    s = run([{ type: 'tersimpan' }], s);
    expect([s.phase, s.current, s.status[0]]).toEqual(['siap', 1, 'tersimpan']);
    s = run([{ type: 'mulai' }, { type: 'terisi' }, { type: 'tersimpan' }, { type: 'mulai' }, { type: 'terisi' }, { type: 'tersimpan' }, { type: 'mulai' }, { type: 'terisi' }, { type: 'tersimpan' }], s);
    expect(s.phase).toBe('selesai');
    expect(summarise(s)).toEqual({ total: 4, saved: 4, skipped: 0, failed: 0, remaining: 0, failedLabels: [] });
  });

  it('stop and resume at any point; a filled entry waiting for its save is resumed as waiting', () => {
    let s = run([{ type: 'mulai' }, { type: 'terisi' }, { type: 'berhenti' }]);
    expect(s.phase).toBe('berhenti');
    s = run([{ type: 'mulai' }], s);
    expect([s.phase, s.current]).toEqual(['menunggu-simpan', 0]);
    s = run([{ type: 'tersimpan' }, { type: 'mulai' }, { type: 'gagal', note: 'formulir tidak ada' }], s);
    expect([s.phase, s.status[1]]).toEqual(['berhenti', 'gagal']);
    expect(s.notes['2026-12-08']).toBe('formulir tidak ada');
    s = run([{ type: 'mulai' }], s);
    expect([s.phase, s.current]).toEqual(['mengisi', 2]);
    s = run([{ type: 'lewati' }, { type: 'mulai' }, { type: 'terisi' }, { type: 'tersimpan' }], s);
    expect(summarise(s)).toEqual({ total: 4, saved: 2, skipped: 1, failed: 1, remaining: 0, failedLabels: ['Selasa, 2026-12-08'] });
  });

  it('detects the save: modal closed and the list shows the entry once more than before', () => {
    const e = week[0]!;
    expect(isEntrySaved({ modalOpen: true, listTexts: ['Mengajar IPA 7A'] }, e, 0)).toBe(false);
    expect(isEntrySaved({ modalOpen: false, listTexts: ['Rapat'] }, e, 0)).toBe(false);
    expect(isEntrySaved({ modalOpen: false, listTexts: ['Rapat', 'MENGAJAR IPA 7A (Senin)'] }, e, 0)).toBe(true);
    expect(isEntrySaved({ modalOpen: false, listTexts: ['Mengajar IPA 7A'] }, e, 1)).toBe(false);
  });
});
