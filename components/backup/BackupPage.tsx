import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale, useMessages } from '@/components/i18n';
import { useFormatDate } from '@/components/useFormatDate';
import { PageTitle } from '@/components/app/PageTitle';
import { getDb } from '@/lib/db/database';
import type { IsoDate } from '@/lib/domain';
import { formatBytes } from '@/lib/evidence/model';
import { readNow } from '@/lib/clock';
import { BackupError } from '@/lib/backup/errors';
import type { BackupOptions } from '@/lib/backup/format';
import { backupErrorText, kindLabel } from '@/lib/backup/messages';
import { backupFileName, formatDuration, secondsLeft } from '@/lib/backup/progress';
import { checkBackup, type CheckedBackup } from '@/lib/backup/read';
import { restoreBackup, type RestoreMode } from '@/lib/backup/restore';
import { recordTables } from '@/lib/backup/registry';
import { recordBackupMade, setRemindAfterDays } from '@/lib/backup/settings';
import { writeBackup } from '@/lib/backup/write';
import { backupMessages } from '@/lib/i18n/backup';
import { canPickSaveFile, openSaveTarget } from './save-target';
import { localIsoDate, useBackupStatus } from './useBackupStatus';
import { BackupStatusLine } from './BackupStatusLine';
import './backup.css';

type Progress = { done: number; total: number; startedAt: number };

type BackupState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'checking'; progress: Progress }
  | { kind: 'checked'; backup: CheckedBackup; confirmReplace: boolean }
  | { kind: 'restoring' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

function appVersion(): string {
  try { return browser.runtime.getManifest().version; } catch { return '0'; }
}

/** "12,3 MB dari 50 MB, sekitar 20 detik lagi", for the progress bars. */
function useProgressText() {
  const t = useMessages(backupMessages);
  const locale = useLocale();
  return (p: Progress) => {
    const base = t('backup.progress', { done: formatBytes(p.done, locale), total: formatBytes(p.total, locale) });
    const left = secondsLeft(p.done, p.total, Date.now() - p.startedAt);
    return left === null ? base : `${base}, ${t('backup.timeLeft', { time: formatDuration(left, locale) })}`;
  };
}

function ProgressBar({ progress, label }: { progress: Progress; label: string }) {
  return (
    <div className="backup-progress">
      <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={label} />
      <span role="status" aria-live="polite" data-testid="progress-text">{label}</span>
    </div>
  );
}

export function BackupPage() {
  const t = useMessages(backupMessages);
  return (
    <section aria-labelledby="backup-title">
      <PageTitle>{t('page.title')}</PageTitle>
      <p className="lead" id="backup-title">{t('page.intro')}</p>
      <BackupStatusLine withLink={false} />
      <MakeBackup />
      <Restore />
      <ReminderSetting />
      <PersistentStorage />
    </section>
  );
}

/** Runs one backup into a picked file (or a download) with progress and cancel. */
function useBackupRunner() {
  const t = useMessages(backupMessages);
  const locale = useLocale();
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function run(options: BackupOptions): Promise<boolean> {
    const now = await readNow(browser.storage.local);
    const name = backupFileName(now);
    let target;
    try {
      target = await openSaveTarget(name, t('page.title'));
    } catch (error) {
      setState({ kind: 'error', text: t('error.save') });
      console.warn(error);
      return false;
    }
    if (!target) return false;
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = Date.now();
    let last = 0;
    setState({ kind: 'running', progress: { done: 0, total: 1, startedAt } });
    try {
      const manifest = await writeBackup(getDb(), target.stream, {
        ...options, appVersion: appVersion(), now, signal: controller.signal,
        onProgress: ({ bytesDone, bytesTotal }) => {
          // A state update per chunk would re-render hundreds of times a second.
          if (Date.now() - last < 200 && bytesDone < bytesTotal) return;
          last = Date.now();
          setState({ kind: 'running', progress: { done: bytesDone, total: bytesTotal, startedAt } });
        },
      });
      await target.finish();
      await recordBackupMade(getDb(), now);
      const size = manifest.totals.bodyBytes + Object.values(manifest.tables).reduce((a, b) => a + b.bytes, 0);
      setState({ kind: 'done', text: t('backup.done', {
        name, size: formatBytes(size, locale), count: manifest.totals.records, bodies: manifest.totals.bodies,
      }) });
      return true;
    } catch (error) {
      await target.abort();
      const cancelled = error instanceof BackupError && error.code === 'cancelled';
      if (!cancelled) console.warn(error);
      setState(cancelled ? { kind: 'done', text: t('backup.cancelled') } : { kind: 'error', text: backupErrorText(t, error, locale) });
      return false;
    } finally {
      abort.current = null;
    }
  }
  return { state, run, cancel: () => abort.current?.abort() };
}

function BackupProgressView({ state, onCancel }: { state: BackupState; onCancel: () => void }) {
  const t = useMessages(backupMessages);
  const text = useProgressText();
  if (state.kind === 'running') {
    return (
      <div className="row" data-testid="backup-running">
        <ProgressBar progress={state.progress} label={text(state.progress)} />
        <button type="button" className="btn secondary" onClick={onCancel}>{t('backup.cancel')}</button>
      </div>
    );
  }
  if (state.kind === 'done') return <p className="notice ok" role="status" data-testid="backup-result">{state.text}</p>;
  if (state.kind === 'error') return <p className="notice error" role="alert" data-testid="backup-result">{state.text}</p>;
  return null;
}

function MakeBackup() {
  const t = useMessages(backupMessages);
  const ids = useId();
  const [scope, setScope] = useState<'all' | 'year'>('all');
  const [year, setYear] = useState(new Date().getFullYear());
  const [withoutVideos, setWithoutVideos] = useState(false);
  const runner = useBackupRunner();
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
  const running = runner.state.kind === 'running';

  return (
    <div className="card" data-testid="backup-card">
      <h2>{t('backup.heading')}</h2>
      <fieldset disabled={running}>
        <legend>{t('backup.scope')}</legend>
        <div className="choices">
          <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('backup.scopeAll')}</label>
          <label><input type="radio" name="scope" checked={scope === 'year'} onChange={() => setScope('year')} /> {t('backup.scopeYear')}</label>
        </div>
        {scope === 'year' && (
          <div className="field" style={{ maxWidth: 200 }}>
            <label htmlFor={`${ids}-year`}>{t('backup.year')}</label>
            <select id={`${ids}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
        )}
        <label className="check">
          <input type="checkbox" checked={withoutVideos} onChange={(e) => setWithoutVideos(e.target.checked)} /> {t('backup.withoutVideos')}
        </label>
      </fieldset>
      {!canPickSaveFile() && <p className="muted">{t('backup.fallbackNote')}</p>}
      <p className="row" style={{ marginTop: 12 }}>
        <button type="button" className="btn" disabled={running} data-testid="backup-start"
          onClick={() => void runner.run({ scope: scope === 'all' ? { kind: 'all' } : { kind: 'year', year }, withoutVideos })}>
          {t('backup.start')}
        </button>
      </p>
      <BackupProgressView state={runner.state} onCancel={runner.cancel} />
    </div>
  );
}

function Restore() {
  const t = useMessages(backupMessages);
  const locale = useLocale();
  const format = useFormatDate();
  const text = useProgressText();
  const ids = useId();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const runner = useBackupRunner();
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    const startedAt = Date.now();
    let last = 0;
    setState({ kind: 'checking', progress: { done: 0, total: file.size, startedAt } });
    try {
      const backup = await checkBackup(file, {
        onProgress: ({ bytesDone, bytesTotal }) => {
          if (Date.now() - last < 200) return;
          last = Date.now();
          setState({ kind: 'checking', progress: { done: bytesDone, total: bytesTotal, startedAt } });
        },
      });
      setState({ kind: 'checked', backup, confirmReplace: false });
    } catch (error) {
      if (!(error instanceof BackupError)) console.warn(error);
      setState({ kind: 'error', text: backupErrorText(t, error, locale) });
    }
  }

  async function restore(backup: CheckedBackup, mode: RestoreMode) {
    setState({ kind: 'restoring' });
    try {
      // restoreBackup announces the data revision itself once the transaction has committed.
      const outcome = await restoreBackup(getDb(), backup, mode);
      // Records only: bodies and search keys follow their records.
      const sum = (k: 'added' | 'updated' | 'kept') => recordTables().reduce((a, table) => a + (outcome[table.name]?.[k] ?? 0), 0);
      setState({ kind: 'done', text: t('restore.done', { added: sum('added'), updated: sum('updated'), kept: sum('kept') }) });
    } catch (error) {
      console.warn(error);
      setState({ kind: 'error', text: backupErrorText(t, error, locale) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  const busy = state.kind === 'checking' || state.kind === 'restoring';
  return (
    <div className="card" data-testid="restore-card">
      <h2>{t('restore.heading')}</h2>
      <div className="field">
        <label htmlFor={`${ids}-file`}>{t('restore.pick')}</label>
        <input ref={input} id={`${ids}-file`} type="file" accept=".zip,application/zip" disabled={busy} data-testid="restore-file"
          onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {state.kind === 'checking' && <ProgressBar progress={state.progress} label={t('restore.checking', {
        done: formatBytes(state.progress.done, locale), total: formatBytes(state.progress.total, locale),
      })} />}
      {state.kind === 'checked' && (
        <div className="backup-summary" data-testid="restore-summary">
          <p>{t('restore.found', { date: format(localIsoDate(state.backup.summary.createdAt) as IsoDate) })}</p>
          <ul>
            {Object.entries(state.backup.summary.counts).filter(([, n]) => n > 0).map(([name, n]) => (
              <li key={name}>{t('restore.count', { label: kindLabel(t, name), count: n })}</li>
            ))}
          </ul>
          <p>{t('restore.size', { size: formatBytes(state.backup.bytesNeeded, locale) })}</p>
          {state.backup.summary.dateRange && (
            <p>{t('restore.range', { from: format(state.backup.summary.dateRange.from as IsoDate), to: format(state.backup.summary.dateRange.to as IsoDate) })}</p>
          )}
          <h3>{t('restore.mergeHeading')}</h3>
          <div className="backup-modes">
            <div>
              <button type="button" className="btn" data-testid="restore-merge" onClick={() => void restore(state.backup, 'merge')}>{t('restore.merge')}</button>
              <p className="muted">{t('restore.mergeHelp')}</p>
            </div>
            <div>
              <button type="button" className="btn secondary" data-testid="restore-replace" aria-expanded={state.confirmReplace}
                onClick={() => setState({ ...state, confirmReplace: true })}>{t('restore.replace')}</button>
              <p className="muted">{t('restore.replaceHelp')}</p>
            </div>
          </div>
          {state.confirmReplace && (
            <div className="notice warn" data-testid="replace-confirm">
              <p>{t('restore.replaceFirst')}</p>
              <p className="row">
                <button type="button" className="btn" disabled={runner.state.kind === 'running'}
                  onClick={() => void runner.run({ scope: { kind: 'all' }, withoutVideos: false })}>{t('restore.replaceBackupNow')}</button>
                <button type="button" className="btn secondary" data-testid="replace-confirm-yes" disabled={runner.state.kind === 'running'}
                  onClick={() => void restore(state.backup, 'replace')}>{t('restore.replaceConfirm')}</button>
                <button type="button" className="btn secondary" onClick={() => setState({ ...state, confirmReplace: false })}>{t('restore.cancel')}</button>
              </p>
              <BackupProgressView state={runner.state} onCancel={runner.cancel} />
            </div>
          )}
        </div>
      )}
      {state.kind === 'restoring' && <p className="notice" role="status">{t('restore.working')}</p>}
      {state.kind === 'done' && <p className="notice ok" role="status" data-testid="restore-result">{state.text}</p>}
      {state.kind === 'error' && <p className="notice error" role="alert" data-testid="restore-result">{state.text}</p>}
    </div>
  );
}

function ReminderSetting() {
  const t = useMessages(backupMessages);
  const ids = useId();
  const { settings, loading } = useBackupStatus();
  const [days, setDays] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (loading) return null;
  const value = days ?? String(settings.remindAfterDays);
  const valid = /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 365;
  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); if (valid) void setRemindAfterDays(getDb(), Number(value)).then(() => setSaved(true)); }}>
      <div className="field" style={{ maxWidth: 420 }}>
        <label htmlFor={`${ids}-days`} style={{ fontWeight: 600 }}>{t('remind.afterDays')}</label>
        <input id={`${ids}-days`} type="number" min={1} max={365} style={{ maxWidth: 120 }} value={value} aria-invalid={!valid}
          onChange={(e) => { setDays(e.target.value); setSaved(false); }} />
      </div>
      <p className="row" style={{ marginTop: 8 }}>
        <button type="submit" className="btn secondary" disabled={!valid}>{t('remind.save')}</button>
        <span role="status" aria-live="polite">{saved ? t('remind.saved') : ''}</span>
      </p>
    </form>
  );
}

function PersistentStorage() {
  const t = useMessages(backupMessages);
  const [persisted, setPersisted] = useState<boolean | null | 'unknown'>(null);
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persisted) { setPersisted('unknown'); return; }
    void storage.persisted().then(setPersisted, () => setPersisted('unknown'));
  }, []);
  async function ask() {
    try { setPersisted(await navigator.storage.persist()); } catch { setPersisted(false); }
  }
  if (persisted === null) return null;
  return (
    <div className="card" data-testid="persist-card">
      <h2>{t('persist.heading')}</h2>
      {persisted === 'unknown' && <p>{t('persist.unknown')}</p>}
      {persisted === true && <p>{t('persist.granted')}</p>}
      {persisted === false && (
        <>
          <p>{t('persist.refused')}</p>
          <p style={{ marginTop: 8 }}><button type="button" className="btn secondary" onClick={() => void ask()}>{t('persist.ask')}</button></p>
        </>
      )}
    </div>
  );
}
