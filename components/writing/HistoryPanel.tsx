import { useEffect, useMemo, useRef, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { wordDiff } from '@/lib/writing/diff';
import { restoreRevision, type DocumentKey } from '@/lib/writing/store';
import type { WritingMessageKey } from '@/lib/i18n/writing';
import type { Translate } from '@/lib/i18n/define';
import { useLocale } from '@/components/i18n';
import { TAB_SESSION, useRevisions } from './useWriting';

/**
 * Earlier versions of one field, newest first; the chosen one is shown against the current text
 * (deleted since: struck through; added since: underlined) and can be restored. A restore is a
 * new revision, so the text it replaces stays in the list.
 */
export function HistoryPanel({ docKey, docId, field, label, current, t, onClose }: {
  docKey: DocumentKey; docId: string; field: string; label: string; current: string;
  t: Translate<WritingMessageKey>; onClose: () => void;
}) {
  const revisions = useRevisions(docId, field);
  const locale = useLocale();
  const [selected, setSelected] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
  }, []);
  const time = useMemo(() => new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const list = revisions ? [...revisions].map((r, i) => ({ r, n: i + 1 })).reverse() : [];
  const chosen = list.find((x) => x.r.id === selected) ?? list[1] ?? list[0];
  const parts = useMemo(() => (chosen ? wordDiff(chosen.r.text, current) : []), [chosen, current]);

  const restore = async () => {
    if (!chosen) return;
    await restoreRevision(getDb(), docKey, chosen.r.id!, `${TAB_SESSION}-${field}`, new Date().toISOString());
    setMessage(t('history.restored', { n: chosen.n }));
  };
  return (
    <dialog ref={dialogRef} className="wr-history" aria-labelledby="wr-history-title" onClose={onClose} data-testid="history">
      <div className="wr-history-head">
        <h2 id="wr-history-title">{t('history.title', { field: label })}</h2>
        <button type="button" className="btn secondary" onClick={() => dialogRef.current?.close()}>{t('history.close')}</button>
      </div>
      {revisions && revisions.length === 0 && <p>{t('history.empty')}</p>}
      <div className="wr-history-body">
        <ol className="wr-versions" aria-label={t('history.open')}>
          {list.map(({ r, n }) => (
            <li key={r.id}>
              <button type="button" aria-pressed={chosen?.r.id === r.id} onClick={() => { setSelected(r.id!); setMessage(''); }} data-testid="history-version">
                <strong>{t('history.version', { n })}</strong>{r.text === current && list[0]?.r.id === r.id && <> · {t('history.current')}</>}
                <span className="small muted"> {time.format(new Date(r.updatedAt))} · {t(`history.origin.${r.origin}`)} · {t('history.chars', { count: r.text.length })}</span>
              </button>
            </li>
          ))}
        </ol>
        {chosen && (
          <div className="wr-diff-pane">
            <h3>{t('history.version', { n: chosen.n })} · {t('history.diffTitle')}</h3>
            <p className="small wr-legend"><del>{t('history.removed')}</del> · <ins>{t('history.added')}</ins></p>
            <div className="wr-diff" data-testid="history-diff">
              {parts.map((p, i) => p.kind === 'same' ? <span key={i}>{p.text}</span> : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>)}
            </div>
            <div className="row" style={{ marginTop: 10 }}>
              <button type="button" className="btn" onClick={() => void restore()} disabled={chosen.r.text === current} data-testid="history-restore">{t('history.restore')}</button>
              <span role="status" className="small">{message}</span>
            </div>
          </div>
        )}
      </div>
    </dialog>
  );
}
