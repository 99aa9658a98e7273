import { describe, expect, it } from 'vitest';
import { OVERLAY_HOST_ORIGINS, RUANG_GTK_MATCHES, EKINERJA_MATCHES } from '@/lib/sites/match-patterns';

describe('host lists', () => {
  it('are https only and never all_urls', () => {
    for (const p of [...OVERLAY_HOST_ORIGINS, ...RUANG_GTK_MATCHES, ...EKINERJA_MATCHES]) {
      expect(p.startsWith('https://')).toBe(true);
      expect(p).not.toContain('<all_urls>');
    }
  });
  it('keep web accessible origins path-free (Chromium refuses paths there)', () => {
    for (const p of OVERLAY_HOST_ORIGINS) expect(new URL(p.replace('*', 'x')).pathname).toBe('/x');
  });
});
