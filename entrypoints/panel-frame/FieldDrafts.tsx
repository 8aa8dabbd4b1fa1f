import { useState } from 'preact/hooks';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { FieldDraft } from '@/utils/domain/complaints/drafts';
import type { ComplaintRecords } from '@/utils/domain/complaints/records';
import { t } from '@/utils/i18n/translate';
import { ChoiceCard, FileCard, type FieldActions } from './FieldCards';

export interface DraftActions extends FieldActions {
  insert: (key: string, text: string) => Promise<string>;
  copy: (text: string) => Promise<string>;
}

interface CardProps {
  field: RecognisedField;
  draft: FieldDraft;
  records: ComplaintRecords;
  actions: DraftActions;
  disabled: boolean;
}

/** One field's card: its draft with Insert and Copy, its suggested option, or its evidence files. */
export function FieldCard(props: CardProps) {
  const { field } = props;
  const body = field.kind === 'choice' ? <ChoiceCard {...props} /> : field.kind === 'file' ? <FileCard {...props} /> : <DraftCard {...props} />;
  return (
    <li class="draft" data-field={field.key} data-section={field.section} data-kind={field.kind ?? 'text'}>
      <h3 id={`d-${field.key}`}>
        {t(`panel.section.${field.section}`)} <span class="muted">· {field.label}</span>
      </h3>
      {body}
    </li>
  );
}

function DraftCard({ field, draft, actions, disabled }: CardProps) {
  const [status, setStatus] = useState('');
  const id = `d-${field.key}`;
  const canInsert = draft.fits && !draft.empty;
  return (
    <>
      {draft.empty ? (
        <p class="muted">{t('panel.emptySection')}</p>
      ) : (
        <p class="draft-text" data-testid="draft-text">{draft.fits ? draft.text : draft.full}</p>
      )}
      {field.maxLength !== undefined && !draft.empty && draft.fits && (
        <p class="muted small">{t('panel.length', { used: draft.text.length, max: field.maxLength })}</p>
      )}
      {!draft.fits && (
        <p class="error" role="alert" data-testid="too-small">
          {t('panel.tooSmall', { max: field.maxLength ?? 0 })}
        </p>
      )}
      <div class="row">
        {canInsert && (
          <button type="button" data-action="insert" aria-describedby={id} disabled={disabled} onClick={async () => setStatus(await actions.insert(field.key, draft.text))}>
            {t('panel.insert')}
          </button>
        )}
        {!draft.empty && (
          <button type="button" class="secondary" data-action="copy" aria-describedby={id} disabled={disabled} onClick={async () => setStatus(await actions.copy(draft.fits ? draft.text : draft.full))}>
            {t('panel.copy')}
          </button>
        )}
        <span role="status" class="muted small" data-testid="draft-status">{status}</span>
      </div>
    </>
  );
}

export function FieldDrafts(props: { fields: RecognisedField[]; drafts: FieldDraft[]; records: ComplaintRecords; actions: DraftActions; disabled: boolean }) {
  const { fields, drafts, records, actions, disabled } = props;
  return (
    <section aria-labelledby="dr-title">
      <h2 id="dr-title">{t('panel.drafts')}</h2>
      <p class="note">{t('panel.notLegalAdvice')}</p>
      {fields.length === 0 && <p class="muted">{t('panel.noForm')}</p>}
      <ul class="drafts">
        {fields.map((f, i) => (
          <FieldCard key={f.key} field={f} draft={drafts[i]!} records={records} actions={actions} disabled={disabled} />
        ))}
      </ul>
    </section>
  );
}
