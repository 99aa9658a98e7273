import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useMessages } from '@/components/i18n';
import { getDb } from '@/lib/db/database';
import { STAGE_IDS } from '@/lib/domain';
import { plannerMessages } from '@/lib/i18n/planner';
import { parseReminderSettings, REMINDER_SETTINGS_KEY, type ReminderSettings } from '@/lib/reminders/settings';
import { saveReminderSettings } from '@/lib/reminders/store';

const LEAD_CHOICES = [30, 14, 7, 3, 2, 1];

/** Settings page section: lead times, time of day, opening reminders, stages, quiet hours. */
export function ReminderSettingsForm() {
  const t = useMessages(plannerMessages);
  const ids = useId();
  const row = useLiveQuery(() => getDb().settings.get(REMINDER_SETTINGS_KEY), [], null);
  const [draft, setDraft] = useState<ReminderSettings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => { if (row !== null && draft === null) setDraft(parseReminderSettings(row?.value)); }, [row, draft]);
  useEffect(() => {
    const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> } | undefined;
    void api?.getPermissionLevel?.().then((level) => setDenied(level !== 'granted')).catch(() => undefined);
  }, []);
  if (!draft) return null;
  const set = (patch: Partial<ReminderSettings>) => { setDraft({ ...draft, ...patch }); setStatus(null); };
  const id = (n: string) => `${ids}-${n}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Keep the snoozes stored meanwhile by the background (a notification button).
    const latest = parseReminderSettings((await getDb().settings.get(REMINDER_SETTINGS_KEY))?.value);
    const result = await saveReminderSettings(getDb(), browser.storage.local, { ...draft!, snoozed: latest.snoozed });
    setStatus(result.ok ? { ok: true, text: t('reminders.saved') } : { ok: false, text: t('reminders.invalid', { fields: result.issues.join(', ') }) });
  }

  return (
    <form className="form card" onSubmit={(e) => void onSubmit(e)} aria-labelledby={id('title')} data-testid="reminder-settings" style={{ marginTop: 16 }}>
      <div>
        <h2 id={id('title')}>{t('reminders.title')}</h2>
        <p className="small muted" style={{ margin: 0 }}>{t('reminders.intro')}</p>
      </div>
      {denied && <p className="notice warn" role="status">{t('reminders.denied')}</p>}
      {import.meta.env.FIREFOX && <p className="notice">{t('reminders.firefox')}</p>}
      <label className="choices"><span><input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> {t('reminders.enabled')}</span></label>
      <fieldset disabled={!draft.enabled}>
        <legend>{t('reminders.lead')}</legend>
        <div className="choices">
          {LEAD_CHOICES.map((n) => (
            <label key={n}>
              <input type="checkbox" checked={draft.leadDays.includes(n)}
                onChange={(e) => set({ leadDays: e.target.checked ? [...draft.leadDays, n].sort((a, b) => b - a) : draft.leadDays.filter((x) => x !== n) })} />
              {t('reminders.leadDay', { n })}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row" style={{ alignItems: 'end' }}>
        <div className="field" style={{ flex: '0 1 160px' }}>
          <label htmlFor={id('time')}>{t('reminders.time')}</label>
          <input id={id('time')} type="time" value={draft.time} onChange={(e) => set({ time: e.target.value })} disabled={!draft.enabled} />
        </div>
        <label className="choices" style={{ paddingBottom: 8 }}><span><input type="checkbox" checked={draft.onOpen} disabled={!draft.enabled} onChange={(e) => set({ onOpen: e.target.checked })} /> {t('reminders.onOpen')}</span></label>
      </div>
      <fieldset disabled={!draft.enabled}>
        <legend>{t('reminders.stages')}</legend>
        <div className="choices">
          {STAGE_IDS.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={!draft.stagesOff.includes(s)}
                onChange={(e) => set({ stagesOff: e.target.checked ? draft.stagesOff.filter((x) => x !== s) : [...draft.stagesOff, s] })} />
              {t(`stage.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={!draft.enabled}>
        <legend>
          <label><input type="checkbox" checked={draft.quiet !== null} onChange={(e) => set({ quiet: e.target.checked ? { start: '21:00', end: '06:00' } : null })} /> {t('reminders.quiet')}</label>
        </legend>
        {draft.quiet && (
          <div className="row">
            <div className="field"><label htmlFor={id('qs')}>{t('reminders.quietFrom')}</label><input id={id('qs')} type="time" value={draft.quiet.start} onChange={(e) => set({ quiet: { ...draft.quiet!, start: e.target.value } })} /></div>
            <div className="field"><label htmlFor={id('qe')}>{t('reminders.quietTo')}</label><input id={id('qe')} type="time" value={draft.quiet.end} onChange={(e) => set({ quiet: { ...draft.quiet!, end: e.target.value } })} /></div>
          </div>
        )}
      </fieldset>
      <div className="row">
        <button className="btn" type="submit">{t('reminders.save')}</button>
        <span className="status" role="status" aria-live="polite">{status && <span className={status.ok ? '' : 'error'}>{status.text}</span>}</span>
      </div>
    </form>
  );
}
