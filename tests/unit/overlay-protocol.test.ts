import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/define';
import { parseUiPrefs, UI_PREFS_KEYS } from '@/lib/overlay/ui-prefs';
import { connectMessage, toFrameMessage, toHostMessage } from '@/lib/overlay/protocol';
import { CONNECT_TYPE, randomNonce } from '@/lib/overlay/channel';

/** The zod shape the hand-written guard must agree with, value by value. */
const uiPrefsSchema = z.object({
  [UI_PREFS_KEYS.locale]: z.enum(LOCALES).optional().catch(undefined),
  [UI_PREFS_KEYS.overlayCollapsed]: z.boolean().optional().catch(undefined),
  [UI_PREFS_KEYS.overlaySide]: z.enum(['right', 'left']).catch('right').default('right'),
});

const SAMPLES: unknown[] = [
  undefined, null, 'x', 42, [], {},
  { [UI_PREFS_KEYS.locale]: 'en' }, { [UI_PREFS_KEYS.locale]: 'id' }, { [UI_PREFS_KEYS.locale]: 'fr' }, { [UI_PREFS_KEYS.locale]: 1 },
  { [UI_PREFS_KEYS.overlayCollapsed]: true }, { [UI_PREFS_KEYS.overlayCollapsed]: 'true' }, { [UI_PREFS_KEYS.overlayCollapsed]: 0 },
  { [UI_PREFS_KEYS.locale]: 'en', [UI_PREFS_KEYS.overlayCollapsed]: false, other: 1 },
  { [UI_PREFS_KEYS.overlaySide]: 'left' }, { [UI_PREFS_KEYS.overlaySide]: 'right' }, { [UI_PREFS_KEYS.overlaySide]: 'LEFT' }, { [UI_PREFS_KEYS.overlaySide]: null },
];

describe('UI prefs guard', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s) ?? 'undefined', s]))('agrees with the zod schema on %s', (_label, sample) => {
    const viaZod = uiPrefsSchema.safeParse(typeof sample === 'object' && sample !== null && !Array.isArray(sample) ? sample : {});
    expect(viaZod.success).toBe(true);
    const expected: Partial<Record<(typeof UI_PREFS_KEYS)[keyof typeof UI_PREFS_KEYS], unknown>> = viaZod.success ? viaZod.data : {};
    expect(parseUiPrefs(sample)).toEqual({
      locale: expected[UI_PREFS_KEYS.locale] ?? 'id',
      overlayCollapsed: expected[UI_PREFS_KEYS.overlayCollapsed],
      overlaySide: expected[UI_PREFS_KEYS.overlaySide],
    });
  });
});

describe('frame channel protocol', () => {
  it('accepts only well-formed connect messages with a 32-hex nonce', () => {
    const nonce = randomNonce();
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(connectMessage.safeParse({ type: CONNECT_TYPE, nonce }).success).toBe(true);
    expect(connectMessage.safeParse({ type: CONNECT_TYPE, nonce: 'short' }).success).toBe(false);
    expect(connectMessage.safeParse({ type: 'other', nonce }).success).toBe(false);
  });
  it('validates host-bound messages, including the resize bounds', () => {
    expect(toHostMessage.safeParse({ type: 'resize', height: 320 }).success).toBe(true);
    expect(toHostMessage.safeParse({ type: 'resize', height: -1 }).success).toBe(false);
    expect(toHostMessage.safeParse({ type: 'resize', height: 1e9 }).success).toBe(false);
    expect(toHostMessage.safeParse({ type: 'submit' }).success).toBe(false);
  });
  it('validates the page context sent to the frame', () => {
    const page = { site: 'ekinerja', pageId: 'ekin.eviden', stage: 'pelaksanaan', step: null, url: 'https://kinerja.bkn.go.id/x', title: 't' };
    expect(toFrameMessage.safeParse({ type: 'page', page }).success).toBe(true);
    expect(toFrameMessage.safeParse({ type: 'page', page: { ...page, site: 'lain' } }).success).toBe(false);
  });
});
