import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import {
  deleteTemplate, duplicateTemplate, exportTemplates, importTemplates, listTemplates, restoreTemplate, saveTemplate,
} from '@/lib/autofill/template-store';
import { STARTER_TEMPLATES, TemplateContentSchema, TemplateRecordSchema, starterRecords } from '@/lib/autofill/templates';
import { keysOf } from '@/lib/autofill/vocabulary';
import { BERAKHLAK } from '@/lib/domain/berakhlak';

const names: string[] = [];
const open = () => { const n = `tpl-${Math.random()}`; names.push(n); return new PendampingDB(n); };
afterEach(async () => { for (const n of names.splice(0)) await Dexie.delete(n); });
const NOW = new Date('2026-12-05T01:00:00Z');

describe('template schema', () => {
  it('starting templates are valid and cover every form kind, for guru and kepala sekolah', () => {
    const rows = starterRecords(NOW);
    expect(new Set(rows.map((r) => r.formKind))).toEqual(new Set(['rhk', 'perilaku', 'lampiran', 'rencana-aksi', 'eviden', 'progress-harian']));
    expect(rows.some((r) => r.role === 'guru') && rows.some((r) => r.role === 'kepala-sekolah')).toBe(true);
    for (const s of STARTER_TEMPLATES) expect(TemplateContentSchema.safeParse(s).success, s.id).toBe(true);
    const perilaku = rows.find((r) => r.formKind === 'perilaku')!;
    expect(Object.keys(perilaku.values)).toHaveLength(BERAKHLAK.length);
  });
  it('rejects keys the form does not have, unknown placeholders and empty templates', () => {
    const bad = TemplateContentSchema.safeParse({ name: 'x', formKind: 'eviden', role: 'guru', values: { kegiatan: 'a', realisasi: '{tangal}' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message).sort()).toEqual(['unknown-key', 'unknown-placeholder']);
    expect(TemplateContentSchema.safeParse({ name: 'x', formKind: 'eviden', role: 'guru', values: { realisasi: ' ' } }).success).toBe(false);
    expect(TemplateContentSchema.safeParse({ name: ' ', formKind: 'eviden', role: 'guru', values: { realisasi: 'a' } }).success).toBe(false);
  });
  it('every form kind has keys', () => {
    expect(keysOf('progress-harian')).toContain('rencana-aksi');
  });
});

describe('template store', () => {
  it('writes the starting templates once, even after they are deleted', async () => {
    const db = open();
    const first = await listTemplates(db, NOW);
    expect(first.length).toBe(STARTER_TEMPLATES.length);
    for (const t of first) await deleteTemplate(db, t.id);
    expect(await listTemplates(db, NOW)).toEqual([]);
    db.close();
  });

  it('save, edit, duplicate, delete with undo', async () => {
    const db = open();
    await listTemplates(db, NOW);
    const saved = await saveTemplate(db, { name: 'Rencana aksi saya', formKind: 'rencana-aksi', role: 'guru', values: { 'rencana-aksi': 'Modul {bulan}', target: '1 Dokumen' } }, undefined, NOW);
    expect(saved.origin).toBe('pengguna');
    const edited = await saveTemplate(db, { ...saved, values: { ...saved.values, target: '2 Dokumen' } }, saved.id, new Date('2026-12-06T00:00:00Z'));
    expect(edited).toMatchObject({ id: saved.id, createdAt: saved.createdAt, updatedAt: '2026-12-06T00:00:00.000Z' });
    const copy = await duplicateTemplate(db, saved.id, '(salinan)', NOW);
    expect(copy!.name).toBe('Rencana aksi saya (salinan)');
    expect(copy!.id).not.toBe(saved.id);
    const removed = await deleteTemplate(db, saved.id);
    expect((await listTemplates(db)).some((t) => t.id === saved.id)).toBe(false);
    await restoreTemplate(db, removed!);
    expect((await listTemplates(db)).find((t) => t.id === saved.id)?.values.target).toBe('2 Dokumen');
    db.close();
  });

  it('export then import into another database gives the same templates', async () => {
    const a = open();
    const file = await exportTemplates(a, NOW);
    expect(file.kind).toBe('pendamping-kinerja/templates');
    const b = open();
    await listTemplates(b, NOW);
    for (const t of await listTemplates(b)) await deleteTemplate(b, t.id);
    expect(await importTemplates(b, JSON.stringify(file), NOW)).toEqual({ ok: true, count: STARTER_TEMPLATES.length });
    const imported = await listTemplates(b);
    expect(imported.map((t) => [t.name, t.values])).toEqual((await listTemplates(a)).map((t) => [t.name, t.values]));
    expect(imported.every((t) => t.origin === 'impor' && TemplateRecordSchema.safeParse(t).success)).toBe(true);
    a.close(); b.close();
  });

  it('a bad file changes nothing', async () => {
    const db = open();
    const before = await listTemplates(db, NOW);
    expect(await importTemplates(db, 'not json', NOW)).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await importTemplates(db, JSON.stringify({ kind: 'pendamping-kinerja/calendar' }), NOW)).toMatchObject({ ok: false, reason: 'wrong-file' });
    const good = { name: 'ok', formKind: 'lampiran', role: 'semua', values: { konsekuensi: 'x' } };
    const oneBad = { kind: 'pendamping-kinerja/templates', version: 1, exportedAt: NOW.toISOString(), templates: [good, { ...good, values: { konsekuensi: '{tangal}' } }] };
    const r = await importTemplates(db, JSON.stringify(oneBad), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await listTemplates(db)).toEqual(before);
    db.close();
  });
});

describe('editor field names', () => {
  it('every template key of every form has a name to show', async () => {
    const { FIELD_LABELS } = await import('@/lib/i18n/autofill');
    const { FORM_KINDS } = await import('@/lib/autofill/forms');
    for (const kind of FORM_KINDS) for (const key of keysOf(kind)) expect(FIELD_LABELS[key], key).toBeTruthy();
  });
});
