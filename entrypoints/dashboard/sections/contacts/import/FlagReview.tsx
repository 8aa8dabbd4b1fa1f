import { highlightParts, type FlagSuggestion } from '@/utils/domain/findings/words/suggest';
import type { ContactFlag } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';

export interface FlaggedMessage {
  position: number;
  body: string;
  suggestions: FlagSuggestion[];
}

interface Props {
  messages: readonly FlaggedMessage[];
  /** Confirmed flags by record position. */
  confirmed: ReadonlyMap<number, readonly ContactFlag[]>;
  onChange: (next: Map<number, ContactFlag[]>) => void;
}

const EXAMPLES = 5;

/**
 * Flags the messages' wording suggests, per flag, with the matched words
 * highlighted. Nothing is set until the user ticks a flag (for all its
 * messages at once) or one message.
 */
export function FlagReview({ messages, confirmed, onChange }: Props) {
  if (messages.length === 0)
    return (
      <p class="muted" data-flag-review="none">
        {t('import.flags.none')}
      </p>
    );
  const byFlag = new Map<ContactFlag, FlaggedMessage[]>();
  for (const m of messages) for (const s of m.suggestions) byFlag.set(s.flag, [...(byFlag.get(s.flag) ?? []), m]);
  const has = (pos: number, flag: ContactFlag) => confirmed.get(pos)?.includes(flag) ?? false;
  const setMany = (list: readonly FlaggedMessage[], flag: ContactFlag, on: boolean) => {
    const next = new Map([...confirmed].map(([k, v]) => [k, [...v]]));
    for (const m of list) {
      const cur = (next.get(m.position) ?? []).filter((f) => f !== flag);
      next.set(m.position, on ? [...cur, flag] : cur);
    }
    onChange(next);
  };
  const confirmAll = () => {
    const next = new Map<number, ContactFlag[]>();
    for (const m of messages)
      next.set(
        m.position,
        m.suggestions.map((s) => s.flag),
      );
    onChange(next);
  };
  return (
    <fieldset class="import-flags" data-flag-review="">
      <legend>{t('import.flags.title')}</legend>
      <button type="button" class="secondary" onClick={confirmAll}>
        {t('import.flags.confirmAll')}
      </button>
      {[...byFlag].map(([flag, list]) => (
        <div key={flag} class="import-flag" data-flag={flag}>
          <label>
            <input
              type="checkbox"
              checked={list.every((m) => has(m.position, flag))}
              onChange={(e) => setMany(list, flag, (e.target as HTMLInputElement).checked)}
            />
            <strong>{t(`contact.flag.${flag}`)}</strong> <span class="muted">{t('import.flags.count', { count: list.length })}</span>
          </label>
          <ul>
            {list.slice(0, EXAMPLES).map((m) => (
              <li key={m.position}>
                <label>
                  <input
                    type="checkbox"
                    checked={has(m.position, flag)}
                    onChange={(e) => setMany([m], flag, (e.target as HTMLInputElement).checked)}
                  />
                  <span>
                    {highlightParts(
                      m.body,
                      m.suggestions.filter((s) => s.flag === flag),
                    ).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
