import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { listEvidence } from '@/lib/evidence/query';
import { setEvidenceLink, type DocumentKey } from '@/lib/writing/store';
import type { WritingMessageKey } from '@/lib/i18n/writing';
import type { Translate } from '@/lib/i18n/define';
import { useFormatDate } from '@/components/useFormatDate';

/** Evidence tagged to the document's step in this period (lib/evidence), each linkable to the document. */
export function EvidencePanel({ docKey, stepId, linked, t }: { docKey: DocumentKey; stepId: string; linked: readonly string[]; t: Translate<WritingMessageKey> }) {
  const fmt = useFormatDate();
  const result = useLiveQuery(() => listEvidence(getDb(), { periodId: docKey.periodId, step: stepId }, { limit: 30 }), [docKey.periodId, stepId]);
  const items = result?.items ?? [];
  // The click shows at once; the stored link arrives a moment later through the live query.
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  const isLinked = (id: string) => clicked[id] ?? linked.includes(id);
  const toggle = (id: string, on: boolean) => {
    setClicked((c) => ({ ...c, [id]: on }));
    void setEvidenceLink(getDb(), docKey, id, on, new Date().toISOString())
      .catch(() => setClicked((c) => { const { [id]: _, ...rest } = c; return rest; }));
  };
  // Forget a click once the stored links agree with it.
  useEffect(() => {
    setClicked((c) => {
      const left = Object.fromEntries(Object.entries(c).filter(([id, on]) => linked.includes(id) !== on));
      return Object.keys(left).length === Object.keys(c).length ? c : left;
    });
  }, [linked]);
  return (
    <section className="card wr-evidence" aria-labelledby="wr-ev-title">
      <h2 id="wr-ev-title">{t('evidence.title')}</h2>
      {result && items.length === 0 && <p className="small muted">{t('evidence.none')}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="wr-evidence-item">
            <div>
              {item.link ? <a href={item.link.url} target="_blank" rel="noreferrer">{item.title}</a> : <Link to="/bukti">{item.title}</Link>}
              <span className="small muted"> · {fmt(item.activityDate)}</span>
            </div>
            <label className="small">
              <input type="checkbox" checked={isLinked(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />{' '}
              {t('evidence.link')}
            </label>
          </li>
        ))}
      </ul>
      <Link className="btn secondary" to="/bukti">{t('evidence.add')}</Link>
    </section>
  );
}
