import type { ImportPlan } from '@/utils/domain/import/plan';
import type { ImportIssue } from '@/utils/domain/import/types';
import type { Lender } from '@/utils/model/records';
import { formatDate } from '@/utils/i18n/format';
import { localLenderName } from '@/utils/i18n/lender-name';
import { getLocale, t } from '@/utils/i18n/translate';
import { issueText } from './import-text';

interface Props {
  plan: ImportPlan;
  issues: readonly ImportIssue[];
  moreIssues: number;
  range?: { from: number; to: number };
  lenders: ReadonlyMap<string, Lender>;
}

/** What the import will do, before it does it. */
export function PreviewView({ plan, issues, moreIssues, range, lenders }: Props) {
  const locale = getLocale();
  const calls = plan.months.reduce((n, m) => n + m.calls, 0);
  const sms = plan.months.reduce((n, m) => n + m.sms, 0);
  const skipped = [...issues, ...plan.duplicateRows];
  const who = (key: string) =>
    key ? (lenders.has(key) ? localLenderName(lenders.get(key), locale) : key) : t('import.preview.unassigned');
  return (
    <section class="import-preview" data-import-preview="" aria-label={t('import.preview.title')}>
      <h4>{t('import.preview.title')}</h4>
      {range && <p>{t('import.preview.range', { from: formatDate(range.from, locale), to: formatDate(range.to, locale) })}</p>}
      <p data-preview-new={plan.contacts.length}>{t('import.preview.new', { calls, sms })}</p>
      <p data-preview-duplicates={plan.duplicates}>{t('import.preview.duplicates', { count: plan.duplicates })}</p>
      {plan.merged > 0 && <p>{t('import.preview.merged', { count: plan.merged })}</p>}
      {plan.excluded > 0 && <p>{t('import.preview.excluded', { count: plan.excluded })}</p>}
      {plan.months.length > 0 && (
        <div class="import-table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('import.preview.col.lender')}</th>
                <th scope="col">{t('import.preview.col.month')}</th>
                <th scope="col">{t('import.preview.col.calls')}</th>
                <th scope="col">{t('import.preview.col.sms')}</th>
                <th scope="col">{t('import.preview.col.duplicates')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.months.map((m) => (
                <tr key={`${m.lender}|${m.month}`}>
                  <td>{who(m.lender)}</td>
                  <td>{m.month}</td>
                  <td>{m.calls}</td>
                  <td>{m.sms}</td>
                  <td>{m.duplicates}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {skipped.length > 0 && (
        <details>
          <summary>{t('import.preview.skipped', { count: skipped.length + moreIssues })}</summary>
          <ul>
            {skipped.slice(0, 100).map((i, n) => (
              <li key={n}>{issueText(i)}</li>
            ))}
          </ul>
          {moreIssues > 0 && <p class="muted">{t('import.preview.moreIssues', { count: moreIssues })}</p>}
        </details>
      )}
    </section>
  );
}
