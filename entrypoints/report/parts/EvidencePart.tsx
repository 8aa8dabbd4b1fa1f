import type { EvidenceInfo } from '@/utils/domain/report/select';
import { formatDateTime } from '@/utils/i18n/format';
import { getLocale, t } from '@/utils/i18n/translate';

/** Every evidence file with its capture time and SHA-256, so a copy can be checked against this list. */
export function EvidencePart({ evidence }: { evidence: EvidenceInfo[] }) {
  const locale = getLocale();
  return (
    <section aria-labelledby="report-evidence" data-testid="report-evidence">
      <h2 id="report-evidence">{t('report.section.evidence')}</h2>
      {evidence.length === 0 ? (
        <p class="muted">{t('report.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {(['name', 'captured', 'size', 'sha256'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`report.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {evidence.map((e) => (
              <tr key={e.id}>
                <td>
                  {e.name}
                  {e.source && (
                    <>
                      <br />
                      <span class="muted">{e.source.url}</span>
                    </>
                  )}
                </td>
                <td>{formatDateTime(e.capturedAt, locale)}</td>
                <td>{e.size}</td>
                <td class="hash">{e.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
