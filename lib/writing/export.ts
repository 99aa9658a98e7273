/**
 * The writing of a period as plain text (for a download) and the file name it gets. The caller
 * gives the words already in the user's language; this only lays them out.
 */

export interface ExportHeader {
  readonly title: string;
  readonly lines: readonly (readonly [label: string, value: string])[];
}

export interface ExportSection {
  readonly title: string;
  readonly subtitle?: string;
  readonly entries: readonly { readonly label: string; readonly text: string }[];
}

export function toPlainText(header: ExportHeader, sections: readonly ExportSection[], emptyText: string): string {
  const out: string[] = [header.title, '='.repeat(Math.min(header.title.length, 72))];
  const width = Math.max(0, ...header.lines.map(([l]) => l.length));
  for (const [label, value] of header.lines) out.push(`${label.padEnd(width)} : ${value}`);
  for (const s of sections) {
    out.push('', '', s.title, '-'.repeat(Math.min(s.title.length, 72)));
    if (s.subtitle) out.push(s.subtitle);
    for (const e of s.entries) out.push('', e.label, e.text.trim() ? e.text.replace(/\r\n/g, '\n') : emptyText);
  }
  return `${out.join('\n')}\n`;
}

/** `pendamping-kinerja-2026-refleksi.txt`; only safe characters. */
export function exportFileName(periodId: string, part: string): string {
  return `pendamping-kinerja-${periodId}-${part}.txt`.replace(/[^a-z0-9.-]/gi, '-');
}
