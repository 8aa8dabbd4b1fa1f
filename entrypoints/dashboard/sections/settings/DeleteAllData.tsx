import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';
import { deleteEverything } from './wipe-browser';

type Step = 'closed' | 'backup' | 'confirm' | 'deleting';

/**
 * "Delete all my data", kept apart at the end of Settings: first a backup is
 * offered, then the user types a word to confirm, then everything goes and
 * the first-run page opens, as after installing.
 */
export function DeleteAllData() {
  const [step, setStep] = useState<Step>('closed');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const word = t('everyday.deleteAll.word');
  const matches = typed.trim() === word;

  async function run() {
    setStep('deleting');
    setError(null);
    try {
      await deleteEverything();
      location.replace('/onboarding.html');
    } catch (e) {
      setError(e);
      setStep('confirm');
    }
  }

  return (
    <section class="danger-zone" aria-labelledby="delete-all-title" data-testid="delete-all">
      <h3 id="delete-all-title">{t('everyday.deleteAll.title')}</h3>
      <p class="muted">{t('everyday.deleteAll.intro')}</p>
      {step === 'closed' && (
        <button type="button" class="danger" onClick={() => setStep('backup')} data-testid="delete-all-start">
          {t('everyday.deleteAll.start')}
        </button>
      )}
      {step === 'backup' && (
        <div class="card" data-testid="delete-all-backup">
          <p>{t('everyday.deleteAll.backupFirst')}</p>
          <div class="actions">
            <a class="button-link" href="#/backup">
              {t('everyday.deleteAll.backupAction')}
            </a>
            <button type="button" class="secondary" onClick={() => setStep('confirm')} data-testid="delete-all-skip-backup">
              {t('everyday.deleteAll.continue')}
            </button>
            <button type="button" class="quiet push-end" onClick={() => setStep('closed')}>
              {t('action.cancel')}
            </button>
          </div>
        </div>
      )}
      {(step === 'confirm' || step === 'deleting') && (
        <div class="card" data-testid="delete-all-confirm">
          <label>
            {t('everyday.deleteAll.typeWord', { word })}
            <input name="delete-all-word" value={typed} autoComplete="off" onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
          <ErrorMessage error={error} />
          <div class="actions">
            <button
              type="button"
              class="danger solid"
              disabled={!matches || step === 'deleting'}
              onClick={() => void run()}
              data-testid="delete-all-go"
            >
              {step === 'deleting' ? t('everyday.deleteAll.deleting') : t('everyday.deleteAll.go')}
            </button>
            <button type="button" class="quiet push-end" disabled={step === 'deleting'} onClick={() => setStep('closed')}>
              {t('action.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
