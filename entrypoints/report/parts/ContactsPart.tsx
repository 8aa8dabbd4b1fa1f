import type { Contact, Lender } from '@/utils/model/records';
import { wallClockText } from '@/utils/domain/backup/csv';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';

/** The contact chronology, oldest first, in the wall-clock time where each contact happened, with its flags. */
export function ContactsPart({ contacts, lenders }: { contacts: Contact[]; lenders: Map<string, Lender> }) {
  return (
    <section aria-labelledby="report-contacts" data-testid="report-contacts">
      <h2 id="report-contacts">{t('report.section.contacts')}</h2>
      {contacts.length === 0 ? (
        <p class="muted">{t('report.empty')}</p>
      ) : (
        <table class="chronology">
          {/* Fixed widths: what was said gets the room, a long phone number cannot squeeze it. */}
          <colgroup>
            <col style={{ width: '14%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '38%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              {(['time', 'channel', 'who', 'summary', 'flags'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`report.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td>{wallClockText(c.at, c.tzOffsetMin)}</td>
                <td>
                  {t(`contact.channel.${c.channel}`)}
                  <br />
                  <span class="muted">{t(`contact.direction.${c.direction}`)}</span>
                </td>
                <td>
                  {[c.person.name, c.person.staffId, c.person.phone, c.person.agency].filter(Boolean).join(' / ')}
                  {c.lenderId && lenders.get(c.lenderId) && (
                    <>
                      <br />
                      <span class="muted">{localLenderName(lenders.get(c.lenderId), getLocale())}</span>
                    </>
                  )}
                </td>
                <td class="text">
                  {c.summary}
                  {c.thirdParties && (
                    <>
                      <br />
                      {t('report.col.thirdParties')}: {c.thirdParties}
                    </>
                  )}
                </td>
                <td>
                  {c.flags.map((f) => (
                    <span class="flag" key={f}>
                      {t(`contact.flag.${f}`)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
