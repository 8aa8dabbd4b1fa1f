import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { FieldDraft } from '@/utils/domain/complaints/drafts';
import type { ComplaintRecords } from '@/utils/domain/complaints/records';
import { t } from '@/utils/i18n/translate';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { pointOf } from './guard/may-act';
import { ChoiceCard, FileCard, type FieldActions } from './FieldCards';
import { useStatus } from './useStatus';

export interface DraftActions extends FieldActions {
  insert: (key: string, text: string, point?: FramePoint) => Promise<string>;
  copy: (text: string, point?: FramePoint) => Promise<string>;
}

export interface Edits {
  /** The user's text for a field, when they edited it (kept for this complaint). */
  edited: (f: RecognisedField) => string | undefined;
  onEdit: (f: RecognisedField, text: string) => void;
}

interface CardProps {
  field: RecognisedField;
  draft: FieldDraft;
  records: ComplaintRecords;
  actions: DraftActions;
  disabled: boolean;
  edits: Edits;
}

/** One field's card: its (editable) draft with Insert and Copy, its suggested option, or its evidence files. */
export function FieldCard(props: CardProps) {
  const { field } = props;
  const body =
    field.kind === 'choice' ? <ChoiceCard {...props} /> : field.kind === 'file' ? <FileCard {...props} /> : <DraftCard {...props} />;
  return (
    <li class="draft" data-field={field.key} data-section={field.section} data-kind={field.kind ?? 'text'}>
      <h3 id={`d-${field.key}`}>
        {t(`panel.section.${field.section}`)} <span class="muted">· {field.label}</span>
      </h3>
      {body}
    </li>
  );
}

function DraftCard({ field, draft, actions, disabled, edits }: CardProps) {
  const [status, setStatus] = useStatus();
  const id = `d-${field.key}`;
  const edited = edits.edited(field);
  // What Insert and Copy use: the user's edit, else the generated draft.
  const text = edited ?? (draft.fits ? draft.text : draft.full);
  const fits = field.maxLength === undefined || text.length <= field.maxLength;
  const canInsert = fits && text.trim() !== '';
  return (
    <>
      {draft.empty && edited === undefined && <p class="muted">{t('panel.emptySection')}</p>}
      <textarea
        class="draft-text"
        data-testid="draft-text"
        aria-label={t('draftPanel.edit')}
        rows={field.multiline ? 6 : 2}
        value={text}
        onInput={(e) => edits.onEdit(field, e.currentTarget.value === (draft.fits ? draft.text : draft.full) ? '' : e.currentTarget.value)}
      />
      {edited !== undefined && (
        <p class="muted small" data-testid="draft-edited">
          {t('draftPanel.edited')}{' '}
          <button type="button" class="secondary" onClick={() => edits.onEdit(field, '')}>
            {t('draftPanel.regenerate')}
          </button>
        </p>
      )}
      {field.maxLength !== undefined && fits && text !== '' && (
        <p class="muted small">{t('panel.length', { used: text.length, max: field.maxLength })}</p>
      )}
      {!fits && (
        <p class="error" role="alert" data-testid="too-small">
          {t('panel.tooSmall', { max: field.maxLength ?? 0 })}
        </p>
      )}
      <div class="row">
        {canInsert && (
          <button
            type="button"
            data-action="insert"
            aria-describedby={id}
            disabled={disabled}
            onClick={async (e) => setStatus(await actions.insert(field.key, text, pointOf(e)))}
          >
            {t('panel.insert')}
          </button>
        )}
        {text !== '' && (
          <button
            type="button"
            class="secondary"
            data-action="copy"
            aria-describedby={id}
            disabled={disabled}
            onClick={async (e) => setStatus(await actions.copy(text, pointOf(e)))}
          >
            {t('panel.copy')}
          </button>
        )}
        <span role="status" class="muted small" data-testid="draft-status">
          {status}
        </span>
      </div>
    </>
  );
}

export function FieldDrafts(props: {
  fields: RecognisedField[];
  drafts: FieldDraft[];
  records: ComplaintRecords;
  actions: DraftActions;
  disabled: boolean;
  edits: Edits;
}) {
  const { fields, drafts, records, actions, disabled, edits } = props;
  return (
    <section aria-labelledby="dr-title">
      <h2 id="dr-title">{t('panel.drafts')}</h2>
      <p class="note">{t('panel.notLegalAdvice')}</p>
      {fields.length === 0 && <p class="muted">{t('panel.noForm')}</p>}
      <ul class="drafts">
        {fields.map((f, i) => (
          <FieldCard key={f.key} field={f} draft={drafts[i]!} records={records} actions={actions} disabled={disabled} edits={edits} />
        ))}
      </ul>
    </section>
  );
}
