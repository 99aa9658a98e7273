/**
 * Schema upgrades keep data. Each released schema version is frozen here as it shipped; data
 * written with that frozen version must survive opening with the current PendampingDB.
 * Add a frozen copy when a version is released; never edit one.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PendampingDB } from '@/lib/db/database';
import { SCHEMA_HISTORY } from '@/lib/db/schema';
import { addLinkEvidence } from '@/lib/evidence/store';
import { listEvidence } from '@/lib/evidence/query';

const FROZEN: Record<number, Record<string, string>> = {
  1: { settings: '&key' },
};

const names: string[] = [];
const freshName = () => { const n = `upgrade-${Math.random()}`; names.push(n); return n; };
afterEach(async () => { for (const n of names.splice(0)) await Dexie.delete(n); });

describe('database upgrades', () => {
  it('the frozen copies match the released entries of SCHEMA_HISTORY', () => {
    for (const [version, stores] of Object.entries(FROZEN)) {
      expect(SCHEMA_HISTORY.find((v) => v.version === Number(version))?.stores).toEqual(stores);
    }
  });

  it('v1 → current: the settings row survives and evidence tables are usable', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores(FROZEN[1]!);
    await old.table('settings').put({ key: 'profile', value: { name: 'Bu Siti', year: 2024 }, updatedAt: '2024-01-02T00:00:00.000Z' });
    old.close();

    const db = new PendampingDB(name);
    expect(await db.settings.get('profile')).toEqual({ key: 'profile', value: { name: 'Bu Siti', year: 2024 }, updatedAt: '2024-01-02T00:00:00.000Z' });
    expect(db.verno).toBe(Math.max(...SCHEMA_HISTORY.map((v) => v.version)));
    await addLinkEvidence(db, { title: 'Tautan', activityDate: '2024-02-01' }, { url: 'https://example.org' });
    expect((await listEvidence(db, {})).items).toHaveLength(1);
    db.close();
  });
});
