// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectForm, displayLabel, findActiveForm } from '@/lib/autofill/collect';
import { loadForm } from './fixtures';

describe('findActiveForm', () => {
  it('takes the visible modal, never the hidden "Mohon Maaf" one', () => {
    const doc = loadForm('progress-harian-modal.html');
    const root = findActiveForm(doc);
    expect(root.id).toBe('modalProgress');
    expect(root.querySelector('.modal-title')?.textContent).toBe('Tambah Progress Harian');
  });
  it('with only hidden modals, reads the page and leaves every modal out', () => {
    const doc = loadForm('progress-harian-hidden-modal.html');
    const form = collectForm(doc);
    expect(form.root.tagName).toBe('BODY');
    expect(form.fields.map((f) => f.name)).toEqual(['cari']);
    expect(form.fields[0]!.labelFor).toBe('Cari kegiatan');
  });
});

describe('collectForm on the 2026 daily progress modal', () => {
  const form = () => collectForm(loadForm('progress-harian-modal.html'));

  it('describes each field with its control kind and label, in order', () => {
    const f = form();
    expect(f.title).toBe('Tambah Progress Harian');
    expect(f.fields.map((x) => [x.control, displayLabel(x)])).toEqual([
      ['vue-select', 'Rencana Aksi'],
      ['date', 'Tanggal Kegiatan'],
      ['time', 'Jam Mulai Kegiatan'],
      ['time', 'Jam Selesai Kegiatan'],
      ['textarea', 'Kegiatan Harian'],
      ['text', 'Sumber Data'],
      ['text', 'Realisasi'],
      ['select', 'Satuan'],
      ['text', 'Bukti Dukung (Link ke file Google Drive/Dropbox/etc)'],
    ]);
  });

  it('marks the three inputs named "date" as sharing their name, and reads the shown formats', () => {
    const dates = form().fields.filter((x) => x.name === 'date');
    expect(dates).toHaveLength(3);
    expect(dates.every((d) => d.nameShared)).toBe(true);
    expect(dates.map((d) => d.format)).toEqual(['YYYY-MM-DD', 'HH:mm', 'HH:mm']);
  });

  it('reads values, disabled state, select options and the label by for= as a separate signal', () => {
    const f = form();
    const sumber = f.fields[5]!;
    expect(sumber).toMatchObject({ value: 'ekinerja', disabled: true, name: 'sumber_data' });
    const satuan = f.fields[7]!;
    expect(satuan).toMatchObject({ labelFor: 'Satuan', options: ['Kegiatan', 'Dokumen', 'Jam'], value: '' });
    expect(f.fields[0]!.placeholder).toBe('Pilih Rencana Aksi');
  });
});

describe('label signals in other positions', () => {
  it('wrapping labels with upper case, extra wrappers and required marks', () => {
    const f = collectForm(loadForm('lampiran-uppercase-wrapped.html'));
    expect(f.fields.map((x) => x.labelWrap)).toEqual(['KONSEKUENSI *', 'DUKUNGAN SUMBER-DAYA *', 'SKEMA PERTANGGUNGJAWABAN:']);
  });
  it('a sibling column div and aria-label', () => {
    const f = collectForm(loadForm('rencana-aksi-sibling-labels.html'));
    expect(f.fields.map((x) => [x.labelGroup, x.ariaLabel])).toEqual([['Deskripsi', ''], ['', 'Target']]);
  });
  it('a table cell before the field, and the section heading', () => {
    const f = collectForm(loadForm('perilaku-card.html'));
    expect(f.fields).toHaveLength(7);
    expect(f.fields.map((x) => x.labelGroup)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
  });
  it('the nearest section heading tells similar fields apart', () => {
    const f = collectForm(loadForm('rhk-modal.html'));
    expect(f.fields.map((x) => x.section)).toEqual(['', '', 'Kuantitas', 'Kuantitas', 'Kualitas', 'Kualitas', 'Waktu', 'Waktu']);
  });
  it('a placeholder as the only label, and an existing value', () => {
    const f = collectForm(loadForm('eviden-reordered.html'));
    expect(f.fields.map((x) => [displayLabel(x), x.value])).toEqual([
      ['Realisasi berdasarkan bukti dukung', 'Sudah 2 dokumen'], ['Link Bukti Dukung', ''], ['Nama Bukti Dukung', ''],
    ]);
  });
});
