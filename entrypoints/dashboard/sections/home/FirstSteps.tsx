import { t } from '@/utils/i18n/translate';

/** The empty overview teaches the two first steps, each with its one action. */
export function FirstSteps({ agreement, contact }: { agreement: boolean; contact: boolean }) {
  if (!agreement && !contact) return null;
  return (
    <section class="today-group" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h3 id="first-steps-title">{t('everyday.today.start')}</h3>
      <ol class="today-list steps">
        {agreement && (
          <li class="card today-item" data-testid="step-agreement">
            <div>
              <strong>{t('everyday.today.step.agreement')}</strong>
              <p class="muted">{t('everyday.today.step.agreementBody')}</p>
            </div>
            <a class="button-link" href="#/agreements/new">
              {t('everyday.today.step.agreementAction')}
            </a>
          </li>
        )}
        {contact && (
          <li class="card today-item" data-testid="step-contact">
            <div>
              <strong>{t('everyday.today.step.contact')}</strong>
              <p class="muted">{t('everyday.today.step.contactBody')}</p>
            </div>
            <a class={agreement ? 'button-link secondary' : 'button-link'} href="/popup.html">
              {t('everyday.today.step.contactAction')}
            </a>
          </li>
        )}
      </ol>
    </section>
  );
}
