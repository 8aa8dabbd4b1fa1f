import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { breakdownCharges, CHARGE_KINDS, type ChargeKind } from '@/utils/domain/true-cost/breakdown';
import { parseYuan } from '@/utils/domain/plan/money-input';
import { describe, money } from './ui';

/** The charges the lender claims, each with its share: where the money goes. */
export function ChargeBreakdownView() {
  const [text, setText] = useState<Record<ChargeKind, string>>({
    principal: '',
    interest: '',
    penaltyInterest: '',
    lateFees: '',
    otherFees: '',
  });
  const fen = Object.fromEntries(CHARGE_KINDS.map((k) => [k, Math.max(0, parseYuan(text[k]) ?? 0)])) as Record<ChargeKind, number>;
  const b = breakdownCharges(fen);
  return (
    <section aria-labelledby="breakdown-title">
      <h4 id="breakdown-title">{t('cost.breakdown.title')}</h4>
      <table class="ag-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('cost.breakdown.amount')}</th>
            <th scope="col">{t('cost.breakdown.share')}</th>
          </tr>
        </thead>
        <tbody>
          {b.shares.map((s) => (
            <tr key={s.kind}>
              <th scope="row">
                <label for={`charge-${s.kind}`}>{t(`cost.charge.${s.kind}`)}</label>
              </th>
              <td>
                <input
                  inputMode="decimal"
                  value={text[s.kind]}
                  onInput={(e) => setText({ ...text, [s.kind]: e.currentTarget.value })}
                  {...describe(`charge-${s.kind}`)}
                />
              </td>
              <td data-testid={`share-${s.kind}`}>{b.totalFen ? `${(s.share * 100).toFixed(1)}%` : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('cost.breakdown.total')}</th>
            <td>{money(b.totalFen)}</td>
            <td>{b.totalFen ? '100%' : '—'}</td>
          </tr>
        </tbody>
      </table>
      {b.costOverPrincipal !== undefined && (
        <p>{t('cost.breakdown.costOverPrincipal', { pct: `${(b.costOverPrincipal * 100).toFixed(1)}%` })}</p>
      )}
    </section>
  );
}
