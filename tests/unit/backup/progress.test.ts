import { describe, expect, it } from 'vitest';
import { backupFileName, formatDuration, secondsLeft } from '@/lib/backup/progress';
import { isSafeEntryName, bodyPath } from '@/lib/backup/format';

describe('progress', () => {
  it('estimates the time left from the rate so far, and waits for a rate', () => {
    expect(secondsLeft(25, 100, 10_000)).toBe(30);
    expect(secondsLeft(0, 100, 10_000)).toBeNull();
    expect(secondsLeft(10, 100, 100)).toBeNull();
    expect(secondsLeft(100, 100, 5_000)).toBe(0);
  });
  it('says durations the short way', () => {
    expect(formatDuration(45, 'id')).toBe('45 detik');
    expect(formatDuration(125, 'id')).toBe('2 menit 5 detik');
    expect(formatDuration(120, 'en')).toBe('2 min');
  });
  it('names the file by its date', () => {
    expect(backupFileName(new Date(2026, 11, 5, 9, 7))).toBe('cadangan-pendamping-kinerja-2026-12-05-0907.zip');
  });
});

describe('entry names', () => {
  it('accepts names inside the archive only', () => {
    for (const ok of ['manifest.json', 'data/evidence.json', 'bodies/evidenceBodies/ev-1']) expect(isSafeEntryName(ok), ok).toBe(true);
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\b', 'a/./b', '', 'a\u0000b']) expect(isSafeEntryName(bad), bad).toBe(false);
  });
  it('never lets an id make a path', () => {
    expect(bodyPath('evidenceBodies', '../../evil')).toBe('bodies/evidenceBodies/%2E%2E%2F%2E%2E%2Fevil');
    expect(isSafeEntryName(bodyPath('evidenceBodies', '../../evil'))).toBe(true);
    expect(bodyPath('t', '..')).toBe('bodies/t/%2E%2E');
  });
});
