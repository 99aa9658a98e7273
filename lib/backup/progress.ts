/** Time left of a byte-counted job, from the rate so far; null until there is a rate to go by. */
export function secondsLeft(bytesDone: number, bytesTotal: number, elapsedMs: number): number | null {
  if (bytesDone <= 0 || elapsedMs < 500 || bytesTotal <= bytesDone) return bytesTotal <= bytesDone && bytesDone > 0 ? 0 : null;
  return Math.ceil(((bytesTotal - bytesDone) / bytesDone) * (elapsedMs / 1000));
}

/** "2 menit 5 detik" / "2 min 5 s": short, the way a progress line says it. */
export function formatDuration(seconds: number, locale: 'id' | 'en'): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const [mn, sc] = locale === 'id' ? ['menit', 'detik'] : ['min', 's'];
  if (m === 0) return `${s} ${sc}`;
  return s === 0 ? `${m} ${mn}` : `${m} ${mn} ${s} ${sc}`;
}

/** The file name a backup is saved under: the date it was made, sortable. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cadangan-pendamping-kinerja-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.zip`;
}
