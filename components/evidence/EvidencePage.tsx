import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useMessages, useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { PageTitle } from '@/components/app/PageTitle';
import { periodLabel } from '@/components/app/labels';
import { getDb } from '@/lib/db/database';
import { indicatorsFor, todayIn } from '@/lib/domain';
import { useNow } from '@/components/useNow';
import { evidenceMessages } from '@/lib/i18n/evidence';
import { describeError, describeWarning } from '@/lib/evidence/describe';
import { EVIDENCE_STEPS, MEDIA_KINDS, STAGES, formatBytes, itemWarnings, type EvidenceItem, type EvidenceStage, type MediaKind } from '@/lib/evidence/model';
import { FIRST_SCREEN, type EvidenceFilter } from '@/lib/evidence/query';
import { deleteEvidence, restoreEvidence, retagEvidence, type DeletedEvidence } from '@/lib/evidence/store';
import { periodOptions, selectableYears } from '@/lib/settings/periods';
import { AddEvidence, type NewItemDefaults } from './AddEvidence';
import { EditDialog, PreviewDialog } from './EvidenceDialogs';
import { formatDate, stageLabel, stepLabel } from './labels';
import { useAllTags, useHasEvidence, useEvidenceList, useStorageSpace, useThumbUrl } from './useEvidence';
import './evidence.css';

/** Deleted items stay restorable until this page is closed (held in memory, bodies by reference). */
const undoStack: DeletedEvidence[][] = [];

type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function EvidencePage() {
  const t = useMessages(evidenceMessages);
  const ta = useT();
  const locale = useLocale();
  const { profile } = useProfile();
  const ids = useId();
  const [filter, setFilter] = useState<EvidenceFilter>({});
  const [limit, setLimit] = useState(FIRST_SCREEN);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // New items are dated today in the teacher's zone by lib/clock (the debug.now hook included), until the teacher picks a date.
  const now = useNow();
  const [defaults, setDefaults] = useState<NewItemDefaults>(() => ({ stage: null, step: null, tags: '', date: todayIn(profile.timeZone, new Date()) }));
  const datePicked = useRef(false);
  const today = now ? todayIn(profile.timeZone, now) : null;
  useEffect(() => { if (today && !datePicked.current) setDefaults((d) => ({ ...d, date: today })); }, [today]);
  const changeDefaults = (next: NewItemDefaults) => {
    if (next.date !== defaults.date) datePicked.current = true;
    setDefaults(next);
  };
  const [bulkTag, setBulkTag] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [undoCount, setUndoCount] = useState(undoStack.at(-1)?.length ?? 0);
  const [editing, setEditing] = useState<EvidenceItem | null>(null);
  const [previewing, setPreviewing] = useState<EvidenceItem | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [revision, setRevision] = useState(0);
  const [focusUndo, setFocusUndo] = useState(0);
  // After a delete, focus goes to the undo button (once it is rendered) so the keyboard user can take it back at once.
  useEffect(() => { if (focusUndo) undoRef.current?.focus(); }, [focusUndo]);

  const result = useEvidenceList(filter, limit);
  const hasAny = useHasEvidence(result !== undefined);
  const tags = useAllTags(result !== undefined);
  const [space, refreshSpace] = useStorageSpace(`${revision}-${hasAny ?? ''}`);

  useEffect(() => { setLimit(FIRST_SCREEN); }, [JSON.stringify(filter)]);

  const items = result?.items ?? [];
  const id = (n: string) => `${ids}-${n}`;
  const setF = <K extends keyof EvidenceFilter>(key: K, value: EvidenceFilter[K] | undefined) => {
    setFilter((f) => {
      const next: Record<string, unknown> = { ...f, [key]: value };
      if (value === undefined || value === '') delete next[key];
      if (key === 'year') delete next.periodId;
      if (key === 'stage') delete next.step;
      return next as EvidenceFilter;
    });
  };
  const filterActive = Object.keys(filter).length > 0;
  const year = filter.year ?? profile.year;
  const indicators = indicatorsFor(profile.role, year);
  const steps = filter.stage ? EVIDENCE_STEPS[filter.stage] : Object.values(EVIDENCE_STEPS).flat();

  async function remove(idsToDelete: string[]) {
    try {
      const deleted = await deleteEvidence(getDb(), idsToDelete);
      undoStack.push(deleted);
      setUndoCount(deleted.length);
      setSelected(new Set());
      setNotice(null);
      setRevision((r) => r + 1);
      setFocusUndo((n) => n + 1);
    } catch (error) {
      setNotice({ kind: 'error', text: describeError(t, error, locale) });
    }
  }

  async function undo() {
    const last = undoStack.pop();
    if (!last) return;
    try {
      await restoreEvidence(getDb(), last);
      setUndoCount(undoStack.at(-1)?.length ?? 0);
      setNotice({ kind: 'ok', text: t('undo.restored', { count: last.length }) });
      setRevision((r) => r + 1);
      requestAnimationFrame(() => {
        const row = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(last[0]!.item.id)}"] .ev-title-btn`);
        (row ?? listHeading.current)?.focus();
      });
    } catch (error) {
      undoStack.push(last);
      setNotice({ kind: 'error', text: describeError(t, error, locale) });
    }
  }

  async function retag(mode: 'add' | 'remove') {
    const tag = bulkTag.trim();
    if (!tag || selected.size === 0) return;
    const count = await retagEvidence(getDb(), [...selected], mode === 'add' ? { add: [tag] } : { remove: [tag] });
    setNotice({ kind: 'ok', text: t('bulk.retagged', { count }) });
    setBulkTag('');
  }

  const toggle = (itemId: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(itemId); else next.delete(itemId);
    return next;
  });
  const allShownSelected = items.length > 0 && items.every((i) => selected.has(i.id));

  return (
    <section className="ev-page">
      <PageTitle>{t('page.title')}</PageTitle>
      <p className="lead">{t('page.intro')}</p>

      <SpaceLine space={space} onPersist={async () => { await navigator.storage?.persist?.(); await refreshSpace(); }} />

      <AddEvidence defaults={defaults} onDefaults={changeDefaults} onChanged={() => setRevision((r) => r + 1)} />

      <section className="card ev-filters" aria-labelledby={id('fh')}>
        <h2 id={id('fh')}>{t('filter.heading')}</h2>
        <div className="ev-grid">
          <div className="field ev-wide">
            <label htmlFor={id('q')}>{t('filter.text')}</label>
            <input id={id('q')} type="search" value={filter.text ?? ''} data-testid="ev-search" onChange={(e) => setF('text', e.target.value || undefined)} />
          </div>
          <div className="field">
            <label htmlFor={id('year')}>{t('filter.year')}</label>
            <select id={id('year')} value={filter.year ?? ''} onChange={(e) => setF('year', e.target.value ? Number(e.target.value) : undefined)}>
              <option value="">{t('filter.any')}</option>
              {selectableYears(new Date()).map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('period')}>{t('filter.period')}</label>
            <select id={id('period')} value={filter.periodId ?? ''} disabled={filter.year === undefined} onChange={(e) => setF('periodId', e.target.value || undefined)}>
              <option value="">{t('filter.any')}</option>
              {filter.year !== undefined && periodOptions(filter.year).map((p) => <option key={p.id} value={p.id}>{periodLabel(ta, filter.year!, p.id)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('stage')}>{t('filter.stage')}</label>
            <select id={id('stage')} value={filter.stage ?? ''} data-testid="ev-filter-stage" onChange={(e) => setF('stage', (e.target.value || undefined) as EvidenceStage | undefined)}>
              <option value="">{t('filter.any')}</option>
              {STAGES.map((s) => <option key={s} value={s}>{stageLabel(ta, s)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('step')}>{t('filter.step')}</label>
            <select id={id('step')} value={filter.step ?? ''} onChange={(e) => setF('step', e.target.value || undefined)}>
              <option value="">{t('filter.any')}</option>
              {steps.map((s) => <option key={s} value={s}>{stepLabel(t, s)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('ind')}>{t('filter.indicator')}</label>
            <select id={id('ind')} value={filter.indicator ?? ''} onChange={(e) => setF('indicator', e.target.value || undefined)}>
              <option value="">{t('filter.any')}</option>
              {indicators.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('tag')}>{t('filter.tag')}</label>
            <select id={id('tag')} value={filter.tag ?? ''} onChange={(e) => setF('tag', e.target.value || undefined)}>
              <option value="">{t('filter.any')}</option>
              {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id('media')}>{t('filter.media')}</label>
            <select id={id('media')} value={filter.media ?? ''} onChange={(e) => setF('media', (e.target.value || undefined) as MediaKind | undefined)}>
              <option value="">{t('filter.any')}</option>
              {MEDIA_KINDS.map((m) => <option key={m} value={m}>{t(`media.${m}`)}</option>)}
            </select>
          </div>
        </div>
        {filterActive && <button className="btn secondary" type="button" onClick={() => setFilter({})}>{t('filter.clear')}</button>}
      </section>

      <div className="ev-live" role="status" aria-live="polite" data-testid="ev-notice">
        {undoCount > 0 && (
          <span className="ev-undo">
            {t('undo.deleted', { count: undoCount })}{' '}
            <button ref={undoRef} className="btn secondary small-btn" type="button" onClick={() => void undo()} data-testid="ev-undo">{t('undo.action')}</button>
          </span>
        )}
        {notice && <span className={notice.kind === 'error' ? 'error' : 'ev-ok'}>{notice.text}</span>}
      </div>

      <section aria-labelledby={id('lh')} className="ev-list-section">
        <div className="ev-list-head">
          <h2 id={id('lh')} ref={listHeading} tabIndex={-1}>{t('list.heading')}</h2>
          {items.length > 0 && <span className="muted small" data-testid="ev-count">{t('list.count', { count: items.length })}</span>}
        </div>
        {selected.size > 0 && (
          <div className="ev-bulk card" role="group" aria-label={t('bulk.selected', { count: selected.size })} data-testid="ev-bulk">
            <strong>{t('bulk.selected', { count: selected.size })}</strong>
            <label className="visually-hidden" htmlFor={id('bulktag')}>{t('bulk.tag')}</label>
            <input id={id('bulktag')} type="text" placeholder={t('bulk.tag')} value={bulkTag} list={id('taglist')} onChange={(e) => setBulkTag(e.target.value)} />
            <datalist id={id('taglist')}>{tags.map((tag) => <option key={tag} value={tag} />)}</datalist>
            <button className="btn secondary small-btn" type="button" disabled={!bulkTag.trim()} onClick={() => void retag('add')}>{t('bulk.addTag')}</button>
            <button className="btn secondary small-btn" type="button" disabled={!bulkTag.trim()} onClick={() => void retag('remove')}>{t('bulk.removeTag')}</button>
            <button className="btn danger small-btn" type="button" onClick={() => void remove([...selected])}>{t('bulk.delete')}</button>
            <button className="btn secondary small-btn" type="button" onClick={() => setSelected(new Set())}>{t('bulk.clear')}</button>
          </div>
        )}
        {result && items.length === 0 && (
          <p className="card muted" data-testid="ev-empty">{hasAny === false ? t('list.empty') : t('list.noMatch')}</p>
        )}
        {items.length > 0 && (
          <>
            <label className="ev-selectall small">
              <input type="checkbox" checked={allShownSelected} onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())} />
              {t('list.selectAll')}
            </label>
            <ul className="ev-list" data-testid="ev-list">
              {items.map((item) => (
                <EvidenceRow key={item.id} item={item} selected={selected.has(item.id)} onSelect={(on) => toggle(item.id, on)}
                  onEdit={(el) => { returnFocus.current = el; setEditing(item); }}
                  onPreview={(el) => { returnFocus.current = el; setPreviewing(item); }}
                  onDelete={() => void remove([item.id])} />
              ))}
            </ul>
            {result?.hasMore && <button className="btn secondary" type="button" onClick={() => setLimit((l) => l + FIRST_SCREEN)}>{t('list.more')}</button>}
          </>
        )}
      </section>

      {editing && <EditDialog item={editing} onClose={(saved) => {
        setEditing(null);
        if (saved) setNotice({ kind: 'ok', text: t('edit.saved') });
        requestAnimationFrame(() => returnFocus.current?.focus());
      }} />}
      {previewing && <PreviewDialog item={previewing} onClose={() => { setPreviewing(null); requestAnimationFrame(() => returnFocus.current?.focus()); }} />}
    </section>
  );
}

function SpaceLine({ space, onPersist }: { space: { usage?: number; quota?: number; persisted?: boolean }; onPersist: () => void }) {
  const t = useMessages(evidenceMessages);
  const locale = useLocale();
  return (
    <p className="ev-space small" data-testid="ev-space">
      {space.usage !== undefined && space.quota !== undefined
        ? t('space.line', { used: formatBytes(space.usage, locale), quota: formatBytes(space.quota, locale) })
        : t('space.unknown')}{' '}
      {space.persisted ? t('space.persisted') : (
        <>
          {t('space.notPersisted')}{' '}
          <button className="btn secondary small-btn" type="button" onClick={onPersist}>{t('space.persist')}</button>
        </>
      )}
    </p>
  );
}

const MEDIA_ICON: Record<MediaKind, string> = { pdf: 'PDF', image: 'IMG', video: 'VID', audio: 'AUD', document: 'DOC', other: 'FILE', link: 'URL' };

function EvidenceRow({ item, selected, onSelect, onEdit, onPreview, onDelete }: {
  item: EvidenceItem; selected: boolean; onSelect: (on: boolean) => void;
  onEdit: (el: HTMLElement) => void; onPreview: (el: HTMLElement) => void; onDelete: () => void;
}) {
  const t = useMessages(evidenceMessages);
  const ta = useT();
  const locale = useLocale();
  const thumb = useThumbUrl(item);
  const warnings = itemWarnings(item);
  const titleId = `ev-title-${item.id}`;
  return (
    <li className={`ev-item${selected ? ' selected' : ''}`} data-item-id={item.id} data-testid="ev-item" aria-labelledby={titleId}>
      <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t('list.select', { title: item.title })} />
      <div className={`ev-thumb media-${item.media}`} aria-hidden="true">
        {thumb ? <img src={thumb} alt="" width={64} height={64} /> : <span>{MEDIA_ICON[item.media]}</span>}
      </div>
      <div className="ev-main">
        <h3 id={titleId} className="ev-title">
          {item.kind === 'file'
            ? <button type="button" className="ev-title-btn" onClick={(e) => onPreview(e.currentTarget)}>{item.title}</button>
            : <a className="ev-title-btn" href={item.link!.url} target="_blank" rel="noopener noreferrer">{item.title}</a>}
        </h3>
        <p className="ev-meta small">
          <span>{formatDate(item.activityDate, locale)}</span>
          <span>{t(`media.${item.media}`)}{item.file ? ` · ${formatBytes(item.file.size, locale)}` : ''}</span>
          {item.stage && <span className="ev-chip stage">{stageLabel(ta, item.stage)}</span>}
          {item.step && <span className="ev-chip">{stepLabel(t, item.step)}</span>}
          {item.tags.map((tag) => <span key={tag} className="ev-chip tag">#{tag}</span>)}
        </p>
        {item.file && <p className="ev-sub small muted">{item.file.name}</p>}
        {item.link && <p className="ev-sub small muted ev-url">{item.link.name !== item.title ? `${item.link.name} · ` : ''}{item.link.url}</p>}
        {item.description && <p className="ev-desc small">{item.description}</p>}
        {warnings.map((w) => (
          <p key={w.code} className={`ev-warn small ${w.code}`} data-testid={`ev-warn-${w.code}`}>{describeWarning(t, w, locale)}</p>
        ))}
      </div>
      <div className="ev-actions">
        {item.kind === 'file'
          ? <button className="btn secondary small-btn" type="button" onClick={(e) => onPreview(e.currentTarget)} aria-label={`${t('list.preview')}: ${item.title}`}>{t('list.preview')}</button>
          : <a className="btn secondary small-btn" href={item.link!.url} target="_blank" rel="noopener noreferrer" aria-label={`${t('list.open')}: ${item.title}`}>{t('list.open')}</a>}
        <button className="btn secondary small-btn" type="button" onClick={(e) => onEdit(e.currentTarget)} aria-label={`${t('list.edit')}: ${item.title}`}>{t('list.edit')}</button>
        <button className="btn danger small-btn" type="button" onClick={onDelete} aria-label={`${t('list.delete')}: ${item.title}`}>{t('list.delete')}</button>
      </div>
    </li>
  );
}
