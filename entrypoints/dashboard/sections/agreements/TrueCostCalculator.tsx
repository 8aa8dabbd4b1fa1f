import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import type { Installment, Jurisdiction } from '@/utils/model/records';
import { costByDates } from '@/utils/domain/true-cost/true-cost';
import { comparisonLines, lprOn } from '@/utils/domain/true-cost/lines';
import { fenToYuanText, parseYuan } from '@/utils/domain/plan/money-input';
import { ChargeBreakdownView } from './ChargeBreakdownView';
import { describe, Field } from './ui';
import { JurisdictionAsk, useUserJurisdiction } from '@/components/JurisdictionAsk';
import { FactStamp } from '@/components/FactStamp';

interface Payment {
  date: string;
  amount: string;
}
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * The true annual cost from what was received and every payment on its date
 * (Actual/365), with both figures labelled, and the lines to compare with.
 */
export function TrueCostCalculator({
  installments = [],
  startDate = '',
  jurisdiction: override,
}: {
  installments?: Installment[];
  startDate?: string;
  jurisdiction?: Jurisdiction;
}) {
  // The agreement's own jurisdiction, else the user's: only that jurisdiction's lines are shown.
  const user = useUserJurisdiction();
  // Not chosen (null) or still loading: no line is assumed; the user is asked below.
  const jurisdiction: Jurisdiction | undefined = override ?? user ?? undefined;
  const [received, setReceived] = useState('');
  const [receivedOn, setReceivedOn] = useState(startDate);
  const [payments, setPayments] = useState<Payment[]>(() =>
    installments.length ? installments.map((i) => ({ date: i.dueDate, amount: fenToYuanText(i.amountFen) })) : [{ date: '', amount: '' }],
  );
  const [userLpr, setUserLpr] = useState('');

  const receivedFen = parseYuan(received);
  const flows = payments
    .map((p) => ({ date: p.date, amountFen: parseYuan(p.amount) ?? Number.NaN }))
    .filter((p) => p.date && !Number.isNaN(p.amountFen));
  const early = flows.some((p) => receivedOn && p.date < receivedOn);
  const ready = receivedFen !== undefined && /^\d{4}-\d\d-\d\d$/.test(receivedOn) && flows.length > 0;
  const cost = ready && !early ? costByDates({ date: receivedOn, amountFen: receivedFen }, flows) : undefined;
  const userLprPct = Number(userLpr.replace('%', ''));
  const lines =
    cost && jurisdiction
      ? comparisonLines(
          cost.simple,
          receivedOn,
          userLpr && Number.isFinite(userLprPct) ? userLprPct : undefined,
          jurisdiction,
          cost.compound,
        )
      : [];
  const update = (k: number, patch: Partial<Payment>) => setPayments((ps) => ps.map((p, i) => (i === k ? { ...p, ...patch } : p)));

  return (
    <section aria-labelledby="cost-title" class="ag-cost">
      <h3 id="cost-title">{t('cost.title')}</h3>
      <p class="muted">{t('cost.intro')}</p>
      <div class="ag-row">
        <Field id="cost-received" label={t('cost.received')}>
          <input
            name="received"
            inputMode="decimal"
            value={received}
            onInput={(e) => setReceived(e.currentTarget.value)}
            {...describe('cost-received')}
          />
        </Field>
        <Field id="cost-received-on" label={t('cost.receivedOn')}>
          <input
            name="receivedOn"
            type="date"
            value={receivedOn}
            onInput={(e) => setReceivedOn(e.currentTarget.value)}
            {...describe('cost-received-on')}
          />
        </Field>
      </div>
      <fieldset>
        <legend>{t('cost.payments')}</legend>
        <ol class="ag-plain">
          {payments.map((p, k) => (
            <li key={k} class="ag-row">
              <Field id={`cost-p${k}-date`} label={t('cost.payment.date', { n: k + 1 })}>
                <input
                  type="date"
                  value={p.date}
                  onInput={(e) => update(k, { date: e.currentTarget.value })}
                  {...describe(`cost-p${k}-date`)}
                />
              </Field>
              <Field id={`cost-p${k}-amount`} label={t('cost.payment.amount', { n: k + 1 })}>
                <input
                  inputMode="decimal"
                  value={p.amount}
                  onInput={(e) => update(k, { amount: e.currentTarget.value })}
                  {...describe(`cost-p${k}-amount`)}
                />
              </Field>
              <button type="button" class="secondary" onClick={() => setPayments((ps) => ps.filter((_, i) => i !== k))}>
                {t('cost.payment.remove', { n: k + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" class="secondary" onClick={() => setPayments((ps) => [...ps, { date: '', amount: '' }])}>
          {t('cost.addPayment')}
        </button>
      </fieldset>
      <div aria-live="polite" data-testid="cost-result">
        {early && (
          <p class="error" role="alert">
            {t('cost.paymentBeforeLoan')}
          </p>
        )}
        {ready && !early && !cost && (
          <p class="error" role="alert">
            {t('cost.none')}
          </p>
        )}
        {cost && (
          <>
            <dl class="ag-stats">
              <div>
                <dt>{t('cost.simple')}</dt>
                <dd data-testid="cost-simple">{pct(cost.simple)}</dd>
              </div>
              <div>
                <dt>{t('cost.compound')}</dt>
                <dd data-testid="cost-compound">{pct(cost.compound)}</dd>
              </div>
            </dl>
            <p class="muted">{t('cost.basis', { n: cost.periodsPerYear })}</p>
            <h4>{t('cost.lines.title')}</h4>
            {!override && <JurisdictionAsk user={user} />}
            {jurisdiction === 'CN' && !lprOn(receivedOn) && (
              <Field id="cost-lpr" label={t('cost.lpr.enter')} hint={t('cost.lpr.missing', { date: receivedOn })}>
                <input
                  name="lpr"
                  inputMode="decimal"
                  value={userLpr}
                  onInput={(e) => setUserLpr(e.currentTarget.value)}
                  {...describe('cost-lpr', undefined, true)}
                />
              </Field>
            )}
            <ul class="ag-plain">
              {lines.map((l) => (
                <li key={l.id} data-line={l.id}>
                  <strong class={l.crossed ? 'error' : 'ok'}>{l.crossed ? t('cost.line.crossed') : t('cost.line.notCrossed')}</strong>{' '}
                  {l.id === 'lpr4'
                    ? l.lprSource === 'table'
                      ? t('cost.line.lpr4', { rate: pct(l.rate), lpr: `${l.lprPct}%`, date: l.lprPublishedOn ?? '' })
                      : t('cost.line.lpr4user', { rate: pct(l.rate), lpr: `${l.lprPct}%` })
                    : t(`cost.line.${l.id}`)}{' '}
                  <FactStamp ids={l.factIds} />{' '}
                  <span class="muted">
                    {t('cost.line.simpleCompound', {
                      simple: l.crossed ? t('cost.line.crossed') : t('cost.line.notCrossed'),
                      compound: l.crossedCompound ? t('cost.line.crossed') : t('cost.line.notCrossed'),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            {jurisdiction === 'CN' && <p class="muted">{t('cost.line.lpr4Note')}</p>}
            {jurisdiction === 'CN' && <p class="muted">{t('cost.line.reportedNote')}</p>}
            {jurisdiction === 'HK' && <p class="muted">{t('cost.line.hkNote')}</p>}
          </>
        )}
      </div>
      <ChargeBreakdownView />
    </section>
  );
}
