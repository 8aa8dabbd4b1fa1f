import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useRequestKey } from '@/components/useRequestKey';
import type { Agreement } from '@/utils/model/records';
import { appendNotes, compileAnswers, TALKING_POINTS, type TalkingPoint } from '@/utils/domain/plan/talking-points';
import { todayIso } from '@/utils/domain/time/wall-clock';

const label = (p: TalkingPoint) => t(`call.point.${p}`);

/** Shown during the call: what to say, with a box for each answer; saved as a contact note and/or into the agreement. */
export function TalkingPoints({ agreement }: { agreement: Agreement }) {
  const [answers, setAnswers] = useState<Partial<Record<TalkingPoint, string>>>({});
  const [status, setStatus] = useState<string>('');
  const [requestKey, renewKey] = useRequestKey();
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);

  async function save(target: 'contact' | 'agreement') {
    setError(null);
    setStatus('');
    const text = compileAnswers(answers, label);
    setEmpty(!text);
    if (!text) return;
    try {
      if (target === 'contact') {
        await rpc('contacts.add', {
          at: Date.now(),
          channel: 'call',
          direction: 'outgoing',
          agreementId: agreement.id,
          summary: text,
          requestKey,
        });
        renewKey();
        setStatus(t('call.savedContact'));
      } else {
        const talkingNotes = appendNotes(agreement.kit.talkingNotes, todayIso(), text);
        await rpc('agreements.saveKit', { id: agreement.id, kit: { ...agreement.kit, talkingNotes } });
        setStatus(t('call.savedAgreement'));
      }
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="call-title" class="ag-call">
      <h3 id="call-title">{t('call.title')}</h3>
      <p class="muted">{t('call.intro')}</p>
      <ol>
        {TALKING_POINTS.map((p) => (
          <li key={p}>
            <label>
              <strong>{label(p)}</strong>
              <span class="visually-hidden">{t('call.answer', { point: label(p) })}</span>
              <textarea
                name={`call.${p}`}
                rows={2}
                value={answers[p] ?? ''}
                onInput={(e) => setAnswers({ ...answers, [p]: e.currentTarget.value })}
              />
            </label>
          </li>
        ))}
      </ol>
      {empty && (
        <p class="error" role="alert">
          {t('call.empty')}
        </p>
      )}
      <ErrorMessage error={error} />
      <div class="ag-actions">
        <button type="button" onClick={() => save('contact')}>
          {t('call.saveContact')}
        </button>
        <button type="button" class="secondary" onClick={() => save('agreement')}>
          {t('call.saveAgreement')}
        </button>
      </div>
      {status && (
        <p class="ok" role="status">
          {status}
        </p>
      )}
      {agreement.kit.talkingNotes && <pre class="ag-notes">{agreement.kit.talkingNotes}</pre>}
    </section>
  );
}
