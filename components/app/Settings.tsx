import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useT } from '@/components/i18n';
import { useProfile } from '@/components/useProfile';
import { getDb } from '@/lib/db/database';
import { classifyStorageError } from '@/lib/db/errors';
import { JENJANG, ROLES, TIME_ZONES, type Profile } from '@/lib/settings/profile';
import { periodOptions, selectableYears } from '@/lib/settings/periods';
import { saveProfile } from '@/lib/settings/profile-store';
import { LOCALES } from '@/lib/i18n/define';
import { PageTitle } from './PageTitle';
import { periodLabel } from './labels';
import { ReminderSettingsForm } from './ReminderSettings';
import { BackupSettingsLink } from '@/components/backup/BackupStatusLine';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; text: string };

export function SettingsPage() {
  const t = useT();
  const { profile, loading } = useProfile();
  const [draft, setDraft] = useState<Profile | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const ids = useId();

  // The form starts from the stored profile once; later live updates must not overwrite typing.
  useEffect(() => { if (!loading && draft === null) setDraft(profile); }, [loading, draft, profile]);
  if (!draft) return null;

  const update = <K extends keyof Profile>(key: K, value: Profile[K]) => {
    setDraft((d) => {
      if (!d) return d;
      const next = { ...d, [key]: value };
      // A year change must keep the period valid for that year.
      if (key === 'year') {
        const options = periodOptions(value as number);
        if (!options.some((p) => p.id === next.periodId)) next.periodId = options[0]!.id;
      }
      return next;
    });
    setStatus({ kind: 'idle' });
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setStatus({ kind: 'saving' });
    try {
      const result = await saveProfile(getDb(), draft, browser.storage.local);
      if (result.ok) {
        setInvalid(new Set());
        setStatus({ kind: 'saved' });
      } else {
        const fields = new Set(result.issues.map((i) => i.path));
        setInvalid(fields);
        // Each marked field with what is wrong with it, in plain words ("Nama lengkap (paling banyak 120 karakter)").
        const reasons = [...fields].map((f) => `${fieldLabel(f)} (${result.issues.find((i) => i.path === f)!.message})`);
        setStatus({ kind: 'error', text: t('settings.invalid', { fields: reasons.join(', ') }) });
      }
    } catch (error) {
      setStatus({ kind: 'error', text: t(`storage.${classifyStorageError(error)}`) });
    }
  }

  const fieldLabel = (field: string) => {
    const map: Record<string, Parameters<typeof t>[0]> = {
      role: 'settings.role', name: 'settings.name', school: 'settings.school', jenjang: 'settings.jenjang',
      year: 'settings.year', periodId: 'settings.period', timeZone: 'settings.timeZone', locale: 'settings.locale',
    };
    return map[field] ? t(map[field]) : field;
  };
  const id = (name: string) => `${ids}-${name}`;
  const periods = periodOptions(draft.year);

  return (
    <section>
      <PageTitle>{t('settings.title')}</PageTitle>
      <p className="lead">{t('settings.intro')}</p>
      <form className="form card" onSubmit={onSubmit} noValidate data-testid="settings-form">
        <fieldset>
          <legend>{t('settings.role')}</legend>
          <div className="choices">
            {ROLES.map((role) => (
              <label key={role}>
                <input type="radio" name="role" value={role} checked={draft.role === role} onChange={() => update('role', role)} />
                {t(`role.${role}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={id('name')}>{t('settings.name')}</label>
          <input id={id('name')} name="name" type="text" autoComplete="name" maxLength={120} value={draft.name}
            aria-invalid={invalid.has('name')} onChange={(e) => update('name', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('school')}>{t('settings.school')}</label>
          <input id={id('school')} name="school" type="text" autoComplete="organization" maxLength={160} value={draft.school}
            aria-invalid={invalid.has('school')} onChange={(e) => update('school', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('jenjang')}>{t('settings.jenjang')}</label>
          <select id={id('jenjang')} name="jenjang" value={draft.jenjang ?? ''} onChange={(e) => update('jenjang', (e.target.value || null) as Profile['jenjang'])}>
            <option value="">{t('jenjang.none')}</option>
            {JENJANG.map((j) => <option key={j} value={j}>{t(`jenjang.${j}`)}</option>)}
          </select>
        </div>
        <div className="row" style={{ alignItems: 'start' }}>
          <div className="field" style={{ flex: '1 1 140px' }}>
            <label htmlFor={id('year')}>{t('settings.year')}</label>
            <select id={id('year')} name="year" value={draft.year} onChange={(e) => update('year', Number(e.target.value))}>
              {selectableYears(new Date()).map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div className="field" style={{ flex: '2 1 240px' }}>
            <label htmlFor={id('period')}>{t('settings.period')}</label>
            <select id={id('period')} name="periodId" value={draft.periodId} onChange={(e) => update('periodId', e.target.value)}>
              {periods.map((p) => <option key={p.id} value={p.id}>{periodLabel(t, draft.year, p.id)}</option>)}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={id('zone')}>{t('settings.timeZone')}</label>
          <select id={id('zone')} name="timeZone" value={draft.timeZone} aria-describedby={id('zone-hint')}
            onChange={(e) => update('timeZone', e.target.value as Profile['timeZone'])}>
            {TIME_ZONES.map((z) => <option key={z} value={z}>{t(`zone.${z}`)}</option>)}
          </select>
          <span className="hint" id={id('zone-hint')}>{t('settings.timeZoneHint')}</span>
        </div>
        <div className="field">
          <label htmlFor={id('locale')}>{t('settings.locale')}</label>
          <select id={id('locale')} name="locale" value={draft.locale} onChange={(e) => update('locale', e.target.value as Profile['locale'])}>
            {LOCALES.map((l) => <option key={l} value={l}>{t(`locale.${l}`)}</option>)}
          </select>
        </div>
        <div className="row">
          <button className="btn" type="submit" disabled={status.kind === 'saving'}>
            {status.kind === 'saving' ? t('settings.saving') : t('settings.save')}
          </button>
          <span className="status" role="status" aria-live="polite" data-testid="settings-status">
            {status.kind === 'saved' && t('settings.saved')}
            {status.kind === 'error' && <span className="error">{status.text}</span>}
          </span>
        </div>
      </form>
      <ReminderSettingsForm />
      <BackupSettingsLink />
    </section>
  );
}
