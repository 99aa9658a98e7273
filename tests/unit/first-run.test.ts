import { describe, expect, it, vi } from 'vitest';
import { WELCOME_ROUTE, welcomeOnInstall, zoneOfIana } from '@/lib/first-run';
import { checklistView, focusStage, nextSteps } from '@/lib/checklist/view';

describe('welcome on install', () => {
  it('opens the welcome page on a fresh install only', async () => {
    const open = vi.fn(async () => undefined);
    expect(await welcomeOnInstall({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledWith(WELCOME_ROUTE);
    for (const reason of ['update', 'chrome_update', 'shared_module_update']) {
      expect(await welcomeOnInstall({ reason }, open)).toBe(false);
    }
    expect(open).toHaveBeenCalledTimes(1);
  });
  it('a tab that cannot open is not an error', async () => {
    expect(await welcomeOnInstall({ reason: 'install' }, async () => { throw new Error('no window'); })).toBe(false);
  });
});

describe('time zone of the device', () => {
  it('maps the Indonesian IANA zones to WIB, WITA, WIT', () => {
    expect(zoneOfIana('Asia/Jakarta')).toBe('WIB');
    expect(zoneOfIana('Asia/Pontianak')).toBe('WIB');
    expect(zoneOfIana('Asia/Makassar')).toBe('WITA');
    expect(zoneOfIana('Asia/Jayapura')).toBe('WIT');
    expect(zoneOfIana('Europe/Amsterdam')).toBeNull();
    expect(zoneOfIana(undefined)).toBeNull();
  });
});

describe('the glance of a profile never saved (guru, this year)', () => {
  const view = (today: string, progress = {}) =>
    checklistView({ role: 'guru', year: 2026, periodId: '2026', locale: 'id', today: today as never, overrides: [], progress })!;
  it('in May shows Pelaksanaan, its days left and three steps to do', () => {
    const v = view('2026-05-15');
    expect(focusStage(v).stageId).toBe('pelaksanaan');
    expect(v.current?.daysLeft).toBeGreaterThan(0);
    const next = nextSteps(focusStage(v));
    expect(next).toHaveLength(3);
    expect(next.every((i) => !i.done && !i.optional)).toBe(true);
  });
  it('skips ticked steps, and the teacher’s own before waits', () => {
    const stage = focusStage(view('2026-05-15'));
    const first = nextSteps(stage)[0]!;
    const after = nextSteps(focusStage(view('2026-05-15', { [first.stepId]: { done: true, source: 'manual' } })));
    expect(after.map((i) => i.stepId)).not.toContain(first.stepId);
    const kinds = nextSteps(stage, 99).map((i) => i.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['self', 'duty', 'wait'].indexOf(a) - ['self', 'duty', 'wait'].indexOf(b)));
  });
  it('after the year has closed, shows the last stage', () => {
    expect(focusStage(view('2027-02-01')).stageId).toBe('penilaian');
  });
});
