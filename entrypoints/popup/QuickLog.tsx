import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';
import { toDateTimeLocal, fromDateTimeLocal } from '@/utils/domain/datetime-local';

export function QuickLog({ onSaved }: { onSaved: () => void }) {
  const [at, setAt] = useState(() => toDateTimeLocal(Date.now()));
  const [who, setWho] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await rpc('contacts.add', {
        at: fromDateTimeLocal(at),
        channel: 'call',
        person: { name: who },
        summary,
      });
      setWho('');
      setSummary('');
      setAt(toDateTimeLocal(Date.now()));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="quick-log" onSubmit={save} aria-labelledby="quick-log-title">
      <h2 id="quick-log-title">{t('contact.quickLog.title')}</h2>
      <label>
        {t('contact.field.at')}
        <input type="datetime-local" name="at" value={at} onInput={(e) => setAt(e.currentTarget.value)} required />
      </label>
      <label>
        {t('contact.field.who')}
        <input name="who" value={who} maxLength={200} onInput={(e) => setWho(e.currentTarget.value)} />
      </label>
      <label>
        {t('contact.field.summary')}
        <textarea name="summary" rows={3} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('saving') : t('contact.add')}
      </button>
    </form>
  );
}
