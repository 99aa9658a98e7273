import { describe, expect, it } from 'vitest';
import { Autosaver, type AutosaveTimers } from '@/lib/writing/autosave';

/** A clock the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const queue = new Map<number, { at: number; fn: () => void }>();
  const timers: AutosaveTimers = {
    now: () => now,
    set: (fn, ms) => { const id = next++; queue.set(id, { at: now + ms, fn }); return id; },
    clear: (h) => { queue.delete(h as number); },
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...queue.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      queue.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await Promise.resolve(); await Promise.resolve(); await Promise.resolve();
    }
    now = end;
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { timers, advance };
}

describe('autosave', () => {
  it('saves once after a pause in typing', async () => {
    const { timers, advance } = fakeTimers();
    const saved: string[] = [];
    const a = new Autosaver({ timers, save: async (t) => { saved.push(t); } });
    a.change('S'); await advance(100); a.change('Sa'); await advance(100); a.change('Say');
    expect(saved).toEqual([]);
    await advance(300);
    expect(saved).toEqual(['Say']);
  });

  it('is never more than a second behind while typing goes on', async () => {
    const { timers, advance } = fakeTimers();
    const saved: { at: number; text: string }[] = [];
    let clock = 0;
    const a = new Autosaver({ timers, save: async (t) => { saved.push({ at: clock, text: t }); } });
    let text = '';
    for (let i = 0; i < 50; i++) { text += 'x'; a.change(text); await advance(100); clock += 100; }
    // 5 s of typing at 10 keys/s: a save at least every second, each with everything typed by then.
    expect(saved.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < saved.length; i++) expect(saved[i]!.at - saved[i - 1]!.at).toBeLessThanOrEqual(1000);
    await advance(1000);
    expect(saved.at(-1)!.text).toBe(text);
  });

  it('flush saves at once (pagehide), and text typed during a save is saved after it', async () => {
    const { timers, advance } = fakeTimers();
    const saved: string[] = [];
    let release: () => void = () => {};
    const a = new Autosaver({ timers, save: (t) => new Promise<void>((r) => { saved.push(t); release = r; }) });
    a.change('one');
    const f = a.flush();
    expect(saved).toEqual(['one']);
    a.change('one two');
    release();
    await f;
    const g = a.flush();
    expect(saved).toEqual(['one', 'one two']);
    release();
    await g;
    release();
    await a.flush();
    expect(a.hasPending).toBe(false);
  });

  it('keeps the text when a save fails, and saves it with the next one', async () => {
    const { timers, advance } = fakeTimers();
    const saved: string[] = [];
    let fail = true;
    const states: string[] = [];
    const a = new Autosaver({ timers, onState: (s) => states.push(s), save: async (t) => { if (fail) throw new Error('quota'); saved.push(t); } });
    a.change('kalimat penting');
    await advance(400);
    expect(states.at(-1)).toBe('error');
    expect(a.hasPending).toBe(true);
    fail = false;
    await a.flush();
    expect(saved).toEqual(['kalimat penting']);
    expect(states.at(-1)).toBe('saved');
  });
});
