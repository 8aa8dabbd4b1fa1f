import { useState } from 'preact/hooks';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { ComplaintRecords } from '@/utils/domain/complaints/records';
import { suggestOptions } from '@/utils/domain/complaints/suggest-option';
import { optionSignals } from '@/utils/domain/complaints/option-signals';
import { t } from '@/utils/i18n/translate';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { pointOf } from './guard/may-act';
import { useStatus } from './useStatus';

export interface FieldActions {
  select: (key: string, option: string, point?: FramePoint) => Promise<string>;
  /** The chosen evidence files (their names are what the guard's confirmation shows). */
  attach: (key: string, files: { id: string; name: string }[], reencode: boolean, point?: FramePoint) => Promise<string>;
}

/** A select, radio or checkbox group: the option that fits the records, selected only on click. */
export function ChoiceCard({
  field,
  records,
  actions,
  disabled,
}: {
  field: RecognisedField;
  records: ComplaintRecords;
  actions: FieldActions;
  disabled: boolean;
}) {
  const [status, setStatus] = useStatus();
  const options = field.options ?? [];
  const best = suggestOptions(options, optionSignals(records));
  return (
    <div class="choice" data-testid="choice">
      {best.length === 0 && <p class="muted">{t('hints.noSuggestion')}</p>}
      {best.map((i) => (
        <div class="row" key={i}>
          <span data-testid="suggested">{t('hints.suggest', { option: options[i]! })}</span>
          <button
            type="button"
            disabled={disabled}
            onClick={async (e) => setStatus(await actions.select(field.key, options[i]!, pointOf(e)))}
          >
            {t('hints.select')}
          </button>
        </div>
      ))}
      <span role="status" class="muted small" data-testid="draft-status">
        {status}
      </span>
    </div>
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;

/** A file input: the user's evidence files, named with date and SHA-256, attached on click. */
export function FileCard({
  field,
  records,
  actions,
  disabled,
}: {
  field: RecognisedField;
  records: ComplaintRecords;
  actions: FieldActions;
  disabled: boolean;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [reencode, setReencode] = useState(true);
  const [status, setStatus] = useStatus();
  // In the order the user chose them: the files go into the input in that order.
  const toggle = (id: string) =>
    setChosen(field.multiple ? (chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]) : [id]);
  if (records.evidence.length === 0) return <p class="muted">{t('hints.noEvidence')}</p>;
  return (
    <div class="files" data-testid="files">
      {field.maxBytes !== undefined && <p class="muted small">{t('hints.maxSize', { size: mb(field.maxBytes) })}</p>}
      <ul class="drafts">
        {records.evidence.map((e) => (
          <li key={e.id}>
            <label class="inline">
              <input
                type={field.multiple ? 'checkbox' : 'radio'}
                name={`ev-${field.key}`}
                checked={chosen.includes(e.id)}
                onChange={() => toggle(e.id)}
              />
              {t('hints.evidenceItem', { name: e.name, date: new Date(e.capturedAt).toLocaleDateString(), hash: e.sha256.slice(0, 12) })}
            </label>
          </li>
        ))}
      </ul>
      <label class="inline">
        <input type="checkbox" checked={reencode} onChange={() => setReencode(!reencode)} /> {t('hints.reencode')}
      </label>
      <div class="row">
        <button
          type="button"
          data-testid="attach"
          disabled={disabled || chosen.length === 0}
          onClick={async (e) =>
            setStatus(
              await actions.attach(
                field.key,
                chosen.flatMap((id) => records.evidence.filter((x) => x.id === id)),
                reencode,
                pointOf(e),
              ),
            )
          }
        >
          {t('hints.attach')}
        </button>
        <span role="status" class="muted small" data-testid="draft-status">
          {status}
        </span>
      </div>
    </div>
  );
}
