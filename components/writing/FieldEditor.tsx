import { useEffect, useId, useRef, useState } from 'react';
import { getDb } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { Autosaver } from '@/lib/writing/autosave';
import { mergeField } from '@/lib/writing/merge';
import { saveField, type DocumentKey, type FieldBase } from '@/lib/writing/store';
import type { FieldDef } from '@/lib/writing/model';
import type { WritingMessageKey } from '@/lib/i18n/writing';
import type { Translate } from '@/lib/i18n/define';
import { useT } from '@/components/i18n';
import { TAB_SESSION } from './useWriting';
import { registerUnsaved } from './journal';

export type FieldState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
export type FieldNotice = { kind: 'merged' | 'conflict' | 'otherTab' | 'error'; field: string; reason?: string };

export interface FieldEditorProps {
  readonly docKey: DocumentKey;
  readonly def: FieldDef;
  readonly label: string;
  /** What is stored now (live): text and its save counter. */
  readonly stored: FieldBase;
  readonly t: Translate<WritingMessageKey>;
  readonly onState: (field: string, state: FieldState) => void;
  readonly onNotice: (notice: FieldNotice) => void;
  readonly describedBy?: string;
  readonly options?: readonly { value: string; label: string }[];
  readonly suggestions?: readonly string[];
}

/**
 * One field that saves itself: at most a second behind the typing, at once on blur, on leaving
 * the page (pagehide, tab hidden) and on unmount. Another tab's save is taken in when this field
 * has nothing unsaved; otherwise this field's next save merges with it (lib/writing/merge.ts).
 */
export function FieldEditor({ docKey, def, label, stored, t, onState, onNotice, describedBy, options, suggestions }: FieldEditorProps) {
  const ta = useT();
  const id = useId();
  const [text, setText] = useState(stored.text);
  const textRef = useRef(stored.text);
  const baseRef = useRef<FieldBase>(stored);
  const saverRef = useRef<Autosaver | null>(null);
  const marker = t('conflict.marker');
  const propsRef = useRef({ docKey, field: def.id, onState, onNotice, marker });
  propsRef.current = { docKey, field: def.id, onState, onNotice, marker };

  const setLocal = (next: string) => { textRef.current = next; setText(next); };

  if (!saverRef.current) {
    saverRef.current = new Autosaver({
      onState: (state, error) => {
        propsRef.current.onState(propsRef.current.field, state);
        if (state === 'error') propsRef.current.onNotice({ kind: 'error', field: propsRef.current.field, reason: ta(`storage.${classifyStorageError(error)}`) });
      },
      save: async (sent) => {
        const p = propsRef.current;
        const r = await saveField(getDb(), { ...p.docKey, field: p.field, text: sent, base: baseRef.current, session: `${TAB_SESSION}-${p.field}`, now: new Date().toISOString(), conflictMarker: p.marker });
        baseRef.current = { version: r.version, text: r.text };
        if (r.text !== sent) {
          // Another tab saved in between: show the joined text, keeping what was typed during the save.
          const local = textRef.current;
          const next = local === sent ? r.text : mergeField(sent, local, r.text, p.marker).text;
          setLocal(next);
          if (next !== r.text) saverRef.current?.change(next);
        }
        if (r.merged && r.text !== sent) p.onNotice({ kind: r.conflict ? 'conflict' : 'merged', field: p.field });
      },
    });
  }

  // Another tab's save: take it in when nothing here is unsaved.
  useEffect(() => {
    const base = baseRef.current;
    if (stored.version <= base.version) return;
    if (textRef.current === base.text && !saverRef.current?.hasPending) {
      baseRef.current = stored;
      if (stored.text !== textRef.current) {
        setLocal(stored.text);
        propsRef.current.onNotice({ kind: 'otherTab', field: def.id });
      }
    }
  }, [stored.version, stored.text, def.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const saver = saverRef.current!;
    const flush = () => { void saver.flush(); };
    const unregister = registerUnsaved(() => {
      const p = propsRef.current;
      if (textRef.current === baseRef.current.text) return null;
      return { ...p.docKey, field: p.field, text: textRef.current, base: baseRef.current, session: `${TAB_SESSION}-${p.field}` };
    });
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      flush();
      saver.dispose();
    };
  }, []);

  const change = (value: string, now = false) => {
    setLocal(value);
    saverRef.current!.change(value);
    if (now) void saverRef.current!.flush();
  };
  const blur = () => { void saverRef.current!.flush(); };
  const count = text.length;
  const over = def.maxChars !== null && count > def.maxChars;
  const counterId = `${id}-count`;
  const described = [describedBy, counterId].filter(Boolean).join(' ');
  const common = { id, 'aria-describedby': described, 'data-field': def.id, onBlur: blur };

  let control;
  if (def.input === 'indicator') {
    control = (
      <select {...common} value={text} onChange={(e) => change(e.target.value, true)}>
        <option value="">{t('indicator.choose')}</option>
        {options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  } else if (def.input === 'date') {
    control = <input {...common} type="date" value={text} onChange={(e) => change(e.target.value, true)} />;
  } else if (def.input === 'textarea') {
    control = <textarea {...common} value={text} rows={Math.min(14, Math.max(4, Math.ceil(count / 80) + 1))} aria-invalid={over || undefined} onChange={(e) => change(e.target.value)} />;
  } else {
    const listId = suggestions?.length ? `${id}-list` : undefined;
    control = (
      <>
        <input {...common} type="text" value={text} list={listId} placeholder={def.input === 'behaviour' ? t('behaviour.free') : undefined} onChange={(e) => change(e.target.value)} />
        {listId && <datalist id={listId}>{suggestions!.map((s) => <option key={s} value={s} />)}</datalist>}
      </>
    );
  }
  return (
    <div className="field wr-field">
      <label htmlFor={id}>{label}</label>
      {control}
      {def.input !== 'indicator' && def.input !== 'date' && (
        <div id={counterId} className={`small wr-count${over ? ' over' : ''}`} data-testid={`count-${def.id}`}>
          {def.maxChars === null ? t('count', { count }) : t('countLimit', { count, limit: def.maxChars })}
          {over && <> · {t('countOver', { limit: def.maxChars! })}</>}
        </div>
      )}
    </div>
  );
}
