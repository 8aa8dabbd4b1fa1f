import type { GroupDecision, NumberGroup } from '@/utils/domain/import/number-groups';
import type { Lender } from '@/utils/model/records';
import { localLenderName } from '@/utils/i18n/lender-name';
import { getLocale, t } from '@/utils/i18n/translate';

const SHOWN = 40;

interface Props {
  groups: readonly NumberGroup[];
  decisions: ReadonlyMap<string, GroupDecision>;
  lenders: readonly Lender[];
  onChange: (number: string, d: GroupDecision) => void;
}

/** The numbers of the file, most frequent first: import or not, whose they are, remember for next time. */
export function NumberGroupsView({ groups, decisions, lenders, onChange }: Props) {
  return (
    <fieldset class="import-numbers">
      <legend>{t('import.numbers.title')}</legend>
      <ul>
        {groups.slice(0, SHOWN).map((g) => {
          const d = decisions.get(g.number)!;
          const set = (patch: Partial<GroupDecision>) => onChange(g.number, { ...d, ...patch });
          return (
            <li key={g.number} data-number={g.number}>
              <label class="import-include">
                <input type="checkbox" checked={d.include} onChange={(e) => set({ include: (e.target as HTMLInputElement).checked })} />
                <strong>{g.number || t('import.numbers.withheld')}</strong>{' '}
                <span class="muted">{t('import.numbers.counts', { calls: g.calls, sms: g.sms })}</span>
              </label>
              {g.personal && g.name && <span class="muted"> {t('import.numbers.personal', { name: g.name })}</span>}
              {g.book && <span class="muted"> {t('import.numbers.known')}</span>}
              {g.suggestion.lenderName && <span> {t('import.numbers.suggested', { name: g.suggestion.lenderName })}</span>}
              {g.suggestion.agency && <span> {t('import.numbers.suggestedAgency', { name: g.suggestion.agency })}</span>}
              {g.samples[0] && <p class="muted import-sample-text">{g.samples[0]}</p>}
              {d.include && g.number && (
                <div class="import-assign">
                  <label>
                    {t('import.numbers.lender')}
                    <select
                      value={d.lenderId ?? ''}
                      onChange={(e) => {
                        const v = (e.target as HTMLSelectElement).value;
                        const next: GroupDecision = { ...d, party: v && d.party === 'unknown' ? 'lender' : d.party, remember: true };
                        if (v) next.lenderId = v;
                        else delete next.lenderId;
                        onChange(g.number, next);
                      }}
                    >
                      <option value="">{t('import.numbers.lenderNone')}</option>
                      {lenders.map((l) => (
                        <option key={l.id} value={l.id}>
                          {localLenderName(l, getLocale())}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('import.numbers.agency')}
                    <input
                      value={d.agency}
                      maxLength={200}
                      onInput={(e) =>
                        set({
                          agency: (e.target as HTMLInputElement).value,
                          party: (e.target as HTMLInputElement).value ? 'agency' : d.party,
                          remember: true,
                        })
                      }
                    />
                  </label>
                  <label>
                    <input
                      type="checkbox"
                      checked={d.remember}
                      onChange={(e) => set({ remember: (e.target as HTMLInputElement).checked })}
                    />{' '}
                    {t('import.numbers.remember')}
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {groups.length > SHOWN && <p class="muted">{t('import.numbers.more', { count: groups.length - SHOWN })}</p>}
    </fieldset>
  );
}
