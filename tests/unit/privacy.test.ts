import { describe, expect, it } from 'vitest';
import { SCHEMA_HISTORY } from '@/lib/db/schema';
import { privacyMessages } from '@/lib/i18n/privacy';

/**
 * The privacy page (#/privasi) is the stores' privacy policy: it must name everything the database
 * keeps. Each table is listed here with the line that covers it; a new table fails this test until
 * the page says what it holds.
 */
const COVERED_BY: Record<string, keyof typeof privacyMessages.id> = {
  settings: 'stored.profile',
  checklist: 'stored.checklist',
  calendarOverrides: 'stored.checklist',
  reminderLog: 'stored.checklist',
  evidence: 'stored.evidence',
  evidenceBodies: 'stored.evidence',
  evidenceThumbs: 'stored.evidence',
  evidenceKeys: 'stored.evidence',
  templates: 'stored.skp',
  writingDocuments: 'stored.writing',
  writingRevisions: 'stored.writing',
};

describe('privacy page', () => {
  it('covers every table of the database', () => {
    const tables = new Set<string>();
    for (const { stores } of SCHEMA_HISTORY) {
      for (const [name, spec] of Object.entries(stores)) { if (spec === null) tables.delete(name); else tables.add(name); }
    }
    const uncovered = [...tables].filter((t) => !(t in COVERED_BY));
    expect(uncovered, 'add a line to lib/i18n/privacy.ts for these tables, then list them here').toEqual([]);
    for (const key of Object.values(COVERED_BY)) expect(privacyMessages.id[key]).toBeTruthy();
  });

  it('says nothing is sent, in both languages', () => {
    expect(privacyMessages.id['never.nothing']).toMatch(/tidak ada permintaan jaringan/);
    expect(privacyMessages.en['never.nothing']).toMatch(/no network requests/);
  });
});
